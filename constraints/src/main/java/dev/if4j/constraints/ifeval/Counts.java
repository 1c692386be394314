package dev.if4j.constraints.ifeval;

import dev.if4j.text.Analysis;
import dev.if4j.text.BmpTable;
import dev.if4j.text.IgnoreCase;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import dev.if4j.text.langdetect.DetectionMemo;
import dev.if4j.text.langdetect.LangDetectException;
import dev.if4j.text.langdetect.LanguageDetector;
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
  public static final Analysis<Integer> WORDS =
      Analysis.of("ifeval.words", v -> v.countOfRuns(Counts.WORDS, Counts::countWords));

  /** NLTK Punkt's sentences of the text (English parameters). */
  public static final Analysis<List<String>> SENTENCES =
      Analysis.of("ifeval.sentences", v -> v.sentencesOf(v.text()));

  /** {@code instructions_util.count_sentences}: how many sentences Punkt finds. */
  public static final Analysis<Integer> SENTENCE_COUNT =
      Analysis.of("ifeval.sentenceCount", v -> v.sentenceCountOf(v.text()));

  /** How many tokens of {@code nltk.word_tokenize(text)} are {@code isupper()}. */
  public static final Analysis<Integer> CAPITAL_WORDS =
      Analysis.of("ifeval.capitalWords", v -> countCapitalWords(v));

  /** What the language guesses of a response and of its loose variants share. */
  private static final Analysis<DetectionMemo> LANGUAGE_MEMO =
      Analysis.of("ifeval.languageMemo", v -> v.tools().languages().newMemo());

  /**
   * langdetect's guess, with the view's tools' seed. It makes the text's n-grams; the random walk
   * runs when the language is asked for, or when {@link LanguageGuess#is} cannot answer without it.
   */
  public static final Analysis<LanguageGuess> LANGUAGE = Analysis.of("ifeval.language", v -> {
    LanguageDetector detector = v.tools().languages();
    LanguageDetector.Features features = detector.features(v.text(), v.origin().get(LANGUAGE_MEMO));
    if (!features.any()) return LanguageGuess.failed(LanguageDetector.NO_FEATURES);
    return new LanguageGuess(detector, features, v.tools().languageSeed());
  });

  /** The text case-folded as Python's {@code re.IGNORECASE} compares it (same UTF-16 length). */
  public static final Analysis<String> FOLDED = Analysis.of("ifeval.folded", Counts::folded);

  /**
   * A slice's fold is the same slice of its whole's fold: {@link IgnoreCase#fold} maps each code
   * point to one of the same length, and a slice splits no surrogate pair.
   */
  private static String folded(TextView v) {
    TextView whole = v.whole();
    if (whole == null) return IgnoreCase.fold(v.text());
    return whole.get(FOLDED).substring(v.from(), v.from() + v.text().length());
  }

  /**
   * What langdetect says of a text: a language code, or why it could not tell. A guess made for a
   * view ({@link #LANGUAGE}) runs the random walk on the first {@link #language()}, and {@link
   * #is} runs it only when the answer could be the language asked about.
   */
  public static final class LanguageGuess {
    private final LanguageDetector detector;
    private final LanguageDetector.Features features;
    private final long seed;
    private final String failure;
    private String language;

    private LanguageGuess(LanguageDetector detector, LanguageDetector.Features features, long seed) {
      this.detector = detector;
      this.features = features;
      this.seed = seed;
      this.failure = null;
    }

    private LanguageGuess(String language, String failure) {
      this.detector = null;
      this.features = null;
      this.seed = 0;
      this.language = language;
      this.failure = failure;
    }

    /** The guess of a detection already made. */
    public static LanguageGuess detected(String language) {
      return new LanguageGuess(language, null);
    }

    /** langdetect could not tell, for this reason ({@code null}: no features in the text). */
    public static LanguageGuess failed(String why) {
      return new LanguageGuess(null, why == null ? "no features in the text" : why);
    }

    /** The guess of {@code detect(text)}, or its failure. */
    public static LanguageGuess detect(TextView v, String text) {
      try {
        return detected(v.tools().languages().detect(text, v.tools().languageSeed()));
      } catch (LangDetectException e) {
        return failed(e.getMessage());
      }
    }

    public boolean isDetected() {
      return failure == null;
    }

    /** Why langdetect could not tell, or null. */
    public String failure() {
      return failure;
    }

    /** The language detected (null when not {@link #isDetected()}). */
    public String language() {
      if (language == null && detector != null) {
        try {
          language = detector.detect(features, seed);
        } catch (LangDetectException e) {
          throw new IllegalStateException("a text with features failed to detect", e);
        }
      }
      return language;
    }

    /** {@code language().equals(code)} for a detected guess, without the walk when it cannot be {@code code}. */
    public boolean is(String code) {
      if (language != null || detector == null) return code.equals(language);
      try {
        return detector.detects(features, seed, code);
      } catch (LangDetectException e) {
        throw new IllegalStateException("a text with features failed to detect", e);
      }
    }
  }

  /** The number of maximal runs of Python {@code \w} characters. */
  static int countWords(String text) {
    int words = 0;
    // 1 inside a run, else 0: a run starts where w & ~inWord is 1. Without a branch on it, a
    // text's word boundaries cost no mispredicted jumps.
    int inWord = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      int w;
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        w = Py.isWordChar(Character.toCodePoint(c, text.charAt(++i))) ? 1 : 0;
      } else {
        w = BMP_WORD.get(c);
      }
      words += w & ~inWord;
      inWord = w;
    }
    return words;
  }

  /**
   * {@link Py#isWordChar} of each BMP char, 1 or 0, looked up, for the word count: the JDK's answer
   * walks several tables of its Unicode data, for every char of a text in another script. (No lone
   * surrogate is a word character.)
   */
  private static final BmpTable BMP_WORD = BmpTable.of(Py::isWordChar);

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
