package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintTesting;

/**
 * Building and checking the {@code custom:*} and {@code repeat:*} constraints in tests
 * ({@link ConstraintTesting}).
 */
final class CustomAndRepeatTesting extends ConstraintTesting {
  private CustomAndRepeatTesting() {}

  static boolean follows(Constraint c, String text) {
    return followed(c, text);
  }
}
