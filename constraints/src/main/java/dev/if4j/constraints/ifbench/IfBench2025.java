package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.Counts;
import dev.if4j.constraints.versions.Overrides;
import dev.if4j.text.Py;
import dev.if4j.text.PyLower;
import dev.if4j.text.PyRepr;
import dev.if4j.text.RuleSentenceSplitter;
import dev.if4j.text.TextView;
import dev.if4j.text.emoji.Emoji;
import dev.if4j.text.treebank.NltkWordTokenizer;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * IFBench's checkers as they were in 2025, where they differ from {@link KeywordAtPosition#ANY_TOKEN}
 * and the other 8e6a9be (Jan 2026) ones: the paper version 8a66c06 (2025-07-02) and the leaderboard
 * re-scoring c62b347 (2025-11-11). Each constant is one checker of one version; its comment says
 * what 8e6a9be (PR #19) or 45c44d1/c94da02 changed.
 */
public final class IfBench2025 {
  private IfBench2025() {}

  private static final String INDEX_ERROR = "IndexError: list index out of range";
  private static final String ZERO_DIVISION = "ZeroDivisionError: division by zero";
  private static final String EDGE = Py.PUNCTUATION + " ";

  /**
   * Before 8e6a9be, {@code split_into_sentences} was IFEval's rule-based splitter, not Punkt: the
   * checkers that split sentences see its pieces.
   */
  static final UnaryOperator<TextView> RULE_SENTENCES =
      v -> v.with(Counts.SENTENCES, RuleSentenceSplitter.split(v.text()));

  // --- c62b347 (and 8a66c06): changed by 8e6a9be ---

  public static final ConstraintType SENTENCE_TYPE = Overrides.onView(SentenceTypeRatio.TYPE, RULE_SENTENCES);
  public static final ConstraintType SENTENCE_BALANCE = Overrides.onView(SentenceBalance.TYPE, RULE_SENTENCES);
  public static final ConstraintType ALLITERATION_INCREMENT =
      Overrides.onView(IncreasingAlliteration.TYPE, RULE_SENTENCES);
  public static final ConstraintType SENTENCE_WORDS = Overrides.onView(EqualLengthSentences.TYPE, RULE_SENTENCES);
  public static final ConstraintType SENTENCE_INCREMENT =
      Overrides.onView(IncrementingWordCount.TYPE, RULE_SENTENCES);
  /** The emoji check of 45c44d1 (guarded against empty sentences) on rule-based sentences. */
  public static final ConstraintType EMOJI = Overrides.onView(EmojiSentenceEnds.TYPE, RULE_SENTENCES);

  /** Words matched case-sensitively, every token a word, rule-based sentences. */
  public static final ConstraintType KEYWORDS_SPECIFIC_POSITION =
      Overrides.onView(KeywordAtPosition.ANY_TOKEN_CASE_SENSITIVE, RULE_SENTENCES);
  /** Words matched case-sensitively. */
  public static final ConstraintType WORDS_POSITION = SecondAndSecondToLastWord.ALWAYS_SECOND_TO_LAST_CASE_SENSITIVE;

  /** No words (no {@code \w+}): 8e6a9be guards the division. */
  public static final ConstraintType STOP_WORDS = Overrides.raisingWhen(StopWordRatio.TYPE,
      v -> v.get(Counts.WORDS) == 0, ZERO_DIVISION);
  /** Under 3 characters there is no trigram: 8e6a9be guards the division. */
  public static final ConstraintType OVERLAP = Overrides.raisingWhen(TrigramOverlap.TYPE,
      v -> Py.len(v.text()) < 3, ZERO_DIVISION);
  /** No word once punctuation is deleted: c6767a1 (1a902f9) guards {@code words[0]}. */
  public static final ConstraintType ALPHABET = Overrides.raisingWhen(AlphabetLoop.TYPE,
      v -> Py.splitWhitespace(Py.deleteChars(v.text(), Py.PUNCTUATION)).isEmpty(), INDEX_ERROR);

  /** A listed name anywhere in the text, even inside a word ("Leo" in "Leonard"). */
  public static final ConstraintType PERSON_NAMES = Overrides.checking(PersonNames.TYPE, (args, v) -> {
    long found = PersonNames.NAMES.stream().filter(v.text()::contains).count();
    double n = ((Number) args.get("N")).doubleValue();
    return Verdict.of(found >= n, () -> "found " + found + " listed names (as substrings), expected at least "
        + args.get("N"));
  });

  /** The keyword as a substring of the N-th rule-based sentence, ignoring case. */
  public static final ConstraintType SENTENCE_KEYWORD = Overrides.checking(KeywordInSentence.TYPE,
      (args, v) -> {
        List<String> sentences = RuleSentenceSplitter.split(v.text());
        long n = ((Number) args.get("N")).longValue();
        if (sentences.size() < n) {
          return Verdict.notFollowed(() -> "found " + sentences.size() + " sentences, expected at least " + n);
        }
        int index = Py.index(n - 1, sentences.size());
        if (index < 0) return Verdict.referenceRaises(INDEX_ERROR);
        String word = PyLower.lower((String) args.get("word"));
        boolean found = PyLower.lower(sentences.get(index)).contains(word);
        return Verdict.of(found, () -> (found ? "found " : "did not find ") + PyRepr.repr(word)
            + " in sentence " + (index + 1));
      });

  /** Personal pronouns among the whitespace-separated words, ASCII punctuation deleted. */
  public static final ConstraintType PRONOUNS = Overrides.checking(Pronouns.PERSONAL_ONLY, (args, v) -> {
    String text = Py.deleteChars(Py.lower(v.text().replace('/', ' ')), Py.PUNCTUATION);
    long found = Py.splitWhitespace(text).stream().filter(Pronouns.PERSONAL::contains).count();
    double n = ((Number) args.get("N")).doubleValue();
    return Verdict.of(found >= n, () -> "found " + found + " pronouns, expected at least " + args.get("N"));
  });

  /** Sentence i's last word is sentence i+1's first; a sentence without words raises. */
  public static final ConstraintType LAST_FIRST = Overrides.checking(LastWordFirstNext.TYPE, (args, v) -> {
    List<String> sentences = RuleSentenceSplitter.split(v.text());
    for (int i = 0; i + 1 < sentences.size(); i++) {
      String last = WordsAndSentencesTexts.lastPiece(WordsAndSentencesTexts.rstrip(sentences.get(i), EDGE));
      String first = WordsAndSentencesTexts.firstPiece(WordsAndSentencesTexts.lstrip(sentences.get(i + 1), EDGE));
      if (last == null || first == null) return Verdict.referenceRaises(INDEX_ERROR);
      if (!PyLower.lower(last).equals(PyLower.lower(first))) {
        int index = i + 1;
        return Verdict.notFollowed(() -> "sentence " + index + " ends with " + PyRepr.repr(last)
            + " but the next starts with " + PyRepr.repr(first));
      }
    }
    return Verdict.followed(() -> "each sentence starts with the previous one's last word");
  });

  /** 26 rule-based sentences starting a..z; a blank sentence raises. */
  public static final ConstraintType SENTENCE_ALPHABET = Overrides.checking(AlphabeticalSentenceStarts.TYPE,
      (args, v) -> {
        List<String> sentences = RuleSentenceSplitter.split(v.text());
        if (sentences.size() != 26) {
          return Verdict.notFollowed(() -> "found " + sentences.size() + " sentences, expected 26");
        }
        for (int i = 0; i < 26; i++) {
          List<String> words = Py.splitWhitespace(sentences.get(i));
          if (words.isEmpty()) return Verdict.referenceRaises(INDEX_ERROR);
          int letter = 'a' + i;
          int number = i + 1;
          if (PyLower.lower(words.get(0)).codePointAt(0) != letter) {
            return Verdict.notFollowed(() -> "sentence " + number + " does not start with '"
                + (char) letter + "'");
          }
        }
        return Verdict.followed(() -> "26 sentences starting with a to z");
      });

  /** Curly double quotes count as '"' (8e6a9be lost this mapping); nothing left raises. */
  public static final ConstraintType QUOTE_UNQUOTE = Overrides.checking(QuoteExplanations.TYPE, (args, v) -> {
    String s = v.text().replace('\u201c', '"').replace('\u201d', '"').replace("'\"'", "");
    StringBuilder compact = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (!Py.isSpace(s.charAt(i))) compact.append(s.charAt(i));
    }
    if (compact.indexOf("\"\"") >= 0) {
      return Verdict.notFollowed(() -> "two double quotes meet with nothing but whitespace between them");
    }
    String stripped = Py.strip(compact.toString(), Py.DIGITS + Py.PUNCTUATION.replace("\"", ""));
    if (stripped.isEmpty()) return Verdict.referenceRaises(INDEX_ERROR);
    boolean endsQuoted = stripped.charAt(stripped.length() - 1) == '"';
    return Verdict.of(!endsQuoted, () -> endsQuoted ? "the response ends with a quote"
        : "no quote is left without an explanation after it");
  });

  /**
   * Title case as judged before 8e6a9be: a token fails only when its first character is lower case
   * and the rest is all lower or all upper case, so a one-letter "a" passes (Python's {@code
   * "".islower()} is false) and tokens not starting with a letter are judged too.
   */
  public static final ConstraintType TITLE_CASE = Overrides.checking(TitleCase.TYPE, (args, v) -> {
    NltkWordTokenizer tokenizer = NltkWordTokenizer.instance();
    for (String sentence : v.get(Counts.SENTENCES)) {
      for (String token : tokenizer.tokenize(sentence)) {
        int first = token.codePointAt(0);
        String rest = token.substring(Character.charCount(first));
        String head = new String(Character.toChars(first));
        if (Py.isLower(head) && (Py.isUpper(rest) || Py.isLower(rest))) {
          return Verdict.notFollowed(() -> "the word '" + token + "' is not capitalised");
        }
      }
    }
    return Verdict.followed(() -> "no word starts lower-case");
  });

  /** At least two rule-based sentences before the first of two or more bullets. */
  public static final ConstraintType NO_BULLETS_BULLETS = Overrides.checking(SentencesThenBullets.TYPE,
      (args, v) -> {
        boolean inSentences = true;
        int sentences = 0;
        int bullets = 0;
        for (String raw : Py.split(v.text(), "\n")) {
          String line = Py.strip(raw);
          if (line.startsWith("*")) {
            inSentences = false;
            if (sentences < 2) return Verdict.notFollowed(() -> "fewer than 2 sentences before the first bullet");
            bullets++;
          } else if (inSentences) {
            int here = RuleSentenceSplitter.split(line).size();
            sentences += here;
            inSentences = here > 0;
          } else {
            return Verdict.notFollowed(() -> "a line after the sentences is not a bullet");
          }
        }
        int b = bullets;
        return Verdict.of(b >= 2, () -> "found " + b + " bullets after the sentences, expected at least 2");
      });

  // --- 8a66c06 only: changed by 45c44d1 / c94da02 ---

  /** The repeat compares the characters after the first (c94da02 compares the words after the first). */
  public static final ConstraintType REPEAT_CHANGE = Overrides.checking(RepeatWithNewFirstWord.TYPE,
      (args, v) -> {
        String prompt = (String) args.get("prompt_to_repeat");
        String text = v.text();
        if (text.equals(prompt)) return Verdict.notFollowed(() -> "the response is the request unchanged");
        boolean same = afterFirst(text).equals(afterFirst(prompt));
        return Verdict.of(same, () -> same ? "the response is the request after its first character"
            : "after the first character, the response differs from the request");
      });

  /** An empty sentence (punctuation only) raises: 45c44d1 added the guards. */
  public static final ConstraintType EMOJI_UNGUARDED = Overrides.checking(EmojiSentenceEnds.TYPE,
      (args, v) -> {
        List<String> sentences = RuleSentenceSplitter.split(v.text());
        for (int i = 0; i < sentences.size(); i++) {
          String stripped = Py.strip(Py.deleteChars(sentences.get(i), Py.PUNCTUATION));
          if (stripped.isEmpty()) return Verdict.referenceRaises(INDEX_ERROR);
          int last = stripped.codePointBefore(stripped.length());
          int secondLast = Py.len(stripped) > 1
              ? stripped.codePointBefore(stripped.length() - Character.charCount(last)) : last;
          if (Emoji.isEmoji(last) || Emoji.isEmoji(secondLast)) continue;
          int number = i + 1;
          if (i == sentences.size() - 1) {
            return Verdict.notFollowed(() -> "the last sentence (" + number + ") does not end with an emoji");
          }
          String next = Py.strip(Py.deleteChars(sentences.get(i + 1), Py.PUNCTUATION));
          if (next.isEmpty()) return Verdict.referenceRaises(INDEX_ERROR);
          if (!Emoji.isEmoji(next.codePointAt(0))) {
            return Verdict.notFollowed(() -> "sentence " + number + " does not end with an emoji");
          }
        }
        return Verdict.followed(() -> "every sentence ends with an emoji");
      });

  /** A line of punctuation only raises (ce81337 skips it). */
  public static final ConstraintType PARAGRAPH_LAST_FIRST = Overrides.checking(ParagraphEndsWithFirstWord.TYPE,
      (args, v) -> {
        List<String> lines = Py.split(v.text(), "\n");
        for (int i = 0; i < lines.size(); i++) {
          String paragraph = PyLower.lower(Py.strip(lines.get(i)));
          if (paragraph.isEmpty()) continue;
          List<String> words = Py.splitWhitespace(Py.strip(paragraph, EDGE));
          if (words.isEmpty()) return Verdict.referenceRaises(INDEX_ERROR);
          if (!words.get(0).equals(words.get(words.size() - 1))) {
            int index = i + 1;
            return Verdict.notFollowed(() -> "line " + index + " does not end with its first word");
          }
        }
        return Verdict.followed(() -> "every line ends with its first word");
      });

  /** {@code s[1:]}: everything after the first code point. */
  private static String afterFirst(String s) {
    return s.isEmpty() ? s : s.substring(s.offsetByCodePoints(0, 1));
  }

  /** The types c62b347 judges differently from 8e6a9be. */
  public static List<ConstraintType> leaderboard2025() {
    return List.of(SENTENCE_TYPE, SENTENCE_BALANCE, ALLITERATION_INCREMENT, SENTENCE_WORDS,
        SENTENCE_INCREMENT, EMOJI, KEYWORDS_SPECIFIC_POSITION, WORDS_POSITION, STOP_WORDS, OVERLAP,
        ALPHABET, PERSON_NAMES, SENTENCE_KEYWORD, PRONOUNS, LAST_FIRST, SENTENCE_ALPHABET,
        QUOTE_UNQUOTE, TITLE_CASE, NO_BULLETS_BULLETS);
  }

  /** The types 8a66c06 judges differently from c62b347. */
  public static List<ConstraintType> paper2025() {
    return List.of(REPEAT_CHANGE, EMOJI_UNGUARDED, PARAGRAPH_LAST_FIRST);
  }
}
