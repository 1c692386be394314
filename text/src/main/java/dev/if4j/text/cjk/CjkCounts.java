package dev.if4j.text.cjk;

import dev.if4j.text.Py;
import dev.if4j.text.PyLines;
import dev.if4j.text.emoji.EmojiSequences;

/**
 * Multi-IF's counts for Chinese and Japanese text ({@code count_words_chinese_japanese} and {@code
 * split_chinese_japanese} of its {@code ifeval.py}): each Han, kana or Hangul character is a word,
 * and sentences end at CJK or ASCII full stops, question and exclamation marks.
 */
public final class CjkCounts {
  private CjkCounts() {}

  /** The characters of Multi-IF's {@code non_alphanumeric_patterns}, removed before counting. */
  private static final String REMOVED = "!\"#$%&'()*+,-./:;<>?@[\\]^_`{}~\u00BB\u2014\u201C\u201D\u2026"
      + "\u3001\u3002\u300A\u300B\u300C\u300D\u3014\u3015\uFF01\uFF08\uFF09\uFF0C\uFF0E\uFF1A\uFF1B"
      + "\uFF1F\uFFE5";

  /** The characters that end a sentence in {@code split_chinese_japanese}. */
  private static final String SENTENCE_ENDS = "!?\u3002.\uFF01\uFF1F\uFF0E\n";

  /**
   * {@code count_words_chinese_japanese(text)}: after removing the punctuation above, each emoji
   * sequence is a word and is removed, each CJK character is a word, and the rest counts its
   * whitespace-separated pieces (CJK characters separate pieces).
   */
  public static int countWords(String text) {
    EmojiSequences.Removed noEmoji = EmojiSequences.remove(Py.deleteChars(text, REMOVED));
    String rest = noEmoji.text();
    int cjk = 0;
    int pieces = 0;
    boolean inPiece = false;
    for (int i = 0; i < rest.length(); ) {
      int cp = rest.codePointAt(i);
      i += Character.charCount(cp);
      boolean counted = isCountedCharacter(cp);
      if (counted) cjk++;
      boolean separates = counted || Py.isSpace(cp);
      if (!separates && !inPiece) pieces++;
      inPiece = !separates;
    }
    return noEmoji.count() + cjk + pieces;
  }

  /** Multi-IF's Chinese (two blocks of Han), Japanese (kana) and Korean (Hangul syllables) ranges. */
  static boolean isCountedCharacter(int cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0xAC00 && cp <= 0xD7AF);
  }

  /**
   * {@code len(list(split_chinese_japanese(text)))}: over the stripped lines, each maximal run of
   * characters that end no sentence is one sentence (the mark after it belongs to it; marks with no
   * text before them are no sentence).
   */
  public static int countSentences(String text) {
    int sentences = 0;
    for (String line : PyLines.splitLines(text)) {
      String s = Py.strip(line);
      boolean inRun = false;
      for (int i = 0; i < s.length(); i++) {
        boolean end = SENTENCE_ENDS.indexOf(s.charAt(i)) >= 0;
        if (!end && !inRun) sentences++;
        inRun = !end;
      }
    }
    return sentences;
  }
}
