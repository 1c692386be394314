package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.ConstraintType;
import java.util.List;

/** IFBench's {@code count:*} and {@code ratio:*} constraints. */
final class CountsAndRatios {
  private CountsAndRatios() {}

  static final List<ConstraintType> TYPES = List.of();
}
