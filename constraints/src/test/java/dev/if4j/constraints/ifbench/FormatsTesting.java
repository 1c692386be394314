package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintTesting;

/**
 * Building and asking the IFBench {@code format:*} constraints in tests
 * ({@link ConstraintTesting}).
 */
final class FormatsTesting extends ConstraintTesting {
  private FormatsTesting() {}

  static boolean follows(Constraint c, String text) {
    return followed(c, text);
  }
}
