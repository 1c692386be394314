package dev.if4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link DistinctRegions} counts as a set of the regions' substrings does. */
class DistinctRegionsTest {
  @Test
  void countsAsASetOfTheSubstrings() {
    Random random = new Random(11);
    String alphabet = "abAB \u00e9\u4e00\uD83D\uDE00";
    for (int round = 0; round < 2_000; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(200);
      for (int i = 0; i < length; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      String text = sb.toString();
      // A small expected size makes the table grow.
      DistinctRegions regions = new DistinctRegions(text, random.nextInt(4));
      Set<String> expected = new HashSet<>();
      for (int k = random.nextInt(300); k > 0; k--) {
        int from = length == 0 ? 0 : random.nextInt(length + 1);
        int to = from + random.nextInt(Math.min(6, length - from + 1));
        assertThat(regions.add(from, to)).isEqualTo(expected.add(text.substring(from, to)));
      }
      assertThat(regions.size()).isEqualTo(expected.size());
    }
  }

  @Test
  void theEmptyRegionIsOneSubstring() {
    DistinctRegions regions = new DistinctRegions("a b", 2);
    assertThat(regions.add(0, 0)).isTrue();
    assertThat(regions.add(2, 2)).isFalse();
    assertThat(regions.add(0, 1)).isTrue();
    assertThat(regions.size()).isEqualTo(2);
  }
}
