package dev.if4j.constraints.versions;

import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * An instruction that an upstream version's checker could not build: the reference raised (its
 * evaluator would have aborted), so no response follows it and every verdict says why. This is how
 * if4j scores a reference exception everywhere (as the IF functions do): not followed, named.
 */
public final class ReferenceBuildRaises extends TypedConstraint {
  private final Map<String, Object> args;
  private final String exception;

  /**
   * @param exception the Python exception and its cause, e.g. {@code "ValueError: letter must be a
   *     single non-whitespace character"}
   */
  public ReferenceBuildRaises(ConstraintType type, Map<String, Object> args, String exception) {
    super(type);
    this.args = Map.copyOf(args);
    this.exception = exception;
  }

  @Override
  public String describe() {
    return "(the reference raises " + exception + " while building this instruction)";
  }

  @Override
  public Map<String, Object> args() {
    return args;
  }

  @Override
  public Verdict check(TextView response) {
    return Verdict.referenceRaises(exception);
  }
}
