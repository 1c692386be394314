package dev.if4j.text.emoji;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The emoji in a text as emoji 2.2.0's {@code emoji_count} / {@code replace_emoji(text, "")} find
 * them: whole sequences (flags, keycaps, skin tones, {@code U+FE0F} forms, ZWJ sequences, tag
 * sequences) count once and are removed whole.
 *
 * <p>emoji 2.2.0 walks its table of Emoji 15.0's sequences ({@code emoji-test.txt}) as far as the
 * text follows it. We hold no table: a sequence is recognised by its grammar (UTS #51), each
 * element an emoji ({@link Emoji#isEmoji}) with its presentation selector or skin tone, elements
 * joined by {@code U+200D}; flags are the pairs of regional indicators that name one of the 258
 * regions with a flag; keycaps and tag sequences as the standard writes them. Variation selectors
 * no emoji took are dropped, as the package drops them. Compared with emoji 2.2.0 through Multi-IF's
 * {@code count_words_chinese_japanese} on 1,202 Chinese texts with emoji of every kind inserted:
 * the same count on all but 5, each holding a zero-width joiner outside the standard's sequences
 * (a join of two unrelated emoji, {@code ©‍✌}; an emoji, a joiner and a letter), where the package
 * counts parts, or nothing, and leaves the joiner in the text: its walk does not back up.
 */
public final class EmojiSequences {
  private EmojiSequences() {}

  private static final int ZWJ = 0x200D;
  private static final int VS15 = 0xFE0E;
  private static final int VS16 = 0xFE0F;
  private static final int KEYCAP = 0x20E3;

  /** A text with its emoji removed, and how many there were. */
  public record Removed(String text, int count) {}

  /**
   * {@code (replace_emoji(text, ""), emoji_count(text))}. Like the package's {@code demojize}, it
   * also drops every variation selector ({@code U+FE0E}, {@code U+FE0F}) that no emoji took.
   */
  public static Removed remove(String text) {
    StringBuilder out = null;
    int count = 0;
    int n = text.length();
    int copiedTo = 0;
    for (int i = 0; i < n; ) {
      int end = sequenceEnd(text, i);
      boolean selector = text.charAt(i) == VS15 || text.charAt(i) == VS16;
      if (end > i || selector) {
        if (out == null) out = new StringBuilder(n);
        out.append(text, copiedTo, i);
        if (end > i) {
          count++;
        } else {
          end = i + 1;
        }
        copiedTo = end;
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
      return j < s.length() && isRegionalIndicator(s.codePointAt(j)) && isFlag(cp, s.codePointAt(j)) ? j + 2 : i;
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

  /**
   * The regions of Emoji 15.0's flags: ISO 3166-1 (the JDK's list, 249 codes; a JDK whose list
   * changes makes {@code EmojiSequencesTest} fail) and the nine other CLDR regions with a flag.
   */
  private static final Set<String> FLAG_REGIONS = flagRegions();

  private static Set<String> flagRegions() {
    Set<String> regions = new HashSet<>(Arrays.asList(Locale.getISOCountries()));
    regions.addAll(List.of("AC", "CP", "DG", "EA", "EU", "IC", "TA", "UN", "XK"));
    return Set.copyOf(regions);
  }

  /** Whether two regional indicators make a flag emoji 2.2.0 knows (else neither is an emoji). */
  static boolean isFlag(int first, int second) {
    return FLAG_REGIONS.contains("" + (char) ('A' + first - 0x1F1E6) + (char) ('A' + second - 0x1F1E6));
  }

  static int flagRegionCount() {
    return FLAG_REGIONS.size();
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
