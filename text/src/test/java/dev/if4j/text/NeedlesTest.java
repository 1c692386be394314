package dev.if4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NeedlesTest {
  /** The first accepted occurrence of one needle, by restarting indexOf. */
  private static int naiveFirst(String text, String needle, Needles.OccurrenceTest test) {
    for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      if (test.accepts(at, at + needle.length())) return at;
      if (at >= text.length()) break;
    }
    return -1;
  }

  @Test
  void findsWhatSearchingEachNeedleFinds() {
    Random random = new Random(7);
    for (int round = 0; round < 600; round++) {
      String text = randomText(random, random.nextInt(120));
      // Few needles (searched one by one) and many (the automaton), duplicates and empties included.
      int count = random.nextBoolean() ? 1 + random.nextInt(Needles.FEW) : Needles.FEW + 1 + random.nextInt(40);
      List<String> needles = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        needles.add(random.nextInt(10) == 0 && !needles.isEmpty()
            ? needles.get(random.nextInt(needles.size()))
            : randomText(random, random.nextInt(12) == 0 ? 0 : 1 + random.nextInt(6)));
      }
      int parity = random.nextInt(3);
      Needles.OccurrenceTest test = (start, end) -> parity == 2 || start % 2 == parity;
      int[] found = Needles.of(needles).firstAccepted(text, test);
      for (int i = 0; i < count; i++) {
        assertThat(found[i]).as("%s in %s (parity %d)", needles.get(i), text, parity)
            .isEqualTo(naiveFirst(text, needles.get(i), test));
      }
    }
  }

  @Test
  void reportsWhichNeedlesOccur() {
    List<String> needles = new ArrayList<>();
    for (int i = 0; i < 20; i++) needles.add("w" + i + " ");
    boolean[] found = Needles.of(needles).occurIn("w1 w3 w15 w19x");
    assertThat(found[1]).isTrue();
    assertThat(found[3]).isTrue();
    assertThat(found[15]).isTrue();
    assertThat(found[19]).isFalse();
    assertThat(found[0]).isFalse();
  }

  /** 2,000 distinct near-miss keywords (20K characters) against a 262K-character text: one pass. */
  @Test
  void manyNeedlesCostOnePassOverTheText() {
    String text = "a".repeat(262_144);
    List<String> needles = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) needles.add("a".repeat(1 + i % 9) + "b" + (char) ('a' + i % 26) + i);
    assertThat(NeedleTest.bestMillis(() -> Needles.of(needles).occurIn(text))).isLessThan(50);
    String words = "a ".repeat(131_072);
    List<String> wordNeedles = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) wordNeedles.add("a ".repeat(1 + i % 5) + "b" + i);
    assertThat(NeedleTest.bestMillis(() -> Needles.of(wordNeedles).occurIn(words))).isLessThan(50);
  }

  private static String randomText(Random random, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) sb.append(random.nextInt(6) == 0 ? 'b' : 'a');
    return sb.toString();
  }
}
