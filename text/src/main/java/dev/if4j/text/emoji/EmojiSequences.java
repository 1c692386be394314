package dev.if4j.text.emoji;

/**
 * The emoji in a text as emoji 2.2.0's {@code emoji_count} / {@code replace_emoji(text, "")} find
 * them: whole sequences (flags, keycaps, skin tones, {@code U+FE0F} forms, ZWJ sequences, tag
 * sequences) count once and are removed whole.
 *
 * <p>emoji 2.2.0 matches the longest sequence of its table (Emoji 15.0's RGI sequences). We hold no
 * table of sequences: a sequence is recognised by its grammar (UTS #51's {@code
 * emoji_zwj_sequence}), one emoji each ({@link Emoji#isEmoji}) joined by {@code U+200D}. On RGI
 * sequences, which are what text holds, both give the same count; they differ on sequences outside
 * the RGI set (a regional-indicator pair that names no country, a ZWJ join of two unrelated emoji,
 * {@code U+FE0F} after an emoji that is already emoji-presentation), which the package splits or
 * leaves partly in the text.
 */
public final class EmojiSequences {
  private EmojiSequences() {}

  private static final int ZWJ = 0x200D;
  private static final int VS16 = 0xFE0F;
  private static final int KEYCAP = 0x20E3;

  /** A text with its emoji removed, and how many there were. */
  public record Removed(String text, int count) {}

  /** {@code (replace_emoji(text, ""), emoji_count(text))}. */
  public static Removed remove(String text) {
    StringBuilder out = null;
    int count = 0;
    int n = text.length();
    int copiedTo = 0;
    for (int i = 0; i < n; ) {
      int end = sequenceEnd(text, i);
      if (end > i) {
        if (out == null) out = new StringBuilder(n);
        out.append(text, copiedTo, i);
        copiedTo = end;
        count++;
        i = end;
      } else {
        i += Character.charCount(text.codePointAt(i));
      }
    }
    if (out == null) return new Removed(text, 0);
    out.append(text, copiedTo, n);
    return new Removed(out.toString(), count);
  }

  /** The end of the emoji sequence starting at {@code i}, or {@code i} where none starts. */
  static int sequenceEnd(String s, int i) {
    int cp = s.codePointAt(i);
    if (isRegionalIndicator(cp)) {
      int j = i + 2;
      return j < s.length() && isRegionalIndicator(s.codePointAt(j)) ? j + 2 : i;
    }
    if (isKeycapBase(cp)) {
      int j = i + 1;
      if (j < s.length() && s.charAt(j) == VS16) j++;
      return j < s.length() && s.charAt(j) == KEYCAP ? j + 1 : i;
    }
    int end = elementEnd(s, i);
    if (end == i) return i;
    // ZWJ sequence: more elements, each after a zero-width joiner.
    while (end + 1 < s.length() && s.charAt(end) == ZWJ) {
      int next = elementEnd(s, end + 1);
      if (next == end + 1) break;
      end = next;
    }
    return end;
  }

  /** One emoji with its presentation selector, skin tone or tag sequence; {@code i} if none. */
  private static int elementEnd(String s, int i) {
    int cp = s.codePointAt(i);
    if (!Emoji.isEmoji(cp)) return i;
    int j = i + Character.charCount(cp);
    if (j >= s.length()) return j;
    int next = s.codePointAt(j);
    if (next == VS16 && !Character.isEmojiPresentation(cp)) return j + 1;
    if (isSkinTone(next) && Character.isEmojiModifierBase(cp)) return j + 2;
    if (cp == 0x1F3F4 && isTag(next)) {
      // Subdivision flags: black flag, tag letters, cancel tag.
      int k = j;
      while (k < s.length() && isTag(s.codePointAt(k)) && s.codePointAt(k) != 0xE007F) k += 2;
      if (k < s.length() && s.codePointAt(k) == 0xE007F) return k + 2;
    }
    return j;
  }

  private static boolean isRegionalIndicator(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }

  private static boolean isKeycapBase(int cp) {
    return cp == '#' || cp == '*' || (cp >= '0' && cp <= '9');
  }

  private static boolean isSkinTone(int cp) {
    return cp >= 0x1F3FB && cp <= 0x1F3FF;
  }

  private static boolean isTag(int cp) {
    return cp >= 0xE0020 && cp <= 0xE007F;
  }
}
