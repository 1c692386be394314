package dev.if4j.text.langdetect;

import java.text.Normalizer;

/**
 * langdetect's per-character normalisation ({@code NGram.normalize}), its Vietnamese composition
 * ({@code NGram.normalize_vi}) and the one case predicate the n-gram window uses.
 *
 * <p>Only the Unicode blocks that langdetect's normalisation touches are tested here, with the
 * block ranges of langdetect's own table (they are the standard block ranges). The Vietnamese
 * table is derived from Unicode canonical composition rather than shipped: langdetect's table maps
 * each (vowel, tone mark) pair to exactly its NFC composition, which a test checks against
 * langdetect's file wherever one is installed.
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
  /** {@code VI_COMPOSED[mark][base]}: the precomposed letter. */
  private static final char[][] VI_COMPOSED = new char[VI_MARKS.length()][VI_BASES.length()];

  static {
    for (int m = 0; m < VI_MARKS.length(); m++) {
      for (int b = 0; b < VI_BASES.length(); b++) {
        String nfc = Normalizer.normalize(
            "" + VI_BASES.charAt(b) + VI_MARKS.charAt(m), Normalizer.Form.NFC);
        if (nfc.length() != 1) throw new IllegalStateException("no composition for " + b + "," + m);
        VI_COMPOSED[m][b] = nfc.charAt(0);
      }
    }
  }

  /** The composed table as langdetect's properties file spells it, one string per mark. */
  static String viComposedRow(int mark) {
    return new String(VI_COMPOSED[mark]);
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
    return VI_COMPOSED[m][b];
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
    if (cp < 0x100) return (LATIN1_UPPER[cp >>> 6] >>> cp & 1) != 0;
    return cp < 0x10000 ? (BmpUpper.BITS[cp >>> 6] >>> cp & 1) != 0 : isUpperBeyondAscii(cp);
  }

  /**
   * {@link #isUpper} of every BMP character, one bit each (8 KB). The JDK's own answer walks
   * three tables of its Unicode data, which the n-gram scan of a text in another script would
   * do for every character; here a script's characters share a few bytes. Latin-1's are made
   * with the class, the rest on the first character beyond it (a holder class): a short run of
   * English text does not make 64 K of them.
   */
  private static final long[] LATIN1_UPPER = upperBits(0x100);

  private static final class BmpUpper {
    static final long[] BITS = upperBits(0x10000);
  }

  private static long[] upperBits(int size) {
    long[] bits = new long[size / 64];
    for (int c = 0; c < size; c++) {
      if (isUpperBeyondAscii(c)) bits[c >>> 6] |= 1L << c;
    }
    return bits;
  }

  private static boolean isUpperBeyondAscii(int cp) {
    if (!Character.isUpperCase(cp)) return false;
    return !(cp == 0x1C89 || cp == 0xA7CB || cp == 0xA7CC || cp == 0xA7DA || cp == 0xA7DC
        || (cp >= 0x10D50 && cp <= 0x10D65));
  }
}
