package dev.if4j.text;

import java.util.Locale;

/**
 * Python's {@code str.lower()}, exactly, including the final-sigma rule.
 *
 * <p>Java's {@code toLowerCase(Locale.ROOT)} and Python agree on every mapping but one: whether a
 * capital sigma lower-cases to the final form ς or to σ. Both follow Unicode's Final_Sigma
 * condition in spirit, but Java looks for cased letters up to the nearest word boundary (UAX #29)
 * while Python skips case-ignorable characters and looks at the next character after them. So
 * "ΟΔΟΣ-Α" is "οδος-α" in Python and "οδοσ-α" in Java (the hyphen is a word boundary but no
 * case-ignorable character), and "ΑΣ1" is "ας1" in Python, "ασ1" in Java (a digit continues a
 * word). Checkers that compare lower-cased words need Python's answer.
 *
 * <p>A text without capital sigma goes straight to Java (no other mapping depends on context in
 * the root locale); otherwise the text between sigmas is lowered by Java and each sigma is decided
 * by Python's rule: ς when a cased character comes before it (case-ignorable characters skipped)
 * and no cased character follows it (likewise).
 */
public final class PyLower {
  private PyLower() {}

  private static final char CAPITAL_SIGMA = '\u03A3';

  /** {@code s.lower()}. */
  public static String lower(String s) {
    int at = s.indexOf(CAPITAL_SIGMA);
    if (at < 0) return s.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length() + 8);
    int from = 0;
    for (; at >= 0; at = s.indexOf(CAPITAL_SIGMA, at + 1)) {
      out.append(s.substring(from, at).toLowerCase(Locale.ROOT));
      out.append(isFinalSigma(s, at) ? '\u03C2' : '\u03C3');
      from = at + 1;
    }
    return out.append(s.substring(from).toLowerCase(Locale.ROOT)).toString();
  }

  /**
   * Whether {@code lower(s.substring(from, to))} is the matching slice of {@code lower(s)}: the
   * characters just outside the bounds (if any) are neither cased nor case-ignorable, so a capital
   * sigma's search for cased letters stops at the bounds in {@code s} as in the slice.
   */
  static boolean endsSigmaContext(String s, int from, int to) {
    return (from == 0 || stopsSigmaSearch(s.codePointBefore(from)))
        && (to == s.length() || stopsSigmaSearch(s.codePointAt(to)));
  }

  private static boolean stopsSigmaSearch(int cp) {
    return !isCaseIgnorable(cp) && !isCased(cp);
  }

  /**
   * How many chars longer {@code lower(s.substring(0, i))} is than {@code i}: one per U+0130 (an i
   * and a combining dot above), the only code point whose lower case is longer in UTF-16.
   */
  static int longerBefore(String s, int i) {
    int n = 0;
    for (int at = s.indexOf('\u0130'); at >= 0 && at < i; at = s.indexOf('\u0130', at + 1)) n++;
    return n;
  }

  /** CPython's {@code handle_capital_sigma}: is the sigma at {@code i} in final position? */
  static boolean isFinalSigma(String s, int i) {
    int j = i;
    int c = -1;
    while (j > 0) {
      c = s.codePointBefore(j);
      j -= Character.charCount(c);
      if (!isCaseIgnorable(c)) break;
      c = -1;
    }
    if (c < 0 || !isCased(c)) return false;
    j = i + 1;
    while (j < s.length()) {
      c = s.codePointAt(j);
      if (!isCaseIgnorable(c)) return !isCased(c);
      j += Character.charCount(c);
    }
    return true;
  }

  /** Unicode's Cased property: Lowercase, Uppercase or titlecase letter (Lt). */
  static boolean isCased(int cp) {
    return Character.isLowerCase(cp) || Character.isUpperCase(cp) || Character.isTitleCase(cp);
  }

  /**
   * Unicode's Case_Ignorable property: Word_Break MidLetter, MidNumLet or Single_Quote, or general
   * category Mn, Me, Cf, Lm or Sk. Java has no Word_Break API; the 17 characters of those three
   * classes are listed (Unicode 14, as Python 3.11 has them).
   */
  static boolean isCaseIgnorable(int cp) {
    switch (cp) {
      case '\'', '.', ':', 0x00B7, 0x0387, 0x055F, 0x05F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13,
          0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A:
        return true;
      default:
        break;
    }
    if (cp < 0x80) return cp == '^' || cp == '`'; // Sk; the rest of ASCII is neither
    return switch (Character.getType(cp)) {
      case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT,
          Character.MODIFIER_LETTER, Character.MODIFIER_SYMBOL -> true;
      default -> false;
    };
  }
}
