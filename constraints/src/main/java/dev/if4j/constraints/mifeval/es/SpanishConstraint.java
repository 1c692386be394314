package dev.if4j.constraints.mifeval.es;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;

/**
 * The base of a checker of M-IFEval's Spanish family: one class serves every copy (its id carries
 * the copy's prefix), so the id is the one the row was built under.
 */
abstract class SpanishConstraint implements Constraint {
  protected final SpanishDialect dialect;
  private final String id;

  SpanishConstraint(SpanishDialect dialect, BuildContext ctx) {
    this.dialect = dialect;
    this.id = ctx.instructionId();
  }

  @Override
  public final String id() {
    return id;
  }
}
