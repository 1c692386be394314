package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.ConstraintType;
import java.util.List;

/** The 29 IF-RLVR training constraints (IFTrain) of open-instruct's IFEvalG. */
final class TrainingConstraints {
  private TrainingConstraints() {}

  static final List<ConstraintType> TYPES = List.of();
}
