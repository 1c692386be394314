package dev.if4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NeedleTest {
  /** Every occurrence, overlapping ones included, as restarting {@code indexOf} finds them. */
  private static List<Integer> naive(String text, String needle, int from) {
    List<Integer> out = new ArrayList<>();
    for (int at = text.indexOf(needle, from); at >= 0 && at <= text.length(); at = text.indexOf(needle, at + 1)) {
      out.add(at);
      if (at == text.length()) break;
    }
    return out;
  }

  private static List<Integer> scanned(String text, String needle, int from) {
    Needle.Scan scan = Needle.of(needle).scan(text, from);
    List<Integer> out = new ArrayList<>();
    for (int at = scan.next(); at >= 0; at = scan.next()) out.add(at);
    return out;
  }

  /** Random texts over a two-letter alphabet: periodic needles, borders and near misses everywhere. */
  @Test
  void findsWhatRestartingIndexOfFinds() {
    Random random = new Random(12);
    for (int round = 0; round < 3000; round++) {
      String text = randomText(random, random.nextInt(80));
      // Long needles (KMP) as well as short ones (indexOf), often cut from the text itself.
      String needle = random.nextBoolean() && text.length() > 0
          ? cut(random, text, 1 + random.nextInt(Math.min(text.length(), 40)))
          : randomText(random, 1 + random.nextInt(30));
      int from = random.nextInt(text.length() + 2) - 1;
      assertThat(scanned(text, needle, from)).as("%s in %s from %d", needle, text, from)
          .isEqualTo(naive(text, needle, Math.max(from, 0)));
      assertThat(Needle.of(needle).find(text, from)).isEqualTo(text.indexOf(needle, from));
      assertThat(Needle.of(needle).count(text)).isEqualTo(naiveNonOverlapping(text, needle));
    }
  }

  /** Mixed next() and nextFrom(min) calls find what indexOf from the same start finds. */
  @Test
  void nextFromFindsWhatIndexOfFromThereFinds() {
    Random random = new Random(5);
    for (int round = 0; round < 3000; round++) {
      String text = randomText(random, random.nextInt(100));
      String needle = random.nextBoolean() && text.length() > 0
          ? cut(random, text, 1 + random.nextInt(Math.min(text.length(), 40)))
          : randomText(random, 1 + random.nextInt(30));
      Needle.Scan scan = Needle.of(needle).scan(text, 0);
      int last = -1;
      while (true) {
        boolean jump = random.nextBoolean();
        int min = jump ? last + 1 + random.nextInt(needle.length() + 3) : last + 1;
        int expected = text.indexOf(needle, min);
        int at = jump ? scan.nextFrom(min) : scan.next();
        assertThat(at).as("%s in %s from %d", needle, text, min).isEqualTo(expected);
        if (at < 0) break;
        last = at;
      }
    }
  }

  @Test
  void nextFromSkipsEarlierOccurrences() {
    String text = "ab".repeat(20) + "x" + "ab".repeat(20);
    String needle = "ab".repeat(10);
    Needle.Scan scan = Needle.of(needle).scan(text, 0);
    assertThat(scan.next()).isZero();
    assertThat(scan.nextFrom(5)).isEqualTo(6);
    assertThat(scan.nextFrom(30)).isEqualTo(41);
    assertThat(scan.nextFrom(100)).isEqualTo(-1);
    assertThat(scan.next()).isEqualTo(-1);
  }

  @Test
  void anEmptyNeedleOccursAtEveryIndex() {
    assertThat(scanned("abc", "", 0)).containsExactly(0, 1, 2, 3);
    assertThat(Needle.of("").count("abc")).isEqualTo(4);
    assertThat(Needle.of("").find("abc", 2)).isEqualTo(2);
  }

  /**
   * "aaa…ab" against "aaa…": restarting {@code indexOf} compares the whole needle at every start
   * (262K × 20K char compares, seconds); the scan reads each text char once.
   */
  @Test
  void aNearMissCostsTimeLinearInTextAndNeedle() {
    String text = "a".repeat(262_144);
    String nearMiss = "a".repeat(20_000) + "b";
    String periodic = "a".repeat(20_000);
    assertThat(bestMillis(() -> Needle.of(nearMiss).count(text))).isLessThan(50);
    assertThat(Needle.of(nearMiss).count(text)).isZero();
    assertThat(bestMillis(() -> Needle.of(periodic).scan(text, 0).nextFrom(text.length()))).isLessThan(50);
    assertThat(Needle.of(periodic).count(text)).isEqualTo(13);
    String words = "a ".repeat(131_072);
    assertThat(bestMillis(() -> WholeWords.count(words, "a ".repeat(10_000) + "b"))).isLessThan(50);
    assertThat(bestMillis(() -> PySubstrings.split(words, "a ".repeat(10_000) + "a!"))).isLessThan(50);
    assertThat(bestMillis(() -> WholeWords.findBounded(text, text, nearMiss))).isLessThan(50);
  }

  /** The best of a few runs after warming up: a loaded machine slows some runs, not all. */
  static long bestMillis(Runnable work) {
    for (int i = 0; i < 3; i++) work.run();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long start = System.nanoTime();
      work.run();
      best = Math.min(best, System.nanoTime() - start);
    }
    return best / 1_000_000;
  }

  private static int naiveNonOverlapping(String text, String needle) {
    if (needle.isEmpty()) return text.length() + 1;
    int n = 0;
    for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) n++;
    return n;
  }

  private static String randomText(Random random, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) sb.append(random.nextInt(8) == 0 ? 'b' : 'a');
    return sb.toString();
  }

  private static String cut(Random random, String text, int length) {
    int start = random.nextInt(text.length() - length + 1);
    return text.substring(start, start + length);
  }
}
