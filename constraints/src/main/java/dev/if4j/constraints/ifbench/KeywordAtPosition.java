package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifbench.WordsAndSentences.PyInt;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.Py;
import dev.if4j.text.PyLower;
import dev.if4j.text.PyRepr;
import dev.if4j.text.TextView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code words:keywords_specific_position}: the {@code m}-th word of the {@code n}-th Punkt
 * sentence is {@code keyword}, ignoring case.
 *
 * <p>The words of the sentence are the tokens of {@code nltk.word_tokenize(sentence)} that hold a
 * letter or digit (so "," and "--" are skipped but "'s" and "n't" are words of their own); the
 * whole token must equal the keyword.
 *
 * <p>Quirks kept from the reference: a missing or empty keyword is drawn from the keyword list, a
 * missing or zero {@code n} from 20..30 and {@code m} from 30..40; the keyword is stripped. A
 * negative {@code n} or {@code m} counts from the end, as Python's indexing does, and is not
 * followed where Python's index would be out of range (IndexError). An {@code n} or {@code m}
 * written as a float ({@code 24.0}) is never followed: indexing with it raises TypeError in the
 * reference, unless the response is too short for the index to be reached (also not followed).
 *
 * <p>Earlier IFBench versions are this class configured differently ({@link #ANY_TOKEN}, {@link
 * #ANY_TOKEN_CASE_SENSITIVE}): only which tokens count as words and how they are compared changed.
 */
public final class KeywordAtPosition extends TypedConstraint {
  public static final ConstraintType TYPE = declare("case-insensitive")
      .factory(ctx -> new KeywordAtPosition(ctx, KeywordAtPosition.TYPE, false, false));

  /**
   * IFBench 8e6a9be (Jan 2026) up to 77fa122/1091c4c: the words of the sentence are all the tokens
   * of {@code nltk.word_tokenize(sentence)}, punctuation included ("," can be the m-th word).
   */
  public static final ConstraintType ANY_TOKEN = declare("case-insensitive")
      .factory(ctx -> new KeywordAtPosition(ctx, KeywordAtPosition.ANY_TOKEN, true, false));

  /** Before 8e6a9be (PR #19): as {@link #ANY_TOKEN}, and the word was compared case-sensitively. */
  public static final ConstraintType ANY_TOKEN_CASE_SENSITIVE = declare("case-sensitive")
      .factory(ctx -> new KeywordAtPosition(ctx, KeywordAtPosition.ANY_TOKEN_CASE_SENSITIVE, true, true));

  private static ConstraintType.Builder declare(String keywordCase) {
    return ConstraintType.define("words:keywords_specific_position")
        .string("keyword", "the word expected (" + keywordCase + ")")
        .integer("n", "the sentence (1-based)")
        .integer("m", "the word within that sentence (1-based)");
  }

  private final boolean everyToken;
  private final boolean caseSensitive;
  private final String keyword;
  private final String lowerKeyword;
  private final PyInt n;
  private final PyInt m;

  private KeywordAtPosition(BuildContext ctx, ConstraintType type, boolean everyToken,
      boolean caseSensitive) {
    super(type);
    this.everyToken = everyToken;
    this.caseSensitive = caseSensitive;
    String given = ctx.args().string("keyword");
    this.keyword = given == null || given.isEmpty() ? IfEvalArgs.drawKeyword(ctx) : Py.strip(given);
    this.lowerKeyword = PyLower.lower(keyword);
    PyInt n = PyInt.given(ctx, "n");
    this.n = n == null || n.value() == 0 ? PyInt.of(ctx.randint(20, 30)) : n;
    PyInt m = PyInt.given(ctx, "m");
    this.m = m == null || m.value() == 0 ? PyInt.of(ctx.randint(30, 40)) : m;
  }

  @Override
  public String describe() {
    return "Include keyword " + keyword + " in the " + n + "-th sentence, as the " + m
        + "-th word of that sentence.";
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("keyword", keyword, "n", n.arg(), "m", m.arg());
  }

  @Override
  public Verdict check(TextView response) {
    List<String> sentences = response.get(WordsAndSentencesTexts.SENTENCES);
    if (sentences.size() < n.value()) {
      return Verdict.notFollowed(() -> "found " + sentences.size() + " sentences, expected at least "
          + n);
    }
    if (n.isFloat()) {
      return Verdict.notFollowed(() -> "the reference raises TypeError here: sentence index " + n
          + " is a float");
    }
    int si = Py.index(n.value() - 1, sentences.size());
    if (si < 0) {
      return Verdict.notFollowed(() -> "the reference raises IndexError here: no sentence " + n);
    }
    List<String> tokens = WordsAndSentencesTexts.wordTokenize(response, sentences.get(si));
    // Before 1091c4c every token was a word, punctuation ones included.
    List<String> words = everyToken ? tokens : words(tokens);
    if (words.size() < m.value()) {
      return Verdict.notFollowed(() -> "sentence " + (si + 1) + " has " + words.size()
          + " words, expected at least " + m);
    }
    if (m.isFloat()) {
      return Verdict.notFollowed(() -> "the reference raises TypeError here: word index " + m
          + " is a float");
    }
    int wi = Py.index(m.value() - 1, words.size());
    if (wi < 0) {
      return Verdict.notFollowed(() -> "the reference raises IndexError here: no word " + m
          + " in sentence " + (si + 1));
    }
    String word = words.get(wi);
    boolean ok = caseSensitive ? word.equals(keyword) : PyLower.lower(word).equals(lowerKeyword);
    return Verdict.of(ok, () -> "word " + (wi + 1) + " of sentence " + (si + 1) + " is "
        + PyRepr.repr(word) + (ok ? "" : ", expected " + PyRepr.repr(keyword)));
  }

  /** The tokens with at least one alphanumeric character. */
  private static List<String> words(List<String> tokens) {
    List<String> out = new ArrayList<>();
    for (String token : tokens) {
      for (int i = 0; i < token.length(); ) {
        int cp = token.codePointAt(i);
        if (Py.isAlnum(cp)) {
          out.add(token);
          break;
        }
        i += Character.charCount(cp);
      }
    }
    return out;
  }
}
