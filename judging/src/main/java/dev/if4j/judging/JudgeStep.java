package dev.if4j.judging;

import dev.if4j.constraints.InstructionVerdict;
import dev.if4j.constraints.LooseVariant;
import dev.if4j.llm.judge.JudgeOutcome;
import dev.if4j.llm.judge.JudgePolicy;

/** The LLM judge's part of a verdict: the one judge policy, and the verdict a judged row gets. */
public final class JudgeStep {
  /** The id of the one verdict the LLM judge gives a row (about all its [llm] checkers or soft constraints). */
  public static final String JUDGE_ID = "verif:llm_judge";

  private JudgeStep() {}

  /** What a judge call's outcome counts as under a {@link JudgePolicy}. */
  public sealed interface Decision {}

  /**
   * The judge's verdict ({@code [[n]]}, 0 without one).
   *
   * @param failure why the call failed, when the policy counts a failure as verdict 0; else {@code null}
   */
  public record Counted(long verdict, String failure) implements Decision {
    public boolean followed() {
      return verdict >= 1;
    }
  }

  /** The judge is left out ({@link JudgePolicy#EXCLUDE}). */
  public record Excluded(String failure) implements Decision {}

  /** The row or sample fails ({@link JudgePolicy#FAIL}). */
  public record Failed(String failure) implements Decision {}

  /** What {@code outcome} counts as under {@code policy}. */
  public static Decision decide(JudgeOutcome outcome, JudgePolicy policy) {
    if (!outcome.failed()) return new Counted(outcome.verdict(), null);
    return switch (policy) {
      case FAIL -> new Failed(outcome.failure());
      case EXCLUDE -> new Excluded(outcome.failure());
      case ZERO -> new Counted(0, outcome.failure());
    };
  }

  /** A row's verdict from the judge ({@link #JUDGE_ID}): verdict 1 or more is followed, strict and loose alike. */
  public static InstructionVerdict verdict(Counted counted, boolean cached, boolean explain) {
    boolean followed = counted.followed();
    String reason = !explain ? ""
        : counted.failure() != null ? "the LLM judge failed (counted as verdict 0): " + counted.failure()
        : "judge verdict [[" + counted.verdict() + "]]" + (cached ? " (cached)" : "");
    return new InstructionVerdict(JUDGE_ID, followed, followed, false, reason,
        explain && followed ? LooseVariant.AS_IS : null);
  }
}
