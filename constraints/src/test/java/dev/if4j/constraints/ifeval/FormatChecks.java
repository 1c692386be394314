package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintTesting;

/** Building and asking the format checkers in tests ({@link ConstraintTesting}). */
final class FormatChecks extends ConstraintTesting {
  private FormatChecks() {}

  static boolean follows(Constraint c, String text) {
    return followed(c, text);
  }
}
