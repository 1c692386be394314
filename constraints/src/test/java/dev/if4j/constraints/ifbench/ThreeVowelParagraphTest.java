package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.build;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.followed;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.reason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import org.junit.jupiter.api.Test;

// Expected verdicts were checked with the reference (SingleVowelParagraphChecker).
class ThreeVowelParagraphTest {
  private final Constraint vowels = build(ThreeVowelParagraph.TYPE);

  @Test
  void describesAsTheReference() {
    assertThat(vowels.describe())
        .isEqualTo("Write a paragraph using words that contain only three types of vowels.");
  }

  @Test
  void atMostThreeKindsOfAsciiVowels() {
    assertThat(followed(vowels, "Banana bread")).isTrue();
    assertThat(followed(vowels, "Banana bread is good")).isFalse();
    assertThat(reason(vowels, "Banana bread is good"))
        .isEqualTo("uses 4 kinds of vowels (aeio), expected at most 3");
    assertThat(followed(vowels, "Bananá bread tee")).isTrue(); // "á" is no vowel here
  }

  @Test
  void dottedCapitalICountsAsI() {
    assertThat(followed(vowels, "bad bed İ")).isTrue();
    assertThat(followed(vowels, "bad bed İ cot")).isFalse();
  }

  @Test
  void mustBeOneLineOnceStripped() {
    assertThat(followed(vowels, "One line\nTwo lines")).isFalse();
    assertThat(followed(vowels, "\n  Banana cake \n")).isTrue();
  }
}
