package dev.if4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expected values are what Python 3.11 returns for the same expressions, checked by running it. */
class PyStringPredicatesTest {
  @Test
  void wordRunsAreTheMatchesOfBackslashWPlus() {
    // re.finditer(r"\w+", s) spans, by UTF-16 index here: "é" is one unit, "𝟘" (a digit) two.
    String s = "--ab_1 é,𝟘x!";
    java.util.List<String> runs = new java.util.ArrayList<>();
    for (int i = Py.wordRunStart(s, 0); i < s.length(); ) {
      int end = Py.wordRunEnd(s, i);
      runs.add(s.substring(i, end));
      i = Py.wordRunStart(s, end);
    }
    assertThat(runs).containsExactly("ab_1", "é", "𝟘x");
    assertThat(Py.wordRunStart("...", 0)).isEqualTo(3);
    assertThat(Py.wordRunEnd("abc", 1)).isEqualTo(3);
  }

  @Test
  void compareOrdersStringsByCodePointAsPythonDoes() {
    assertThat(Py.compare("\uFFFF", "\uD83D\uDE00")).isNegative();
    assertThat("\uFFFF".compareTo("\uD83D\uDE00")).isPositive();
    assertThat(Py.compare("NN", "NNS")).isNegative();
    assertThat(Py.compare("NNS", "NN")).isPositive();
    assertThat(Py.compare("VB", "VB")).isZero();
  }

  @Test
  void indexIsWhereSeqIndexLandsOrMinusOneForIndexError() {
    assertThat(Py.index(0, 3)).isZero();
    assertThat(Py.index(-1, 3)).isEqualTo(2);
    assertThat(Py.index(-3, 3)).isZero();
    assertThat(Py.index(-4, 3)).isEqualTo(-1);
    assertThat(Py.index(3, 3)).isEqualTo(-1);
    assertThat(Py.index(Long.MIN_VALUE, 3)).isEqualTo(-1);
    assertThat(Py.index(Long.MAX_VALUE, 3)).isEqualTo(-1);
    assertThat(Py.index(0, 0)).isEqualTo(-1);
  }

  @Test
  void punctuationIsPythonsStringPunctuation() {
    assertThat(Py.PUNCTUATION).isEqualTo("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~").hasSize(32);
    assertThat(Py.DIGITS).isEqualTo("0123456789");
    assertThat(Py.isPunctuation('-')).isTrue();
    assertThat(Py.isPunctuation('—')).isFalse();
    assertThat(Py.isPunctuation(' ')).isFalse();
  }

  @Test
  void deleteCharsIsTranslateWithDeletions() {
    assertThat(Py.deleteChars("Hello, world! (1-2) 😀", Py.PUNCTUATION))
        .isEqualTo("Hello world 12 😀");
    assertThat(Py.deleteChars("abc", Py.PUNCTUATION)).isEqualTo("abc");
    assertThat(Py.deleteChars("a😀b😀", "😀")).isEqualTo("ab");
  }

  @Test
  void isDigitIsDecimalIsAlnumIsAlpha() {
    // s: isdigit, isdecimal, isalnum, isalpha
    assertPredicates("123", true, true, true, false);
    assertPredicates("²", true, false, true, false);
    assertPredicates("①", true, false, true, false);
    assertPredicates("١٢", true, true, true, false);
    assertPredicates("", false, false, false, false);
    assertPredicates("12a", false, false, true, false);
    assertPredicates("½", false, false, true, false);
    assertPredicates("Ⅻ", false, false, true, false);
    assertPredicates("abc", false, false, true, true);
    assertPredicates("ab c", false, false, false, false);
    assertPredicates("Straße", false, false, true, true);
    assertPredicates("中文", false, false, true, true);
    assertPredicates("x_y", false, false, false, false);
    assertPredicates("𝟙𝟚", true, true, true, false);
  }

  private static void assertPredicates(
      String s, boolean digit, boolean decimal, boolean alnum, boolean alpha) {
    assertThat(Py.isDigit(s)).as("%s.isdigit()", s).isEqualTo(digit);
    assertThat(Py.isDecimal(s)).as("%s.isdecimal()", s).isEqualTo(decimal);
    assertThat(Py.isAlnum(s)).as("%s.isalnum()", s).isEqualTo(alnum);
    assertThat(Py.isAlpha(s)).as("%s.isalpha()", s).isEqualTo(alpha);
  }

  @Test
  void nfkdDecomposesLikeUnicodedata() {
    assertThat(Py.nfkd("São Tomé")).isEqualTo("Sa\u0303o Tome\u0301");
    assertThat(Py.nfkd("ﬁ")).isEqualTo("fi");
    assertThat(Py.nfkd("①")).isEqualTo("1");
    assertThat(Py.nfkd("Å")).isEqualTo("A\u030A");
    assertThat(Py.nfkd("x²")).isEqualTo("x2");
    assertThat(Py.nfkd("ｈｅｌｌｏ")).isEqualTo("hello");
  }

  @Test
  void caseTestsFollowTheJdkCaseOfEveryCodePoint() {
    // Python: lower/upper need one cased character and none of the other case or title case.
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      String s = Character.toString(cp);
      boolean upper = Character.isUpperCase(cp);
      boolean lower = Character.isLowerCase(cp);
      boolean title = Character.isTitleCase(cp);
      assertThat(Py.isLower(s)).as("U+%04X", cp)
          .isEqualTo(lower && !upper && !title);
      assertThat(Py.isUpper(s)).as("U+%04X", cp)
          .isEqualTo(upper && !lower && !title);
    }
    assertThat(Py.isLower("\u0928\u092e\u0938\u094d\u0924\u0947 abc")).isTrue();
    assertThat(Py.isLower("\u0928\u092e\u0938\u094d\u0924\u0947")).isFalse();
    assertThat(Py.isUpper("HELLO \u01C5")).isFalse(); // title case
    // Mixed texts: a pair is one code point (U+10400 is a capital), a lone surrogate has no case.
    assertThat(Py.isUpper("AB \uD801\uDC00")).isTrue();
    assertThat(Py.isLower("ab \uD801\uDC00")).isFalse();
    assertThat(Py.isLower("ab \uD801\uDC28")).isTrue();
    assertThat(Py.isUpper("A\uD800B\uDC00")).isTrue();
    assertThat(Py.isUpper("\uD800")).isFalse();
    assertThat(Py.isUpper(new StringBuilder("\u00C9T\u00C9"))).isTrue();
    assertThat(Py.isLower("caf\u00E9 \u2019n")).isTrue();
  }
}
