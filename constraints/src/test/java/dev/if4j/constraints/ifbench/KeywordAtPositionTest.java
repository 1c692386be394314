package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.build;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.context;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.followed;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.reason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import java.util.Map;
import org.junit.jupiter.api.Test;

// Expected verdicts were checked with the reference (KeywordSpecificPositionChecker).
class KeywordAtPositionTest {
  private static Constraint at(String keyword, Object n, Object m) {
    return build(KeywordAtPosition.TYPE, Map.of("keyword", keyword, "n", n, "m", m));
  }

  @Test
  void describesAsTheReference() {
    Constraint c = at(" Cat ", 2, 4);
    assertThat(c.describe())
        .isEqualTo("Include keyword Cat in the 2-th sentence, as the 4-th word of that sentence.");
    assertThat(c.args()).containsExactly(
        Map.entry("keyword", "Cat"), Map.entry("n", 2L), Map.entry("m", 4L));
  }

  @Test
  void theMthWordOfTheNthSentenceIsTheKeyword() {
    String text = "First sentence here. I saw the CAT today.";
    assertThat(followed(at(" Cat ", 2, 4), text)).isTrue();
    assertThat(reason(at("cat", 2, 3), text))
        .isEqualTo("word 3 of sentence 2 is 'the', expected 'cat'");
    assertThat(followed(at("cat", 2, 3), "First sentence here. I, saw the cat today.")).isFalse();
    assertThat(followed(at("cat", 3, 1), "One. Two.")).isFalse();
  }

  @Test
  void wordsAreTreebankTokensWithALetterOrDigit() {
    assertThat(followed(at("n't", 1, 3), "I don't know.")).isTrue();
  }

  @Test
  void negativePositionsCountFromTheEndAndOutOfRangeIsNotFollowed() {
    assertThat(reason(at("cat", -3, 1), "One. Cat."))
        .isEqualTo("the reference raises IndexError here: no sentence -3");
    assertThat(followed(at("cat", -1, -2), "One. I saw the cat today.")).isFalse();
    assertThat(followed(at("cat", -1, -1), "I saw the cat today. End.")).isTrue();
  }

  @Test
  void aFloatIndexIsNeverFollowed() {
    assertThat(reason(at("cat", 2.0, 1), "One. Cat."))
        .isEqualTo("the reference raises TypeError here: sentence index 2.0 is a float");
    assertThat(followed(at("cat", 2, 1.0), "One. Cat.")).isFalse();
    assertThat(followed(at("cat", 3.0, 1), "One. Cat.")).isFalse();
  }

  @Test
  void missingOrZeroPositionsAreDrawn() {
    // random.seed(0); randint(20, 30), randint(30, 40) == 26, 36
    BuildContext ctx = context(KeywordAtPosition.TYPE, Map.of("keyword", "cat", "n", 0));
    assertThat(KeywordAtPosition.TYPE.create(ctx).args())
        .containsEntry("n", 26L).containsEntry("m", 36L);
    assertThat(ctx.referenceRandom()).isTrue();
  }
}
