package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.build;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.followed;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.reason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import org.junit.jupiter.api.Test;

// Expected verdicts were checked with the reference (IFBench's AlphabetLoopChecker).
class AlphabetLoopTest {
  private final Constraint alphabet = build(AlphabetLoop.TYPE);

  @Test
  void describesAsTheReference() {
    assertThat(alphabet.describe()).isEqualTo(
        "Each word must start with the next letter of the alphabet, looping back to 'A' after 'Z'.");
    assertThat(alphabet.args()).isEmpty();
  }

  @Test
  void eachWordStartsWithTheNextLetterWrappingAfterZ() {
    assertThat(followed(alphabet, "Apples bloom, cheerfully dancing everywhere.")).isTrue();
    assertThat(followed(alphabet, "Yak zebra apple")).isTrue();
    assertThat(followed(alphabet, "Apple cherry")).isFalse();
    assertThat(reason(alphabet, "Apple cherry"))
        .isEqualTo("word 2 'cherry' starts with 'c', expected 'b'");
  }

  @Test
  void punctuationIsDeletedBeforeSplitting() {
    assertThat(followed(alphabet, "-- Apple -- banana")).isTrue();
    assertThat(followed(alphabet, "a-z b")).isTrue(); // "a-z" is the word "az"
  }

  @Test
  void theFirstWordMustStartWithAnAsciiLetter() {
    assertThat(followed(alphabet, "1 apple")).isFalse();
    // Python lower-cases the first character alone: "İ" gives two characters, no letter.
    assertThat(followed(alphabet, "İ j")).isFalse();
    assertThat(followed(alphabet, "h İ j")).isTrue();
    // The Kelvin sign lower-cases to "k".
    assertThat(followed(alphabet, "\u212Aite lemon")).isTrue();
  }
}
