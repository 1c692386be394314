package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.ConstraintType;
import java.util.List;

/** IFEvalG's copies of the classic IFEval instructions, where they behave differently from Google's. */
final class ClassicDifferences {
  private ClassicDifferences() {}

  static final List<ConstraintType> TYPES = List.of();
}
