package dev.if4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
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

  /** The restarting search WholeWords.count replaced (quadratic on near misses). */
  private static int restartingCount(String text, String word) {
    boolean guardStart = Py.isWordChar(word.codePointAt(0));
    boolean guardEnd = Py.isWordChar(word.codePointBefore(word.length()));
    int n = 0;
    int at = text.indexOf(word);
    while (at >= 0) {
      int end = at + word.length();
      boolean free = (!guardStart || at == 0 || !Py.isWordChar(text.codePointBefore(at)))
          && (!guardEnd || end == text.length() || !Py.isWordChar(text.codePointAt(end)));
      if (free) n++;
      at = text.indexOf(word, free ? end : at + Character.charCount(text.codePointAt(at)));
    }
    return n;
  }

  @Test
  void agreesWithTheRestartingSearchOnRandomText() {
    Random random = new Random(4);
    String[] units = {"a", "a", "b", " ", "-", "\ud83d\ude00"};
    for (int round = 0; round < 3000; round++) {
      String text = random(random, units, random.nextInt(80));
      String word = random(random, units, 1 + random.nextInt(random.nextBoolean() ? 4 : 24));
      assertThat(WholeWords.count(text, word)).as("%s in %s", word, text).isEqualTo(restartingCount(text, word));
      int at = WholeWords.findBounded(text, text, word);
      int expected = -1;
      for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
        if (WholeWords.isBoundary(text, i) && WholeWords.isBoundary(text, i + word.length())) {
          expected = i;
          break;
        }
      }
      assertThat(at).isEqualTo(expected);
    }
  }

  private static String random(Random random, String[] units, int length) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) sb.append(units[random.nextInt(units.length)]);
    return sb.toString();
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
