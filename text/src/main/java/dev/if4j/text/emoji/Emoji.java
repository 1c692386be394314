package dev.if4j.text.emoji;

/**
 * Python {@code emoji.is_emoji(s)} (emoji 2.2.0) for a string of one code point, which is how the
 * IFBench checkers call it (the last, second-to-last or first character of a sentence).
 *
 * <p>emoji 2.2.0 answers from its table of Emoji 15.0 sequences; for a single code point that
 * table holds exactly the code points with Unicode's {@code Emoji} property except the ones that
 * are emoji only as parts of sequences. So this class needs no data file; it derives the answer
 * from the JDK's Unicode properties ({@link Character#isEmoji}, JDK 21+) with three adjustments:
 *
 * <ul>
 *   <li>the keycap bases {@code 0-9 # *} (Emoji, but only emoji in {@code 1️⃣}-like sequences)
 *       are not emoji;
 *   <li>the 26 regional indicators U+1F1E6..U+1F1FF (emoji only in pairs: flags) are not emoji;
 *   <li>emoji added after Emoji 15.0 are not emoji (the package does not know them): the seven of
 *       Emoji 16.0 are listed below. A JDK whose Unicode adds more makes {@code EmojiTest} fail,
 *       naming them, so the list can be extended.
 * </ul>
 *
 * <p>Skin-tone modifiers and the four hair components (U+1F9B0..U+1F9B3) stay emoji, as in the
 * package. Measured over all code points 0..0x10FFFF on JDK 25 against Python: identical.
 */
public final class Emoji {
  private Emoji() {}

  /** Single-code-point emoji of Emoji 16.0 (JDK 25's Unicode 16), unknown to emoji 2.2.0. */
  private static final int[] NEWER_THAN_EMOJI_15 = {
    0x1FA89, 0x1FA8F, 0x1FABE, 0x1FAC6, 0x1FADC, 0x1FADF, 0x1FAE9,
  };

  /** {@code emoji.is_emoji(chr(cp))}. */
  public static boolean isEmoji(int cp) {
    if (cp < 0xA9) return false; // '#', '*', '0'..'9' are keycap bases only
    if (!Character.isEmoji(cp)) return false;
    if (cp >= 0x1F1E6 && cp <= 0x1F1FF) return false; // regional indicators: flags only in pairs
    if (cp >= 0x1FA89 && java.util.Arrays.binarySearch(NEWER_THAN_EMOJI_15, cp) >= 0) return false;
    return true;
  }

  /**
   * {@code emoji.is_emoji(s)} for a string of exactly one code point; false for any other string.
   * Multi-code-point emoji (flags, keycaps, ZWJ sequences, skin tones, {@code U+FE0F} forms) are
   * not recognised: the checkers this serves only ever pass one character.
   */
  public static boolean isEmojiChar(CharSequence s) {
    int n = s.length();
    if (n == 0 || n > 2) return false;
    int cp = Character.codePointAt(s, 0);
    return Character.charCount(cp) == n && isEmoji(cp);
  }
}
