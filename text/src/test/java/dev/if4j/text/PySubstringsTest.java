package dev.if4j.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PySubstringsTest {
  private static final String EMOJI = "\ud83d\ude00"; // one code point, two UTF-16 units
  private static final String HIGH = "\ud83d";
  private static final String LOW = "\ude00";

  @Test
  void aLoneSurrogateNeverMatchesHalfOfAPair() {
    assertThat(PySubstrings.contains("a" + EMOJI, HIGH)).isFalse();
    assertThat(PySubstrings.contains(EMOJI + "b", LOW)).isFalse();
    assertThat(PySubstrings.contains("x" + HIGH + "y", HIGH)).isTrue();
    assertThat(PySubstrings.find(EMOJI + "a" + HIGH, HIGH, 0)).isEqualTo(3);
    assertThat(PySubstrings.count(EMOJI + EMOJI, HIGH)).isZero();
  }

  @Test
  void countIsNonOverlapping() {
    assertThat(PySubstrings.count("*******", "******")).isEqualTo(1);
    assertThat(PySubstrings.count("aaaa", "aa")).isEqualTo(2);
    assertThat(PySubstrings.count(EMOJI + "ab", "")).isEqualTo(4); // len + 1, by code point
  }

  @Test
  void splitKeepsEveryEmptyItem() {
    assertThat(PySubstrings.split("\n\na\n\n", "\n\n")).containsExactly("", "a", "");
    assertThat(PySubstrings.split("a\n\n\nb", "\n\n")).containsExactly("a", "\nb");
    assertThat(PySubstrings.split("abc", "x")).containsExactly("abc");
    assertThatThrownBy(() -> PySubstrings.split("a", "")).hasMessage("empty separator");
  }

  @Test
  void affixesRespectCodePoints() {
    assertThat(PySubstrings.startsWith(EMOJI + "x", HIGH)).isFalse();
    assertThat(PySubstrings.startsWith(EMOJI + "x", EMOJI)).isTrue();
    assertThat(PySubstrings.endsWith("x" + EMOJI, LOW)).isFalse();
    assertThat(PySubstrings.endsWith("x" + EMOJI, "")).isTrue();
    assertThat(PySubstrings.startsWith("", "")).isTrue();
  }
}
