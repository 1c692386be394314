package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.ConstraintType;
import java.util.List;

/** IFBench's {@code custom:*} and {@code repeat:*} constraints. */
final class CustomAndRepeat {
  private CustomAndRepeat() {}

  static final List<ConstraintType> TYPES = List.of();
}
