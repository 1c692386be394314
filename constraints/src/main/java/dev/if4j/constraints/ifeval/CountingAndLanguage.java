package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.ConstraintType;
import java.util.List;

/** IFEval instructions that count things in the text or judge its language and case. */
final class CountingAndLanguage {
  private CountingAndLanguage() {}

  static final List<ConstraintType> TYPES = List.of(NoComma.TYPE);
}
