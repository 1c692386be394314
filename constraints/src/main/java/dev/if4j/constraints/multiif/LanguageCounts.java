package dev.if4j.constraints.multiif;

import dev.if4j.constraints.ifeval.Counts;
import dev.if4j.text.Analysis;
import dev.if4j.text.PyLines;
import dev.if4j.text.TextView;
import dev.if4j.text.cjk.CjkCounts;
import dev.if4j.text.hindi.DandaSentences;
import dev.if4j.text.thai.ThaiSentences;
import dev.if4j.text.thai.ThaiWords;
import java.util.Set;

/**
 * Multi-IF's word and sentence counts: {@code langdetect.detect(text)} (English when it cannot
 * tell) picks the counter, whatever language the conversation is in.
 *
 * <ul>
 *   <li>words: Thai ({@code th}) → pythainlp's {@code word_tokenize} tokens, whitespace tokens
 *       included; Chinese or Japanese ({@code zh-cn}, {@code zh-tw}, {@code ja}) → {@link
 *       CjkCounts#countWords}; otherwise Google's count (runs of {@code \w});
 *   <li>sentences: Thai → the sum over the lines of pythainlp's {@code sent_tokenize} (crfcut);
 *       Hindi ({@code hi}) → {@link DandaSentences}; Chinese or Japanese → {@link
 *       CjkCounts#countSentences}; otherwise Google's count (Punkt, English).
 * </ul>
 */
final class LanguageCounts {
  private LanguageCounts() {}

  /** langdetect's answers that Multi-IF counts as Chinese or Japanese ({@code zh} is never one). */
  private static final Set<String> CJK = Set.of("zh", "zh-cn", "zh-tw", "ja");

  /** The language that picks the counter: langdetect's guess, {@code en} where it raised. */
  static final Analysis<String> COUNTER_LANGUAGE = Analysis.of("multiif.counterLanguage", v -> {
    Counts.LanguageGuess guess = v.get(Counts.LANGUAGE);
    return guess.isDetected() ? guess.language() : "en";
  });

  /** A count and the counter that made it, for the verdict's reason. */
  record Count(int value, String counter) {}

  static final Analysis<Count> WORDS = Analysis.of("multiif.words", v -> {
    String language = v.get(COUNTER_LANGUAGE);
    if (language.equals("th")) return new Count(v.tools().loaded(ThaiWords.TOOL).count(v.text()), "Thai words (pythainlp newmm)");
    if (CJK.contains(language)) return new Count(CjkCounts.countWords(v.text()), "Chinese/Japanese characters");
    return new Count(v.get(Counts.WORDS), "words");
  });

  static final Analysis<Count> SENTENCES = Analysis.of("multiif.sentences", v -> {
    String language = v.get(COUNTER_LANGUAGE);
    if (language.equals("th")) return new Count(thaiSentences(v), "Thai sentences (pythainlp crfcut, per line)");
    if (language.equals("hi")) return new Count(DandaSentences.count(v.text()), "Hindi sentences (danda, ! and ?)");
    if (CJK.contains(language)) return new Count(CjkCounts.countSentences(v.text()), "Chinese/Japanese sentences");
    return new Count(v.get(Counts.SENTENCE_COUNT), "sentences");
  });

  /** A newline also ends a Thai sentence: crfcut runs line by line. */
  private static int thaiSentences(TextView v) {
    int n = 0;
    for (String line : PyLines.splitLines(v.text())) n += v.tools().loaded(ThaiSentences.TOOL).count(line);
    return n;
  }
}
