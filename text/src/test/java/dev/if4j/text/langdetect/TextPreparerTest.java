package dev.if4j.text.langdetect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expected strings are what Python's {@code re.sub} gives with langdetect's two patterns. */
class TextPreparerTest {
  @Test
  void urlsBecomeOneSpace() {
    assertThat(TextPreparer.removeUrls("see http://a.b/c?d=1 and https://x.y now"))
        .isEqualTo("see   and   now");
    assertThat(TextPreparer.removeUrls("http:// nothing")).isEqualTo("http:// nothing");
    assertThat(TextPreparer.removeUrls("httphttps://ok.")).isEqualTo("http ");
    // At most 2076 characters after the scheme belong to the URL.
    assertThat(TextPreparer.removeUrls("https://" + "a".repeat(2080) + "!")).isEqualTo(" aaaa!");
  }

  @Test
  void mailAddressesBecomeOneSpace() {
    assertThat(TextPreparer.removeMails("mail a.b@c.d now")).isEqualTo("mail   now");
    assertThat(TextPreparer.removeMails("a@b")).isEqualTo("a@b"); // the domain needs two characters
    assertThat(TextPreparer.removeMails("a@bc")).isEqualTo(" ");
    assertThat(TextPreparer.removeMails("a@b@cd")).isEqualTo("a@ ");
    assertThat(TextPreparer.removeMails("a@b.")).isEqualTo(" ");
    assertThat(TextPreparer.removeMails("@@a@bb")).isEqualTo("@@ ");
    // At most 64 characters before the @ belong to the address.
    assertThat(TextPreparer.removeMails("x".repeat(70) + "@host.com!")).isEqualTo("xxxxxx !");
    assertThat(TextPreparer.removeMails("me@" + "h".repeat(300) + ".org")).isEqualTo(" ");
  }

  @Test
  void capCollapsesSpacesAndComposesVietnamese() {
    assertThat(TextPreparer.composeAndCap("a  b   c", 100)).containsExactly('a', ' ', 'b', ' ', 'c');
    // Dropped spaces still count towards the cap.
    assertThat(TextPreparer.composeAndCap("a    bcd", 6)).containsExactly('a', ' ', 'b');
    // o + combining acute -> U+00F3; the pair is one code point of the capped text.
    assertThat(TextPreparer.composeAndCap("cho\u0301 x", 4)).containsExactly('c', 'h', 0xF3, ' ');
    // A mark after a letter langdetect does not compose stays separate.
    assertThat(TextPreparer.composeAndCap("b\u0301", 10)).containsExactly('b', 0x301);
  }

  @Test
  void latinIsDroppedWhenOtherScriptsDominate() {
    int[] mostlyCyrillic = "ab привет".codePoints().toArray();
    assertThat(TextPreparer.dropLatinIfMostlyOther(mostlyCyrillic))
        .isEqualTo(" привет".codePoints().toArray());
    int[] balanced = "abc при".codePoints().toArray();
    assertThat(TextPreparer.dropLatinIfMostlyOther(balanced)).isEqualTo(balanced);
    // Latin Extended Additional counts as non-Latin too (langdetect's exemption never applies).
    int[] vietnamese = "a \u1EA1\u1EA1\u1EA1".codePoints().toArray();
    assertThat(TextPreparer.dropLatinIfMostlyOther(vietnamese))
        .isEqualTo(" \u1EA1\u1EA1\u1EA1".codePoints().toArray());
  }
}
