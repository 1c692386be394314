package dev.if4j.constraints.ifevalg;

import static dev.if4j.constraints.ifevalg.TrainingTesting.build;
import static dev.if4j.constraints.ifevalg.TrainingTesting.context;
import static dev.if4j.constraints.ifevalg.TrainingTesting.followed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeywordAtTokenPositionTest {
  @Test
  void theMthTokenOfTheNthSentence() {
    Constraint c = build(KeywordAtTokenPosition.TYPE, Map.of("keyword", "cats", "n", 2, "m", 3));
    assertThat(c.describe()).isEqualTo(
        "Include keyword cats in the 2-th sentence, as the 3-th word of that sentence.");
    assertThat(followed(c, "I run. We love cats. Dogs.")).isTrue();
    assertThat(followed(c, "I run. We love Cats. Dogs.")).isFalse();
    assertThat(followed(c, "I run.")).isFalse();
  }

  @Test
  void negativePositionsIndexFromTheEndAsPythonDoes() {
    // sentences[-1 - 1] is the second-to-last sentence.
    assertThat(followed(KeywordAtTokenPosition.TYPE, Map.of("keyword", List.of("cats"), "n", -1, "m", 3),
        "I run. We love cats. Dogs.")).isTrue();
    // sentences[-4] of two sentences: the reference raises IndexError.
    Constraint c = build(KeywordAtTokenPosition.TYPE, Map.of("keyword", "cats", "n", -3, "m", 1));
    assertThat(c.check(TrainingTesting.view("I run. We love cats.")).reason()).contains("IndexError");
    // words[-2] of ["I", "run", "."] is "run".
    assertThat(followed(KeywordAtTokenPosition.TYPE, Map.of("keyword", ".", "n", 1, "m", -1), "I run.")).isFalse();
  }

  @Test
  void zeroPositionsAreDrawn() {
    BuildContext ctx = context(KeywordAtTokenPosition.TYPE, Map.of("keyword", "x", "n", 0));
    // random.seed(0); randint(1, 20) == 13; randint(1, 30) == 25
    assertThat(KeywordAtTokenPosition.TYPE.create(ctx).args())
        .containsExactly(Map.entry("keyword", "x"), Map.entry("n", 13L), Map.entry("m", 25L));
    assertThat(ctx.referenceRandom()).isTrue();
  }
}
