package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.build;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.followed;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.reason;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TrigramOverlapTest {
  private static final String REF = "The quick brown fox jumps over the lazy dog.";

  @Test
  void comparesTheShareOfSharedCharacterTrigramsWithinTwoPoints() {
    // In CPython: 14 of the 18 trigrams of "The quick brown cat." are in REF: 77.78%.
    String text = "The quick brown cat.";
    assertThat(followed(build(TrigramOverlap.TYPE, Map.of("reference_text", REF, "percentage", 76)), text)).isTrue();
    assertThat(followed(build(TrigramOverlap.TYPE, Map.of("reference_text", REF, "percentage", 79.7)), text)).isTrue();
    assertThat(followed(build(TrigramOverlap.TYPE, Map.of("reference_text", REF, "percentage", 75)), text)).isFalse();
    assertThat(followed(build(TrigramOverlap.TYPE, Map.of("reference_text", REF, "percentage", 80)), text)).isFalse();
    assertThat(reason(build(TrigramOverlap.TYPE, Map.of("reference_text", REF, "percentage", 50)), text))
        .isEqualTo("14 of 18 trigrams are in the reference text (77.78%), expected 50% ± 2");
  }

  @Test
  void trigramsAreDistinctAndCaseSensitive() {
    TrigramOverlap.Trigrams t = TrigramOverlap.Trigrams.of("aaaaaa");
    assertThat(t.size()).isEqualTo(1);
    assertThat(followed(build(TrigramOverlap.TYPE, Map.of("reference_text", "ABC", "percentage", 0)), "abc")).isTrue();
    assertThat(followed(build(TrigramOverlap.TYPE, Map.of("reference_text", "xabcx", "percentage", 100)), "abc")).isTrue();
  }

  @Test
  void trigramsAreOfCodePoints() {
    assertThat(TrigramOverlap.Trigrams.of("😀😀😀").size()).isEqualTo(1);
    assertThat(TrigramOverlap.Trigrams.of("😀😀").size()).isZero();
    assertThat(TrigramOverlap.Trigrams.of("\0\0\0\0").size()).isEqualTo(1);
  }

  @Test
  void manyDistinctTrigramsGrowTheSet() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 50_000; i++) sb.appendCodePoint(0x4E00 + i % 20_000).appendCodePoint('a' + i % 26);
    TrigramOverlap.Trigrams t = TrigramOverlap.Trigrams.of(sb.toString());
    assertThat(t.countShared(t)).isEqualTo(t.size());
  }

  @Test
  void aResponseUnderThreeCharactersIsNeverFollowed() {
    assertThat(followed(build(TrigramOverlap.TYPE, Map.of("reference_text", "ab", "percentage", 0)), "ab")).isFalse();
  }

  @Test
  void withoutAReferenceTextTheReferenceRaises() {
    var c = build(TrigramOverlap.TYPE, Map.of("percentage", 10));
    assertThat(followed(c, "some response")).isFalse();
    assertThat(reason(c, "some response")).contains("TypeError");
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("reference_text", null);
    expected.put("percentage", 10L);
    assertThat(c.args()).isEqualTo(expected);
  }

  @Test
  void describesAsTheReference() {
    assertThat(build(TrigramOverlap.TYPE, Map.of("reference_text", "abc", "percentage", 72.0)).describe())
        .isEqualTo("Maintain a trigram overlap of 72.0% (±2%) with the provided reference text.");
  }

  @Test
  void aSlicesTrigramsAreCountedFromItsWholesPositions() {
    // Every slice (bounds splitting no pair) of random texts: the positions' count is the set's.
    String[] pieces = {"a", "b", "ab", " ", "\n", "😀", "é", "abc", "*", "the ", "\uD801\uDC00", "\0"};
    // A reference with fewer distinct trigrams than most texts, and one with more: the membership
    // of a text's trigrams is looked up from the smaller side.
    TrigramOverlap.Trigrams shortReference = TrigramOverlap.Trigrams.of("the abc a😀b é\n*\uD801\uDC00ab");
    Random random = new Random(17);
    StringBuilder longText = new StringBuilder();
    for (int k = 0; k < 400; k++) longText.append(pieces[random.nextInt(pieces.length)]);
    TrigramOverlap.Trigrams longReference = TrigramOverlap.Trigrams.of(longText.toString());
    long slices = 0;
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(12);
      for (int k = 0; k < len; k++) sb.append(pieces[random.nextInt(pieces.length)]);
      String text = sb.toString();
      TrigramOverlap.TrigramPositions positions = TrigramOverlap.TrigramPositions.of(text);
      for (int from = 0; from <= text.length(); from++) {
        for (int to = from; to <= text.length(); to++) {
          if (splitsPair(text, from) || splitsPair(text, to)) continue;
          TrigramOverlap.Trigrams set = TrigramOverlap.Trigrams.of(text.substring(from, to));
          for (TrigramOverlap.Trigrams reference : List.of(shortReference, longReference)) {
            long counts = positions.count(from, to, reference);
            assertThat(counts >>> 32).as("trigrams of [%d, %d) of %s", from, to, text).isEqualTo(set.size());
            assertThat((int) counts).as("shared of [%d, %d) of %s", from, to, text)
                .isEqualTo(set.countShared(reference));
          }
          slices++;
        }
      }
    }
    assertThat(slices).isGreaterThan(50_000);
  }

  private static boolean splitsPair(String s, int i) {
    return i > 0 && i < s.length() && Character.isHighSurrogate(s.charAt(i - 1)) && Character.isLowSurrogate(s.charAt(i));
  }
}
