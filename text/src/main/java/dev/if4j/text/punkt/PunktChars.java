package dev.if4j.text.punkt;

import dev.if4j.text.Py;

/**
 * The character classes and small patterns of Punkt's default language variables, as scanners.
 *
 * <p>Each method states the reference pattern it stands for. Every class here is ASCII except the
 * Unicode whitespace and digits that Python's {@code re} applies to {@code str} patterns, which
 * come from {@link Py}.
 */
final class PunktChars {
  private PunktChars() {}

  // Bit sets over ASCII.
  private static final long[] NON_WORD = asciiSet(")\";}]*:@'({[?!");
  private static final long[] WORD_START_EXCLUDED = asciiSet("(\"`{[:;&#*@)}]-,");
  private static final long[] CLOSERS = asciiSet("\"')]}");
  private static final long[] PUNCTUATION = asciiSet(";:,.!?");

  private static long[] asciiSet(String chars) {
    long[] bits = new long[2];
    for (int i = 0; i < chars.length(); i++) {
      char c = chars.charAt(i);
      bits[c >> 6] |= 1L << (c & 63);
    }
    return bits;
  }

  private static boolean in(long[] set, char c) {
    return c < 128 && (set[c >> 6] & (1L << (c & 63))) != 0;
  }

  /** {@code _re_non_word_chars}: punctuation that never occurs inside a word (period aside). */
  static boolean isNonWord(char c) {
    return in(NON_WORD, c);
  }

  /** The complement of {@code _re_word_start}: characters a word token cannot start with. */
  static boolean isWordStartExcluded(char c) {
    return in(WORD_START_EXCLUDED, c);
  }

  /** The characters {@code re_boundary_realignment} moves back to the previous sentence. */
  static boolean isCloser(char c) {
    return in(CLOSERS, c);
  }

  /** {@code PunktSentenceTokenizer.PUNCTUATION}: tokens that never start a sentence. */
  static boolean isPunctuation(char c) {
    return in(PUNCTUATION, c);
  }

  /** {@code string.whitespace}: the only whitespace the search for the word before a break knows. */
  static boolean isAsciiWhitespace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /**
   * {@code _re_multi_char_punct} = {@code -{2,} | \.{2,} | (?:\.\s){2,}\.} matched at {@code pos}
   * within {@code [pos, end)}: the end of the match, or -1. The alternatives are tried in order
   * and each is greedy, as in the reference.
   */
  static int multiCharEnd(CharSequence s, int pos, int end) {
    char c = s.charAt(pos);
    if (pos + 1 >= end) return -1;
    char d = s.charAt(pos + 1);
    if (c == '-') {
      if (d != '-') return -1;
      int i = pos + 2;
      while (i < end && s.charAt(i) == '-') i++;
      return i;
    }
    if (c != '.') return -1;
    if (d == '.') {
      int i = pos + 2;
      while (i < end && s.charAt(i) == '.') i++;
      return i;
    }
    // Pairs of "period, whitespace", then a period; backs off one pair if the last is not followed
    // by a period (it then starts with one).
    int pairs = 0;
    int i = pos;
    while (i + 1 < end && s.charAt(i) == '.' && Py.isSpace(s.charAt(i + 1))) {
      pairs++;
      i += 2;
    }
    if (i < end && s.charAt(i) == '.') return pairs >= 2 ? i + 1 : -1;
    return pairs >= 3 ? i - 1 : -1;
  }

  /** Whether {@code _re_multi_char_punct} matches at {@code pos}. */
  static boolean multiCharAt(CharSequence s, int pos, int end) {
    return pos < end && multiCharEnd(s, pos, end) >= 0;
  }

  /**
   * The lookahead that ends a word token at {@code pos} ({@code end} is the end of the string):
   * whitespace, end of string, a non-word character, multi-character punctuation, or a comma
   * followed by one of those.
   */
  static boolean isWordEnd(CharSequence s, int pos, int end) {
    if (pos >= end) return true;
    char c = s.charAt(pos);
    if (Py.isSpace(c) || isNonWord(c) || multiCharAt(s, pos, end)) return true;
    if (c != ',') return false;
    int q = pos + 1;
    if (q >= end) return true;
    char d = s.charAt(q);
    return Py.isSpace(d) || isNonWord(d) || multiCharAt(s, q, end);
  }

  /**
   * {@code ^-?[\.,]?\d[\d,\.-]*\.?$}, the pattern that turns a token's type into {@code
   * ##number##}. Greedy matching is exact here: neither optional prefix can be given back to make
   * the digit match.
   */
  static boolean isNumeric(CharSequence s, int start, int end) {
    int i = start;
    if (i < end && s.charAt(i) == '-') i++;
    if (i < end && (s.charAt(i) == '.' || s.charAt(i) == ',')) i++;
    if (i >= end) return false;
    int cp = Character.codePointAt(s, i);
    if (!Py.isDecimal(cp)) return false;
    i += Character.charCount(cp);
    while (i < end) {
      cp = Character.codePointAt(s, i);
      if (!(cp == ',' || cp == '.' || cp == '-' || Py.isDecimal(cp))) return false;
      i += Character.charCount(cp);
    }
    return true;
  }
}
