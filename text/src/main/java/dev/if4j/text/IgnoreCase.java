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

  /**
   * {@link #key} of every BMP char, looked up rather than computed: computing it walks the JDK's
   * case tables twice, for every char of a text in another script. Surrogates map to themselves
   * here; a pair is folded as one code point.
   */
  private static final BmpTable KEYS = new BmpTable(c -> Character.isSurrogate((char) c) ? c : key(c));

  private static char bmpKey(char c) {
    return KEYS.get(c);
  }

  /**
   * {@code s} with every code point replaced by its {@link #key}; same UTF-16 length (the same
   * string when nothing changes).
   */
  public static String fold(CharSequence s) {
    String text = s.toString();
    char[] chars = text.toCharArray();
    boolean changed = false;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (Character.isHighSurrogate(c) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
        int cp = Character.toCodePoint(c, chars[i + 1]);
        int k = key(cp);
        chars[i] = Character.highSurrogate(k);
        chars[++i] = Character.lowSurrogate(k);
        changed |= k != cp;
      } else {
        char k = bmpKey(c);
        changed |= k != c;
        chars[i] = k;
      }
    }
    return changed ? new String(chars) : text;
  }

  /**
   * The number of non-overlapping occurrences of {@code foldedNeedle} in {@code foldedText}, both
   * {@linkplain #fold folded}, as {@code len(re.findall(needle, text, re.IGNORECASE))} counts them
   * for a needle without metacharacters. An empty needle matches at every code point boundary.
   * Linear in both lengths ({@link Needle}).
   */
  public static int count(String foldedText, String foldedNeedle) {
    if (foldedNeedle.isEmpty()) return Py.len(foldedText) + 1;
    return Needle.of(foldedNeedle).count(foldedText);
  }
}
