package dev.if4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WholeWordsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "the art of art | art | 2",
    "start artist part | art | 0",
    "art, (art) art. art's | art | 4",
    "art_work | art | 0",
    "caféart | art | 0",
    "c++ and c++11 | c++ | 2",
    "new york, new yorker | new york | 1",
    "aaa aa | aa | 1",
    "'' | art | 0",
  })
  void countsOnlyWholeWords(String text, String word, int expected) {
    assertThat(WholeWords.count(text.equals("''") ? "" : text, word)).isEqualTo(expected);
  }

  @Test
  void anEmptyWordOccursNowhere() {
    assertThat(WholeWords.count("abc", "")).isZero();
  }

  @Test
  void aTokenIsAWordWhenItHasALetterOrDigit() {
    assertThat(WholeWords.isWordToken("don't")).isTrue();
    assertThat(WholeWords.isWordToken("n't")).isTrue();
    assertThat(WholeWords.isWordToken("3")).isTrue();
    assertThat(WholeWords.isWordToken("é")).isTrue();
    assertThat(WholeWords.isWordToken(".")).isFalse();
    assertThat(WholeWords.isWordToken("``")).isFalse();
    assertThat(WholeWords.isWordToken("...")).isFalse();
    assertThat(WholeWords.isWordToken("**")).isFalse();
    assertThat(WholeWords.isWordToken("")).isFalse();
  }
}
