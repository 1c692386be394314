package dev.if4j.constraints.groundtruth;

import java.time.Duration;

/**
 * Runs the Python function of a VerInstruct {@code [rule]} checker on a response, as VerIF does:
 * the function's {@code check_following(instruction, response)} is called and a truthy value
 * passes; a raise, a timeout, a missing function or a falsy value does not.
 *
 * <p>An interface here, so that the judges ({@code eval}'s row judge, {@code reward}'s function)
 * need no Python: the implementation over the sandbox is made by whoever starts the program (the
 * {@code cli}), which sees both. Implementations are thread-safe.
 */
public interface RuleRunner {
  /**
   * What VerIF passes as {@code instruction}: the literal string {@code "instruction"}, not the
   * prompt (its runner calls {@code check_following("instruction", response)}).
   */
  String VERIF_INSTRUCTION_ARGUMENT = "instruction";

  /**
   * One run.
   *
   * @param passed the function returned a truthy value
   * @param reason why there is no verdict (raised, timed out, refused by the sandbox...), or
   *     {@code null} when the function returned; such a run counts as not passed
   */
  record Outcome(boolean passed, String reason) {
    public static Outcome of(boolean passed) {
      return new Outcome(passed, null);
    }

    public static Outcome none(String reason) {
      return new Outcome(false, reason);
    }
  }

  /** Runs {@code checker}'s function on {@code response} (already cut as VerIF cuts it). */
  Outcome run(GroundTruth.Checker checker, String response);

  /**
   * The most one run may take before the runner itself gives up on it (zero: no limit of its own).
   * A sample's time budget grows by this much per rule it runs, so that a looping rule is ended by
   * its own limit and scored 0, as VerIF scores it, instead of costing the whole sample its score.
   */
  default Duration timeLimit() {
    return Duration.ZERO;
  }
}
