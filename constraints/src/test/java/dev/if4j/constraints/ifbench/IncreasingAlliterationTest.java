package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.build;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.followed;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.reason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import org.junit.jupiter.api.Test;

// Expected verdicts were checked with the reference (IncrementingAlliterationChecker).
class IncreasingAlliterationTest {
  private final Constraint alliteration = build(IncreasingAlliteration.TYPE);

  @Test
  void describesAsTheReference() {
    assertThat(alliteration.describe()).isEqualTo(
        "Each sentence must have a longer sequence of consecutive alliterative words than the previous one.");
  }

  @Test
  void scoresRunsOfEqualFirstLetters() {
    assertThat(IncreasingAlliteration.score("Big bad")).isEqualTo(2);
    assertThat(IncreasingAlliteration.score("Big bad bear")).isEqualTo(3);
    assertThat(IncreasingAlliteration.score("Big bad cat dog")).isEqualTo(2);
    assertThat(IncreasingAlliteration.score("Big bad cat cow")).isEqualTo(4);
    assertThat(IncreasingAlliteration.score("\"Big\" (bad) -- bear")).isEqualTo(3);
    assertThat(IncreasingAlliteration.score("")).isZero();
  }

  @Test
  void eachSentenceMustScoreMoreThanThePrevious() {
    assertThat(followed(alliteration, "Big bad. Big bad bear.")).isTrue();
    assertThat(followed(alliteration, "Big bad bear. Big bad.")).isFalse();
    assertThat(reason(alliteration, "Big bad bear. Big bad."))
        .isEqualTo("sentence 2 scores 2 for alliteration, not more than sentence 1's 3");
    assertThat(followed(alliteration, "Nothing here. Silly snakes slither.")).isTrue();
    assertThat(followed(alliteration, "Hello world. Nothing here.")).isFalse();
    assertThat(followed(alliteration, "\"Big\" (bad) bear. Two tall trees toppled.")).isTrue();
  }
}
