package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.build;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.followed;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.reason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import org.junit.jupiter.api.Test;

// Expected verdicts were checked with the reference (AlternateParitySyllablesChecker, syllapy).
class AlternatingSyllableParityTest {
  private final Constraint parity = build(AlternatingSyllableParity.TYPE);

  @Test
  void describesAsTheReference() {
    assertThat(parity.describe())
        .isEqualTo("Alternate between words with odd and even numbers of syllables.");
  }

  @Test
  void neighboursAlternateBetweenOddAndEven() {
    assertThat(followed(parity, "hello cat")).isTrue();
    assertThat(followed(parity, "cat")).isTrue();
    assertThat(followed(parity, "Cat banana dog")).isFalse();
    assertThat(reason(parity, "Cat dog"))
        .isEqualTo("words 1 and 2 ('Cat', 'dog') both have an odd number of syllables");
  }

  @Test
  void numbersHaveZeroSyllables() {
    assertThat(followed(parity, "cat 123 dog")).isTrue();
  }
}
