package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.build;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.followed;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.reason;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.view;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NumbersCountTest {
  @Test
  void punctuationIsDeletedBeforeDigitRunsAreCounted() {
    // In CPython: ['1000', '314', '10122024', '٣٤', '2', '1213', '007', '1', '2'].
    String text = "1,000 and 3.14 and 10/12/2024, ²³ and ٣٤ 2nd 12-13 ½ 007 x1y2";
    assertThat(view(text).get(CountsAndRatiosTexts.NUMBERS)).isEqualTo(9);
    assertThat(followed(build(NumbersCount.TYPE, Map.of("N", 9)), text)).isTrue();
    assertThat(followed(build(NumbersCount.TYPE, Map.of("N", 9.0)), text)).isTrue();
    assertThat(reason(build(NumbersCount.TYPE, Map.of("N", 8)), text))
        .isEqualTo("found 9 numbers, expected exactly 8");
  }

  @Test
  void noDigitsIsZeroNumbers() {
    assertThat(followed(build(NumbersCount.TYPE, Map.of("N", 0)), "none here, ¹ or ½")).isTrue();
  }

  @Test
  void describesAsTheReference() {
    assertThat(build(NumbersCount.TYPE, Map.of("N", 1e16)).describe())
        .isEqualTo("Include exactly 1e+16 numbers in the response.");
    assertThat(build(NumbersCount.TYPE, Map.of("N", 3)).describe())
        .isEqualTo("Include exactly 3 numbers in the response.");
  }
}
