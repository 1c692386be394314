package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.build;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.context;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.followed;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.reason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.BuildContext;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JapaneseEveryNthWordTest {
  private static final String TEXT = "word 日本語 x 123 y ... z 漢字!";

  // Verdicts of the reference's check_following in CPython.
  @ParameterizedTest
  @CsvSource({"2, true", "2.0, true", "2.5, false", "1, false", "4, true", "5, false"})
  void everyNthWordIsJapaneseADigitStringOrPunctuation(String n, boolean expected) {
    Object arg = n.contains(".") ? (Object) Double.valueOf(n) : (Object) Long.valueOf(n);
    assertThat(followed(build(JapaneseEveryNthWord.TYPE, Map.of("N", arg)), TEXT)).isEqualTo(expected);
  }

  @Test
  void fullWidthDigitsAreDigitsAndFullWidthLettersAreNotJapanese() {
    String text = "ｗｏｒｄ ２０２４ カタカナ ひらがな";
    assertThat(followed(build(JapaneseEveryNthWord.TYPE, Map.of("N", 1)), text)).isFalse();
    assertThat(followed(build(JapaneseEveryNthWord.TYPE, Map.of("N", 2)), text)).isTrue();
    assertThat(reason(build(JapaneseEveryNthWord.TYPE, Map.of("N", 1)), text))
        .isEqualTo("word 1 (ｗｏｒｄ) is not Japanese");
  }

  @Test
  void zeroIsTheReferencesZeroDivisionError() {
    assertThat(followed(build(JapaneseEveryNthWord.TYPE, Map.of("N", 0)), TEXT)).isFalse();
    assertThat(reason(build(JapaneseEveryNthWord.TYPE, Map.of("N", 0)), TEXT)).contains("ZeroDivisionError");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "1 | Every 1st of your response must be in Japanese.",
    "2 | Every 2nd of your response must be in Japanese.",
    "3 | Every 3rd of your response must be in Japanese.",
    "4 | Every 4th word of your response must be in Japanese.",
    "11 | Every 11st of your response must be in Japanese.",
    "12 | Every 12nd of your response must be in Japanese.",
    "23 | Every 23rd of your response must be in Japanese.",
    "111 | Every 111st of your response must be in Japanese.",
    "0 | Every 0th word of your response must be in Japanese.",
  })
  void describesAsTheReferenceWithItsOrdinalQuirks(long n, String description) {
    assertThat(build(JapaneseEveryNthWord.TYPE, Map.of("N", n)).describe()).isEqualTo(description);
  }

  @Test
  void floatsKeepTheirPointInTheDescription() {
    assertThat(build(JapaneseEveryNthWord.TYPE, Map.of("N", 5.0)).describe())
        .isEqualTo("Every 5.0th word of your response must be in Japanese.");
    assertThat(build(JapaneseEveryNthWord.TYPE, Map.of("N", 2.0)).describe())
        .isEqualTo("Every 2.0nd of your response must be in Japanese.");
  }

  @Test
  void aNegativeNIsDrawnButTheSuffixFollowsTheGivenN() {
    // random.seed(0): randint(1, 30) = 28; -9 % 10 == 1 in Python.
    BuildContext ctx = context(JapaneseEveryNthWord.TYPE, Map.of("N", -9));
    assertThat(JapaneseEveryNthWord.TYPE.create(ctx).describe())
        .isEqualTo("Every 28st of your response must be in Japanese.");
    assertThat(ctx.referenceRandom()).isTrue();
    assertThat(build(JapaneseEveryNthWord.TYPE, Map.of("N", -1)).describe())
        .isEqualTo("Every 28th word of your response must be in Japanese.");
  }
}
