package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.ConstraintTesting;

/**
 * Building and checking the count:* and ratio:* constraints in tests
 * ({@link ConstraintTesting}).
 */
final class CountsAndRatiosTesting extends ConstraintTesting {
  private CountsAndRatiosTesting() {}
}
