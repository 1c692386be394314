package dev.if4j.text.langdetect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Work that detections of closely related texts can share, such as a response and its loose
 * variants (the same lines, some dropped, some without {@code *}). Create one per group of texts
 * with {@link LanguageDetector#newMemo()} and make each text's n-grams with it ({@link
 * LanguageDetector#features}); drop it with the group. Not thread-safe.
 *
 * <p>It keeps the n-grams of each distinct line (langdetect's n-gram window restarts at every
 * line break, see {@link LanguageDetector#lineGrams}) with the languages that outrank the last
 * language asked about on them ({@link LanguageDetector#detects}), and the answer for each
 * distinct n-gram sequence: the answer depends on nothing else but the seed, and removing {@code
 * *} often leaves the sequence unchanged ({@code *} counts as a space, and markdown stars mostly
 * touch one).
 */
public final class DetectionMemo {
  final Map<String, LineGrams> lines = new HashMap<>();
  private final List<Answer> answers = new ArrayList<>(2);

  DetectionMemo() {}

  /** The n-grams of one line, from a fresh window, and what the line contributes to the counts. */
  static final class LineGrams {
    private final int[] codes;
    private final int[] tail;
    private final int latin;
    private final int other;
    /** The language the masks below are for (-1: none yet): a response is asked about one or two. */
    private int maskLanguage = -1;
    private long codesMask;
    private long tailMask;

    LineGrams(int[] codes, int[] tail, int latin, int other) {
      this.codes = codes;
      this.tail = tail;
      this.latin = latin;
      this.other = other;
    }

    int[] codes() {
      return codes;
    }

    int[] tail() {
      return tail;
    }

    int latin() {
      return latin;
    }

    int other() {
      return other;
    }

    /**
     * The earlier languages at least as probable as {@code language} on every n-gram of this line
     * (and of its tail, {@code withTail}: a line followed by another), as {@link
     * NgramTable#atLeastAsLikely} gives them; kept for the line's other texts.
     */
    long outranking(NgramTable table, int language, boolean withTail) {
      if (maskLanguage != language) {
        codesMask = table.atLeastAsLikely(codes, language);
        tailMask = table.atLeastAsLikely(tail, language);
        maskLanguage = language;
      }
      return withTail ? codesMask & tailMask : codesMask;
    }
  }

  private record Answer(int[] codes, long seed, String language) {}

  /**
   * The answer recorded for this n-gram sequence and seed, or null. A response has at most eight
   * texts: comparing the sequences (lengths first, then a vectorised mismatch) beats hashing them.
   */
  String answer(int[] codes, long seed) {
    for (Answer a : answers) {
      if (a.seed == seed && a.codes.length == codes.length && Arrays.equals(a.codes, codes)) {
        return a.language;
      }
    }
    return null;
  }

  void record(int[] codes, long seed, String language) {
    answers.add(new Answer(codes, seed, language));
  }
}
