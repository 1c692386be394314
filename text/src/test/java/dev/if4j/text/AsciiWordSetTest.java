package dev.if4j.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link AsciiWordSet} answers as a list's {@code indexOf} of the region's text does. */
class AsciiWordSetTest {
  @Test
  void findsARegionAsIndexOfFindsItsText() {
    List<String> words = List.of("it", "me", "them", "Emma", "a_1", "it", "x");
    AsciiWordSet set = AsciiWordSet.of(words);
    String alphabet = "itmehEmaMx_1 \u00e9K\u212A";
    Random random = new Random(13);
    for (int k = 0; k < 20_000; k++) {
      StringBuilder sb = new StringBuilder();
      for (int n = random.nextInt(6); n > 0; n--) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      String text = "." + sb + ".";
      int to = text.length() - 1;
      String region = text.substring(1, to);
      assertThat(set.positionOf(text, 1, to)).as(region).isEqualTo(words.indexOf(region));
      String folded = region.chars().allMatch(c -> c < 0x80) ? region.toLowerCase(java.util.Locale.ROOT) : region;
      assertThat(set.containsAsciiLowerCase(text, 1, to)).as(region).isEqualTo(words.contains(folded));
    }
  }

  @Test
  void takesWordsOfAsciiWordCharactersOnly() {
    assertThat(AsciiWordSet.of(List.of("b", "a", "b")).positionOf("xay", 1, 2)).isEqualTo(1);
    assertThatThrownBy(() -> AsciiWordSet.of(List.of("it's"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AsciiWordSet.of(List.of(""))).isInstanceOf(IllegalArgumentException.class);
  }
}
