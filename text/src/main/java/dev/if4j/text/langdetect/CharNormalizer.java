package dev.if4j.text.langdetect;

import dev.if4j.text.BmpTable;

/**
 * langdetect's per-character normalisation ({@code NGram.normalize}), its Vietnamese composition
 * ({@code NGram.normalize_vi}) and the one case predicate the n-gram window uses.
 *
 * <p>Only the Unicode blocks that langdetect's normalisation touches are tested here, with the
 * block ranges of langdetect's own table (they are the standard block ranges). The Vietnamese
 * table maps each (vowel, tone mark) pair to its NFC composition, as langdetect's table does: tests
 * check it against the JDK's normaliser, and against langdetect's file wherever one is installed.
 */
final class CharNormalizer {
  private CharNormalizer() {}

  static final int CJK_FIRST = 0x4E00;
  static final int CJK_LAST = 0x9FFF;

  /** Vowel letters that take a Vietnamese tone mark (plain, circumflex, breve, horn). */
  private static final String VI_BASES = "AEIOUYaeiouy\u00c2\u00ca\u00d4\u00e2\u00ea\u00f4"
      + "\u0102\u0103\u01a0\u01a1\u01af\u01b0";
  /** Combining tone marks: grave, acute, tilde, hook above, dot below. */
  private static final String VI_MARKS = "\u0300\u0301\u0303\u0309\u0323";
  /**
   * {@code VI_COMPOSED[mark].charAt(base)}: the precomposed letter, the NFC composition of the pair
   * ({@code CharNormalizerTest} checks every one against {@link java.text.Normalizer}). Written out:
   * composing them at class initialisation set up the JDK's normaliser, 2 ms of a short run.
   */
  private static final String[] VI_COMPOSED = {
    "\u00c0\u00c8\u00cc\u00d2\u00d9\u1ef2\u00e0\u00e8\u00ec\u00f2\u00f9\u1ef3"
        + "\u1ea6\u1ec0\u1ed2\u1ea7\u1ec1\u1ed3\u1eb0\u1eb1\u1edc\u1edd\u1eea\u1eeb",
    "\u00c1\u00c9\u00cd\u00d3\u00da\u00dd\u00e1\u00e9\u00ed\u00f3\u00fa\u00fd"
        + "\u1ea4\u1ebe\u1ed0\u1ea5\u1ebf\u1ed1\u1eae\u1eaf\u1eda\u1edb\u1ee8\u1ee9",
    "\u00c3\u1ebc\u0128\u00d5\u0168\u1ef8\u00e3\u1ebd\u0129\u00f5\u0169\u1ef9"
        + "\u1eaa\u1ec4\u1ed6\u1eab\u1ec5\u1ed7\u1eb4\u1eb5\u1ee0\u1ee1\u1eee\u1eef",
    "\u1ea2\u1eba\u1ec8\u1ece\u1ee6\u1ef6\u1ea3\u1ebb\u1ec9\u1ecf\u1ee7\u1ef7"
        + "\u1ea8\u1ec2\u1ed4\u1ea9\u1ec3\u1ed5\u1eb2\u1eb3\u1ede\u1edf\u1eec\u1eed",
    "\u1ea0\u1eb8\u1eca\u1ecc\u1ee4\u1ef4\u1ea1\u1eb9\u1ecb\u1ecd\u1ee5\u1ef5"
        + "\u1eac\u1ec6\u1ed8\u1ead\u1ec7\u1ed9\u1eb6\u1eb7\u1ee2\u1ee3\u1ef0\u1ef1",
  };

  /** The composed table as langdetect's properties file spells it, one string per mark. */
  static String viComposedRow(int mark) {
    return VI_COMPOSED[mark];
  }

  static String viBases() {
    return VI_BASES;
  }

  static String viMarks() {
    return VI_MARKS;
  }

