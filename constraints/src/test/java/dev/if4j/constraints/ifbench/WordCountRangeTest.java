package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.build;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.context;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.followed;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.reason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordCountRangeTest {
  @Test
  void bothBoundsAreIncluded() {
    String fiveWords = "One, two; three-four five."; // \w+ runs: one two three four five
    assertThat(followed(build(WordCountRange.TYPE, Map.of("min_words", 5, "max_words", 5)), fiveWords)).isTrue();
    assertThat(followed(build(WordCountRange.TYPE, Map.of("min_words", 6, "max_words", 9)), fiveWords)).isFalse();
    assertThat(followed(build(WordCountRange.TYPE, Map.of("min_words", 1, "max_words", 4)), fiveWords)).isFalse();
    assertThat(reason(build(WordCountRange.TYPE, Map.of("min_words", 1, "max_words", 4)), fiveWords))
        .isEqualTo("found 5 words, expected between 1 and 4");
  }

  @Test
  void crossedBoundsAreNeverFollowed() {
    assertThat(followed(build(WordCountRange.TYPE, Map.of("min_words", 10, "max_words", 5)), "a b c d e f g")).isFalse();
  }

  @Test
  void floatBoundsArePrintedAsPythonPrintsThem() {
    Constraint c = build(WordCountRange.TYPE, Map.of("min_words", 71.0, "max_words", 73.0));
    assertThat(c.describe()).isEqualTo("The response must contain between 71.0 and 73.0 words.");
    assertThat(c.args()).containsExactly(Map.entry("min_words", 71.0), Map.entry("max_words", 73.0));
  }

  @Test
  void missingBoundsAreDrawnAsTheReferenceDraws() {
    // random.seed(0): randint(100, 500) = 297, then 297 + randint(14, 29) = 324.
    BuildContext ctx = context(WordCountRange.TYPE, Map.of());
    Constraint c = WordCountRange.TYPE.create(ctx);
    assertThat(c.describe()).isEqualTo("The response must contain between 297 and 324 words.");
    assertThat(ctx.referenceRandom()).isTrue();
    // A float minimum makes the drawn maximum a float: 71.0 + randint(3, 7) = 77.0.
    assertThat(build(WordCountRange.TYPE, Map.of("min_words", 71.0)).args())
        .containsExactly(Map.entry("min_words", 71.0), Map.entry("max_words", 77.0));
  }

  @Test
  void givenBoundsDrawNothing() {
    BuildContext ctx = context(WordCountRange.TYPE, Map.of("min_words", 0, "max_words", 0));
    WordCountRange.TYPE.create(ctx);
    assertThat(ctx.referenceRandom()).isFalse();
  }
}
