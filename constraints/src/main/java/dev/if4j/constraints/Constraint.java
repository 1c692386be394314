package dev.if4j.constraints;

import dev.if4j.text.TextView;
import java.util.Map;

/**
 * One instruction with validated arguments: "no commas", "exactly 3 bullet points".
 *
 * <p>Immutable and pure: built once per row and instruction, then asked about the response and
 * each of its loose variants, from any thread. Instruction classes extend {@link TypedConstraint}.
 */
public interface Constraint {
  /** The instruction id, e.g. {@code punctuation:no_comma}. */
  String id();

  /** The instruction as the reference's {@code build_description} words it. */
  String describe();

  /** The effective arguments (after any fill), as the reference's {@code get_instruction_args}. */
  Map<String, Object> args();

  /** Whether {@code response} follows this instruction, and why. */
  Verdict check(TextView response);

  /**
   * True when this instruction provably fails every {@link LooseVariant} of a response it fails:
   * the variants only drop the first or last line or the '*', and what the checker counts cannot
   * grow by that. The evaluator then does not check them. False unless the checker proves it.
   */
  default boolean failsTheLooseVariantsOfAFailure() {
    return false;
  }
}
