package dev.if4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class IgnoreCaseTest {
  // Pairs that re.fullmatch(re.escape(a), b, re.IGNORECASE) matches in CPython 3.11.
  @ParameterizedTest
  @CsvSource({
    "i, I", "i, İ", "i, ı", "s, ſ", "k, \u212A", "µ, μ", "σ, ς", "β, ϐ", "θ, ϑ", "ΐ, ΐ", "ﬅ, ﬆ",
    "ß, ẞ", "Ꭰ, ꭰ", "ǆ, ǅ", "в, ᲀ", "é, É",
  })
  void pythonEquivalentsShareAKey(String a, String b) {
    assertThat(IgnoreCase.key(a.codePointAt(0))).isEqualTo(IgnoreCase.key(b.codePointAt(0)));
    assertThat(IgnoreCase.fold(a)).isEqualTo(IgnoreCase.fold(b));
  }

  @ParameterizedTest
  @CsvSource({"a, b", "i, j", "ß, s", "e, é", "1, ¹"})
  void differentLettersStayDifferent(String a, String b) {
    assertThat(IgnoreCase.key(a.codePointAt(0))).isNotEqualTo(IgnoreCase.key(b.codePointAt(0)));
  }

  @Test
  void foldingNeverChangesTheUtf16Length() {
    // Checkers map indexes of the folded text back to the original.
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) continue;
      assertThat(Character.charCount(IgnoreCase.key(cp))).as("U+%04X", cp)
          .isEqualTo(Character.charCount(cp));
    }
  }

  @Test
  void countsNonOverlappingMatchesLikeFindall() {
    assertThat(IgnoreCase.count(IgnoreCase.fold("The the THE"), "the")).isEqualTo(3);
    assertThat(IgnoreCase.count("aaa", "aa")).isEqualTo(1);
    assertThat(IgnoreCase.count("abc", "x")).isZero();
  }

  @Test
  void emptyNeedleMatchesAtEveryCodePointBoundary() {
    assertThat(IgnoreCase.count("a😀", "")).isEqualTo(3);
    assertThat(IgnoreCase.count("", "")).isEqualTo(1);
  }

  @Test
  void foldsSupplementaryLettersAndKeepsLoneSurrogates() {
    // Deseret capital and small long I (U+10400, U+10428); lone surrogates have no case.
    assertThat(IgnoreCase.fold("A\uD801\uDC00b\uD800\uDC00\uDC00\uD801"))
        .isEqualTo("a\uD801\uDC28b\uD800\uDC00\uDC00\uD801");
    assertThat(IgnoreCase.fold("\uD801\uD801\uDC00")).isEqualTo("\uD801\uD801\uDC28");
  }

  @Test
  void foldingMatchesTheKeyOfEveryCodePoint() {
    StringBuilder text = new StringBuilder();
    StringBuilder keys = new StringBuilder();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) continue;
      text.appendCodePoint(cp);
      keys.appendCodePoint(IgnoreCase.key(cp));
    }
    assertThat(IgnoreCase.fold(text)).isEqualTo(keys.toString());
  }

  @Test
  void unchangedTextIsReturnedAsIs() {
    String s = "already folded";
    assertThat(IgnoreCase.fold(s)).isSameAs(s);
  }
}
