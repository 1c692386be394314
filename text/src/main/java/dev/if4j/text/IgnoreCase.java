package dev.if4j.text;

/**
 * Python {@code re.IGNORECASE} equality for {@code str} patterns, for searching user text
 * literally (never compiling it into a regular expression).
 *
 * <p>Python's {@code re} compares code points by their simple lower-case mapping, and adds a few
 * equivalences that lower-casing alone misses (dotless i and i, long s and s, the Greek symbol
 * variants, the old Cyrillic small forms...). Mapping a code point to the lower case of its upper
 * case gives the same classes, because every one of those extras shares its simple upper case with
 * its partner; the only pairs that share no simple mapping at all (two Greek letters with dialytika
 * and tonos/oxia, and the two "st" ligatures) are added by hand. Compared with CPython 3.11 over
 * every cased code point, the classes are identical except for the few letters that Unicode 15 and
 * 16 added (the JDK knows them, Python 3.11 does not).
 *
 * <p>The key never changes a code point's UTF-16 length, so an index into a folded string is an
 * index into the original one (checkers need that to test {@code \b} on the original text).
 */
public final class IgnoreCase {
  private IgnoreCase() {}

  /** The representative of {@code cp}'s equivalence class under Python's IGNORECASE. */
  public static int key(int cp) {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
    switch (cp) {
      case 0x1FD3: return 0x0390; // ΐ ~ ΐ: same letter, encoded twice by Unicode
      case 0x1FE3: return 0x03B0; // ΰ ~ ΰ
      case 0xFB05: return 0xFB06; // ﬅ ~ ﬆ
      default:
        int k = Character.toLowerCase(Character.toUpperCase(cp));
        // Paranoia for the length promise above: never trade planes.
        return Character.charCount(k) == Character.charCount(cp) ? k : cp;
    }
  }

  /** {@link #key} of every char below U+0100, the common case, looked up rather than computed. */
  private static final char[] LATIN1_KEYS = latin1Keys();

  private static char[] latin1Keys() {
    char[] keys = new char[0x100];
    for (int c = 0; c < keys.length; c++) keys[c] = (char) key(c);
    return keys;
  }

  /**
   * {@code s} with every code point replaced by its {@link #key}; same UTF-16 length (the same
   * string when nothing changes).
   */
  public static String fold(CharSequence s) {
    int n = s.length();
    int i = 0;
    while (i < n && foldChar(s, i) == s.charAt(i)) i++;
    if (i == n) return s.toString();
    char[] out = new char[n];
    for (int j = 0; j < i; j++) out[j] = s.charAt(j);
    for (; i < n; i++) out[i] = foldChar(s, i);
    return new String(out);
  }

  /**
   * The folded UTF-16 unit at {@code i}. A key never leaves its plane (see {@link #key}), so a
   * BMP char folds to one char and a surrogate pair to a pair: each unit is the matching unit of
   * its code point's key.
   */
  private static char foldChar(CharSequence s, int i) {
    char c = s.charAt(i);
    if (c < 0x100) return LATIN1_KEYS[c];
    if (!Character.isSurrogate(c)) return (char) key(c);
    int cp = Character.codePointAt(s, i);
    if (cp == c) {
      // A lone high surrogate, or the low half of a pair: step back to its pair, if any.
      if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))) {
        return Character.lowSurrogate(key(Character.toCodePoint(s.charAt(i - 1), c)));
      }
      return c; // lone surrogates have no case
    }
    return Character.highSurrogate(key(cp));
  }

  /**
   * The number of non-overlapping occurrences of {@code foldedNeedle} in {@code foldedText}, both
   * {@linkplain #fold folded}, as {@code len(re.findall(needle, text, re.IGNORECASE))} counts them
   * for a needle without metacharacters. An empty needle matches at every code point boundary.
   */
  public static int count(String foldedText, String foldedNeedle) {
    if (foldedNeedle.isEmpty()) return Py.len(foldedText) + 1;
    int count = 0;
    int from = 0;
    int at;
    while ((at = foldedText.indexOf(foldedNeedle, from)) >= 0) {
      count++;
      from = at + foldedNeedle.length();
    }
    return count;
  }
}
