package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.ConstraintTesting;
import dev.if4j.constraints.ConstraintType;
import java.util.Map;

/**
 * Building and checking IFTrain constraints in tests ({@link ConstraintTesting}). Expected verdicts
 * in these tests were obtained from open-instruct's IFEvalG on the same inputs.
 */
final class TrainingTesting extends ConstraintTesting {
  private TrainingTesting() {}

  static boolean followed(ConstraintType type, Map<String, ?> args, String text) {
    return followed(build(type, args), text);
  }
}
