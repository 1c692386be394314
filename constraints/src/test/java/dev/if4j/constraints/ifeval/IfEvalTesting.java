package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.ConstraintTesting;

/** Building and checking IFEval constraints in tests ({@link ConstraintTesting}). */
final class IfEvalTesting extends ConstraintTesting {
  private IfEvalTesting() {}
}
