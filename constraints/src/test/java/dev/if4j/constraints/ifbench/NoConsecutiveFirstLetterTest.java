package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.build;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.followed;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.reason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import org.junit.jupiter.api.Test;

// Expected verdicts were checked with the reference (NoConsecutiveFirstLetterChecker).
class NoConsecutiveFirstLetterTest {
  private final Constraint distinct = build(NoConsecutiveFirstLetter.TYPE);

  @Test
  void describesAsTheReference() {
    assertThat(distinct.describe()).isEqualTo("No two consecutive words can share the same first letter.");
  }

  @Test
  void neighboursStartDifferently() {
    assertThat(followed(distinct, "The cat ran fast.")).isTrue();
    assertThat(reason(distinct, "The tall cat."))
        .isEqualTo("words 1 and 2 ('the', 'tall') start with the same letter");
    assertThat(followed(distinct, "(The) two cats.")).isFalse();
    assertThat(followed(distinct, "The -- tall")).isFalse(); // "--" is no word
  }

  @Test
  void anyFirstCharacterCounts() {
    assertThat(followed(distinct, "10 12")).isFalse();
    assertThat(followed(distinct, "1 2 a")).isTrue();
  }
}
