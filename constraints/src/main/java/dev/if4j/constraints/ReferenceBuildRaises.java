package dev.if4j.constraints;

import dev.if4j.text.TextView;
import java.util.Map;

/**
 * An instruction the reference cannot build from these arguments: it raises (its evaluator would
 * have aborted), so no response follows it and every verdict says why. This is how if4j scores a
 * reference exception everywhere (as the IF functions do): not followed, named. Used by upstream
 * versions' checkers and by M-IFEval's and lm-eval's Spanish ones.
 */
public final class ReferenceBuildRaises implements Constraint {
  private final String id;
  private final Map<String, Object> args;
  private final String exception;

  /**
   * @param args the arguments as given (an {@link Args} map: ordered, immutable)
   * @param exception the Python exception and its cause, e.g. {@code "ValueError: letter must be a
   *     single non-whitespace character"}
   */
  public ReferenceBuildRaises(String id, Map<String, Object> args, String exception) {
    this.id = id;
    this.args = args;
    this.exception = exception;
  }

  /** The instruction {@code ctx} asks for, with its arguments, refused with {@code exception}. */
  public static Constraint of(BuildContext ctx, String exception) {
    return new ReferenceBuildRaises(ctx.instructionId(), ctx.args().asMap(), exception);
  }

  @Override
  public String id() {
    return id;
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
