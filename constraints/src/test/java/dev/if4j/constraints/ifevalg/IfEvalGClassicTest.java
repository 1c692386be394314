package dev.if4j.constraints.ifevalg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.ifeval.IfEval;
import org.junit.jupiter.api.Test;

/** IFEvalG's classic instructions behave as Google's (see {@link ClassicDifferences}). */
class IfEvalGClassicTest {
  @Test
  void classicIdsUseGooglesCheckers() {
    assertThat(ClassicDifferences.TYPES).isEmpty();
    for (ConstraintType google : IfEval.registry().types()) {
      assertThat(IfEvalG.registry().get(google.id())).as(google.id()).isSameAs(google);
    }
  }

  @Test
  void classicIdsComeFirstInGooglesOrder() {
    assertThat(IfEvalG.registry().ids().subList(0, 25)).isEqualTo(IfEval.registry().ids());
  }
}
