package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.build;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.followed;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.reason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import java.util.Map;
import org.junit.jupiter.api.Test;

// Expected verdicts were checked with the reference (WordsPositionChecker).
class SecondAndSecondToLastWordTest {
  private static Constraint word(String keyword) {
    return build(SecondAndSecondToLastWord.TYPE, Map.of("keyword", keyword));
  }

  private final Constraint cat = word("cat");

  @Test
  void describesAsTheReference() {
    assertThat(word(" CAT ").describe()).isEqualTo("The second word in your response and the second "
        + "to last word in your response should be the word CAT.");
    assertThat(word(" CAT ").args()).containsExactly(Map.entry("keyword", "CAT"));
  }

  @Test
  void secondAndSecondToLastTokens() {
    assertThat(followed(cat, "The cat sat with the cat dog")).isTrue();
    assertThat(followed(word(" CAT "), "A cat cat")).isTrue();
    assertThat(followed(cat, "One cat. Two. Three. Four. Five cat dog!")).isTrue();
    assertThat(reason(cat, "Cat")).isEqualTo("fewer than 2 tokens");
  }

  @Test
  void aFinalPunctuationTokenShiftsToTheThirdToLast() {
    // "." is skipped, and then the third-to-last token ("the") must be the keyword.
    assertThat(reason(cat, "The cat sat with the cat."))
        .isEqualTo("the second token is 'cat' and the third-to-last is 'the', expected 'cat'");
    assertThat(followed(cat, "A cat.")).isFalse();
    assertThat(followed(cat, "Cat .")).isFalse();
    // "..." is not a piece of string.punctuation: it counts as the last word.
    assertThat(followed(cat, "The cat sat with cat ...")).isTrue();
  }

  @Test
  void markdownTokensCount() {
    assertThat(followed(cat, "**Cat** cat cat x")).isFalse();
  }

  @Test
  void anEmptyKeywordNeverMatches() {
    assertThat(followed(word(""), "One cat.")).isFalse();
  }
}
