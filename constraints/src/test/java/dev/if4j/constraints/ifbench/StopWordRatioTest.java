package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.build;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.followed;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.reason;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.view;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StopWordRatioTest {
  // In CPython: 19 \w+ tokens, 17 of them stop words ("don" and "t" included): 89.47...%.
  private static final String TEXT =
      "I don't know what they're doing, but it is not the thing we should do with these.";

  @Test
  void comparesTheShareOfStopWordsWithThePercentage() {
    assertThat(view(TEXT).get(CountsAndRatiosTexts.STOPWORDS)).isEqualTo(17);
    assertThat(followed(build(StopWordRatio.TYPE, Map.of("percentage", 90)), TEXT)).isTrue();
    assertThat(followed(build(StopWordRatio.TYPE, Map.of("percentage", 89.47)), TEXT)).isFalse();
    assertThat(reason(build(StopWordRatio.TYPE, Map.of("percentage", 89)), TEXT))
        .isEqualTo("stop words are 17 of 19 words (89.47%), expected at most 89%");
  }

  @Test
  void aTextWithoutWordsIsNeverFollowed() {
    assertThat(followed(build(StopWordRatio.TYPE, Map.of("percentage", 100)), "... !!! ---")).isFalse();
  }

  @Test
  void describesAsTheReference() {
    assertThat(build(StopWordRatio.TYPE, Map.of("percentage", 27.0)).describe())
        .isEqualTo("Ensure that stop words constitute no more than 27.0% of the total words in your response.");
  }
}