  /**
   * The composed character for a (base, mark) pair, or -1 when the pair is not one langdetect
   * composes. Bases and marks are all BMP, so working on UTF-16 units is working on code points.
   */
  static int composeVietnamese(char base, char mark) {
    int m = VI_MARKS.indexOf(mark);
    if (m < 0) return -1;
    int b = VI_BASES.indexOf(base);
    if (b < 0) return -1;
    return VI_COMPOSED[m].charAt(b);
  }

  /**
   * {@code NGram.normalize(ch)}; {@code cjk} maps {@code cp - CJK_FIRST} to its class
   * representative (0 = unchanged), or is null when the table is unavailable.
   */
  static int normalize(int cp, int[] cjk) {
    // Kept tiny, so that the JIT always inlines the common case into the n-gram scan.
    return cp < 0x80 ? ASCII[cp] : normalizeBeyondAscii(cp, cjk);
  }

  /** Basic Latin: everything but ASCII letters becomes a space. */
  private static final char[] ASCII = new char[0x80];

  static {
    for (int c = 0; c < ASCII.length; c++) {
      ASCII[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? (char) c : ' ';
    }
  }

  private static int normalizeBeyondAscii(int cp, int[] cjk) {
    if (cp <= 0xFF) {
      // Latin-1 Supplement: only NBSP, the guillemets and the degree sign count as separators.
      return cp == 0xA0 || cp == 0xAB || cp == 0xB0 || cp == 0xBB ? ' ' : cp;
    }
    if (cp < 0x0180) return cp;
    if (cp <= 0x024F) {
      // Latin Extended-B: Romanian comma-below letters are folded onto the cedilla forms.
      if (cp == 0x0219) return 0x015F;
      if (cp == 0x021B) return 0x0163;
      return cp;
    }
    if (cp < 0x0600) return cp;
    if (cp <= 0x06FF) return cp == 0x06CC ? 0x064A : cp; // Farsi yeh as Arabic yeh
    if (cp < 0x1E00) return cp;
    if (cp <= 0x1EFF) return cp >= 0x1EA0 ? 0x1EC3 : cp; // Vietnamese letters: one class
    if (cp < 0x2000) return cp;
    if (cp <= 0x206F) return ' '; // General Punctuation
    if (cp < 0x3040) return cp;
    if (cp <= 0x309F) return 0x3042; // Hiragana
    if (cp <= 0x30FF) return 0x30A2; // Katakana
    if (cp <= 0x312F) return 0x3105; // Bopomofo
    if (cp < 0x31A0) return cp;
    if (cp <= 0x31BF) return 0x3105; // Bopomofo Extended
    if (cp < CJK_FIRST) return cp;
    if (cp <= CJK_LAST) {
      if (cjk == null) return cp;
      int rep = cjk[cp - CJK_FIRST];
      return rep == 0 ? cp : rep;
    }
    if (cp < 0xAC00) return cp;
    if (cp <= 0xD7AF) return 0xAC00; // Hangul Syllables
    return cp;
  }

  /**
   * Python 3.11's {@code str.isupper()} for one character (Unicode 14: Lu plus Other_Uppercase).
   * Java's predicate is the same property on a newer Unicode; the characters it adds since 14.0
   * are excluded so the capital-word rule sees what Python sees.
   */
  static boolean isUpper(int cp) {
    // Kept tiny, so that the JIT always inlines the common case into the n-gram scan.
    return cp < 0x10000 ? UPPER.test((char) cp) : isUpperBeyondAscii(cp);
  }

  /**
   * {@link #isUpper} of every BMP character, looked up. The JDK's own answer walks three tables of
   * its Unicode data, which the n-gram scan of a text in another script would do for every
   * character.
   */
  private static final BmpTable UPPER = BmpTable.of(CharNormalizer::isUpperBeyondAscii);

  private static boolean isUpperBeyondAscii(int cp) {
    if (!Character.isUpperCase(cp)) return false;
    return !(cp == 0x1C89 || cp == 0xA7CB || cp == 0xA7CC || cp == 0xA7DA || cp == 0xA7DC
        || (cp >= 0x10D50 && cp <= 0x10D65));
  }
}
