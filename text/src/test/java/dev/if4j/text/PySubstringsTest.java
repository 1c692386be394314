package dev.if4j.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PySubstringsTest {
  private static final String EMOJI = "\ud83d\ude00"; // one code point, two UTF-16 units
  private static final String HIGH = "\ud83d";
  private static final String LOW = "\ude00";

  /** What restarting indexOf finds, rejecting half-pair matches: the obvious (quadratic) way. */
  private static int restartingFind(String s, String sub, int from) {
    int at = s.indexOf(sub, from);
    while (at >= 0 && PySubstrings.splitsPair(s, at, at + sub.length())) at = s.indexOf(sub, at + 1);
    return at;
  }

  private static List<String> restartingSplit(String s, String sep) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int at = restartingFind(s, sep, 0); at >= 0; at = restartingFind(s, sep, from)) {
      out.add(s.substring(from, at));
      from = at + sep.length();
    }
    out.add(s.substring(from));
    return out;
  }

  /** Random texts of a, emoji halves and whole emoji; needles short and long (past Needle's 16). */
  @Test
  void agreesWithRestartingSearchesOnRandomText() {
    Random random = new Random(9);
    String[] units = {"a", "a", "a", EMOJI, HIGH, LOW};
    for (int round = 0; round < 3000; round++) {
      String s = random(random, units, random.nextInt(60));
      String sub = random(random, units, 1 + random.nextInt(random.nextBoolean() ? 4 : 24));
      int from = random.nextInt(s.length() + 1);
      assertThat(PySubstrings.find(s, sub, from)).as("%s in %s", sub, s).isEqualTo(restartingFind(s, sub, from));
      assertThat(PySubstrings.split(s, sub)).isEqualTo(restartingSplit(s, sub));
      assertThat(PySubstrings.count(s, sub)).isEqualTo(restartingSplit(s, sub).size() - 1);
    }
  }

  private static String random(Random random, String[] units, int length) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) sb.append(units[random.nextInt(units.length)]);
    return sb.toString();
  }

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
