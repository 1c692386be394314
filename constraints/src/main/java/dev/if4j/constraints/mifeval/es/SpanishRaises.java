package dev.if4j.constraints.mifeval.es;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * An instruction the reference cannot build from these arguments (it raises, and its evaluator
 * stops): never followed, and every verdict says what the reference raised, as the upstream
 * versions' {@code ReferenceBuildRaises} does.
 */
final class SpanishRaises extends SpanishConstraint {
  private final Map<String, Object> args;
  private final String exception;

  private SpanishRaises(SpanishDialect d, BuildContext ctx, String exception) {
    super(d, ctx);
    this.args = ctx.args().asMap();
    this.exception = exception;
  }

  static Constraint of(BuildContext ctx, String exception) {
    return new SpanishRaises(null, ctx, exception);
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
