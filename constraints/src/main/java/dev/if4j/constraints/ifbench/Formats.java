package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.ConstraintType;
import java.util.List;

/** IFBench's {@code format:*} constraints. */
final class Formats {
  private Formats() {}

  static final List<ConstraintType> TYPES = List.of();
}
