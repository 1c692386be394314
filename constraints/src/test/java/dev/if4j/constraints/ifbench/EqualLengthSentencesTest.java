package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.build;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.followed;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.reason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EqualLengthSentencesTest {
  private final Constraint c = build(EqualLengthSentences.TYPE, Map.of());

  @Test
  void threeSentencesOfTheSameLength() {
    assertThat(followed(c, "Abc def. Ghi jkl! Mno pqr?")).isTrue();
    assertThat(followed(c, "Cats sleep. Dogs run. Fish swim.")).isFalse();
    assertThat(reason(c, "Cats sleep. Dogs run. Fish swim."))
        .isEqualTo("the sentences have [11, 9, 10] characters, expected the same length");
  }

  @Test
  void theWordsAreNotCompared() {
    assertThat(followed(c, "Same words. Same words. Same words.")).isTrue();
  }

  @Test
  void exactlyThreeSentences() {
    assertThat(followed(c, "Abc def. Ghi jkl.")).isFalse();
    assertThat(reason(c, "Abc def. Ghi jkl. Mno pqr. Stu vwx."))
        .isEqualTo("found 4 sentences, expected 3");
  }

  @Test
  void lengthsAreInCodePoints() {
    assertThat(followed(c, "Abc 😀. Cd ef. Gh ij.")).isTrue();
  }

  @Test
  void describesAsTheReference() {
    assertThat(c.describe()).isEqualTo("Respond with three sentences, all containing the same number "
        + "of characters but using all different words.");
  }
}
