package dev.if4j.constraints.fixes;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One repair of a known defect of a reference checker (or of a benchmark's data), named so that it
 * can be switched on alone ({@code --fixes ID}) and recorded in every score it touches.
 *
 * @param id the name {@code --fixes} takes, e.g. {@code nth-paragraph-non-blank}
 * @param kind what it repairs: a checker's behaviour, or rows of a benchmark's data
 * @param registries the faithful registries whose defect it repairs (a checker fix also applies to
 *     any registry that has its checkers, such as the union {@code auto})
 * @param checkers the instruction ids whose verdicts it may change; {@code *} for all
 * @param reference what the reference does
 * @param fixed what the fix does instead
 * @param rationale why the reference's behaviour is a defect
 * @param source where the defect is known from (a tracker reference, or our own reading)
 * @param example an input whose verdict the fix changes
 */
public record Fix(String id, Kind kind, List<String> registries, List<String> checkers,
    String reference, String fixed, String rationale, String source, Example example) {
  public Fix {
    Objects.requireNonNull(id);
    Objects.requireNonNull(kind);
    registries = List.copyOf(registries);
    checkers = List.copyOf(checkers);
    Objects.requireNonNull(reference);
    Objects.requireNonNull(fixed);
    Objects.requireNonNull(rationale);
    Objects.requireNonNull(source);
    Objects.requireNonNull(example);
  }

  /** What a fix repairs. */
  public enum Kind {
    /** How a checker judges: enabled in a registry, read by the constraint while it is built. */
    CHECKER,
    /** Rows of a benchmark's own data: applied by {@code eval} before judging ({@link DataPatches}). */
    DATA
  }

  /** How an instruction fares on an example: a verdict, or no verdict at all. */
  public enum Outcome {
    FOLLOWED,
    NOT_FOLLOWED,
    /** The reference fills an argument at random here: its verdict is a draw (if4j's is seed 0's). */
    RANDOM,
    /** The arguments are refused while the instruction is built. */
    ARGUMENT_ERROR
  }

  /**
   * One instruction judged on one response, strict, with and without the fix.
   *
   * @param registry the faithful registry to judge with
   * @param key the row's key ({@link Kind#DATA} examples name the row they patch)
   * @param instructionId the instruction
   * @param kwargs its arguments
   * @param response the response
   * @param faithful the outcome in the faithful registry (the reference's verdict)
   * @param withFix the outcome with only this fix enabled
   */
  public record Example(String registry, String key, String instructionId, Map<String, ?> kwargs,
      String response, Outcome faithful, Outcome withFix) {
    public Example {
      Objects.requireNonNull(registry);
      Objects.requireNonNull(key);
      Objects.requireNonNull(instructionId);
      kwargs = Map.copyOf(kwargs);
      Objects.requireNonNull(response);
      Objects.requireNonNull(faithful);
      Objects.requireNonNull(withFix);
    }
  }
}
