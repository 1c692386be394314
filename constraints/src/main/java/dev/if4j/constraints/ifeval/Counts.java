package dev.if4j.constraints.ifeval;

import dev.if4j.text.Analysis;
import dev.if4j.text.IgnoreCase;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import dev.if4j.text.langdetect.DetectionMemo;
import dev.if4j.text.langdetect.LangDetectException;
import dev.if4j.text.treebank.NltkWordTokenizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Facts about a response that several IFEval instructions (and the loose variants of one) ask
 * for: each is computed at most once per {@link TextView}.
 */
public final class Counts {
  private Counts() {}

  /** {@code instructions_util.count_words}: the matches of NLTK's {@code RegexpTokenizer(r"\w+")}. */
  public static final Analysis<Integer> WORDS = Analysis.of("ifeval.words", v -> countWords(v.text()));

  /** NLTK Punkt's sentences of the text (English parameters). */
  public static final Analysis<List<String>> SENTENCES =
      Analysis.of("ifeval.sentences", v -> v.tools().punkt().tokenize(v.text()));

  /** {@code instructions_util.count_sentences}: how many sentences Punkt finds. */
  public static final Analysis<Integer> SENTENCE_COUNT =
      Analysis.of("ifeval.sentenceCount", v -> v.tools().punkt().countSentences(v.text()));

  /** How many tokens of {@code nltk.word_tokenize(text)} are {@code isupper()}. */
  public static final Analysis<Integer> CAPITAL_WORDS =
      Analysis.of("ifeval.capitalWords", v -> countCapitalWords(v));

  /** What the language guesses of a response and of its loose variants share. */
  private static final Analysis<DetectionMemo> LANGUAGE_MEMO =
      Analysis.of("ifeval.languageMemo", v -> v.tools().languages().newMemo());

  /** langdetect's guess, with the view's tools' seed. */
  public static final Analysis<LanguageGuess> LANGUAGE = Analysis.of("ifeval.language", v -> {
    try {
      DetectionMemo memo = v.origin().get(LANGUAGE_MEMO);
      return LanguageGuess.detected(
          v.tools().languages().detect(v.text(), v.tools().languageSeed(), memo));
    } catch (LangDetectException e) {
      return LanguageGuess.failed(e.getMessage());
    }
  });

  /** The text case-folded as Python's {@code re.IGNORECASE} compares it (same UTF-16 length). */
  public static final Analysis<String> FOLDED =
      Analysis.of("ifeval.folded", v -> IgnoreCase.fold(v.text()));

  /** What langdetect said: a language code, or why it could not tell. */
  public record LanguageGuess(String language, String failure) {
    static LanguageGuess detected(String language) {
      return new LanguageGuess(language, null);
    }

    static LanguageGuess failed(String why) {
      return new LanguageGuess(null, why == null ? "no features in the text" : why);
    }

    public boolean isDetected() {
      return language != null;
    }
  }

  /** The number of maximal runs of Python {@code \w} characters. */
  static int countWords(String text) {
    int words = 0;
    boolean inWord = false;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean w;
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        w = Py.isWordChar(Character.toCodePoint(c, text.charAt(++i)));
      } else {
        w = (BMP_WORD[c >>> 6] >>> c & 1) != 0;
      }
      if (w && !inWord) words++;
      inWord = w;
    }
    return words;
  }

  /**
   * {@link Py#isWordChar} of each BMP char, one bit each (8 KB), for the word count: the JDK's
   * answer walks several tables of its Unicode data, for every char of a text in another script.
   * (No lone surrogate is a word character.)
   */
  private static final long[] BMP_WORD = new long[0x10000 / 64];

  static {
    for (int c = 0; c < 0x10000; c++) {
      if (Py.isWordChar(c)) BMP_WORD[c >>> 6] |= 1L << c;
    }
  }

  private static int countCapitalWords(TextView v) {
    int capitals = 0;
    NltkWordTokenizer tokenizer = NltkWordTokenizer.instance();
    Map<String, Integer> known = v.origin().get(CAPITALS_BY_SENTENCE);
    for (String sentence : v.get(SENTENCES)) {
      capitals += known.computeIfAbsent(sentence, tokenizer::countUpperCaseTokens);
    }
    return capitals;
  }

  /**
   * The capital-word count of each sentence seen so far in a response or its loose variants,
   * which share most of their sentences: each is word-tokenized once.
   */
  private static final Analysis<Map<String, Integer>> CAPITALS_BY_SENTENCE =
      Analysis.of("ifeval.capitalsBySentence", v -> new HashMap<>());
}
