package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifbench.WordsAndSentencesTexts.Ends;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.Py;
import dev.if4j.text.PyLower;
import dev.if4j.text.PyRepr;
import dev.if4j.text.TextView;
import dev.if4j.text.WholeWords;
import java.util.List;
import java.util.Map;

/**
 * {@code words:words_position}: the second token of {@code nltk.word_tokenize(response)} and the
 * second-to-last one are both {@code keyword}, ignoring case.
 *
 * <p>Quirks kept from the reference: when the last token is punctuation (one that is a substring
 * of Python's {@code string.punctuation}, such as "." or "!", but not "..." or "''"), the token
 * checked at the end is the third-to-last, not the second-to-last: "The cat sat with the cat."
 * needs "the" there. Markdown counts as tokens ("*" is the second token of "**Bold** text"). A
 * missing keyword is drawn from the keyword list; a given one is stripped, and an empty one never
 * matches.
 *
 * <p>Only the sentences at the two ends of the response are tokenized: the verdict needs the first
 * two and the last three tokens.
 *
 * <p>Fix {@value #FIX} reads words as words: tokens with no letter or digit ("," "." "**" "''")
 * are dropped, then the second and the second-to-last are compared.
 *
 * <p>Earlier IFBench versions are this class configured differently ({@link
 * #ALWAYS_SECOND_TO_LAST}, {@link #ALWAYS_SECOND_TO_LAST_CASE_SENSITIVE}).
 */
public final class SecondAndSecondToLastWord extends TypedConstraint {
  public static final ConstraintType TYPE = declare("case-insensitive")
      .factory(ctx -> new SecondAndSecondToLastWord(ctx, SecondAndSecondToLastWord.TYPE, true, false));

  /**
   * IFBench 8e6a9be (Jan 2026) up to 86ee248: the token checked at the end is always the
   * second-to-last, even after a final "." ("The cat sat with the cat." follows for "cat": its
   * tokens end "cat", ".").
   */
  public static final ConstraintType ALWAYS_SECOND_TO_LAST = declare("case-insensitive")
      .factory(ctx -> new SecondAndSecondToLastWord(ctx,
          SecondAndSecondToLastWord.ALWAYS_SECOND_TO_LAST, false, false));

  /** Before 8e6a9be (PR #19): as {@link #ALWAYS_SECOND_TO_LAST}, and compared case-sensitively. */
  public static final ConstraintType ALWAYS_SECOND_TO_LAST_CASE_SENSITIVE = declare("case-sensitive")
      .factory(ctx -> new SecondAndSecondToLastWord(ctx,
          SecondAndSecondToLastWord.ALWAYS_SECOND_TO_LAST_CASE_SENSITIVE, false, true));

  private static ConstraintType.Builder declare(String keywordCase) {
    return ConstraintType.define("words:words_position")
        .string("keyword", "the word expected second and second to last (" + keywordCase + ")");
  }

  /** The fix that skips punctuation tokens when finding the words. */
  public static final String FIX = "words-position-skip-punctuation";

  private final boolean skipFinalPunctuation;
  private final boolean caseSensitive;
  private final boolean skipPunctuation;
  private final String keyword;
  private final String lowerKeyword;

  private SecondAndSecondToLastWord(BuildContext ctx, ConstraintType type,
      boolean skipFinalPunctuation, boolean caseSensitive) {
    super(type);
    this.skipFinalPunctuation = skipFinalPunctuation;
    this.caseSensitive = caseSensitive;
    String given = ctx.args().string("keyword");
    this.keyword = given == null ? IfEvalArgs.drawKeyword(ctx) : Py.strip(given);
    this.lowerKeyword = PyLower.lower(keyword);
    // The fix is one of the pinned checker's; the earlier versions are judged as they were.
    this.skipPunctuation = skipFinalPunctuation && ctx.fixed(FIX);
  }

  @Override
  public String describe() {
    return "The second word in your response and the second to last word in your response should be the word "
        + keyword + ".";
  }

  @Override
  public Map<String, Object> args() {
    return Map.of("keyword", keyword);
  }

  @Override
  public Verdict check(TextView response) {
    if (skipPunctuation) return checkWords(response);
    Ends tokens = WordsAndSentencesTexts.tokenEnds(response, 2, skipFinalPunctuation ? 3 : 2);
    if (!tokens.hasAtLeast(2)) return Verdict.notFollowed(() -> "fewer than 2 tokens");
    int back = -2;
    if (skipFinalPunctuation && Py.PUNCTUATION.contains(tokens.at(-1))) {
      if (!tokens.hasAtLeast(3)) return Verdict.notFollowed(() -> "fewer than 3 tokens");
      back = -3;
    }
    String second = tokens.at(1);
    String late = tokens.at(back);
    boolean ok = isKeyword(second) && isKeyword(late);
    String which = back == -2 ? "second-to-last" : "third-to-last";
    return Verdict.of(ok, () -> "the second token is " + PyRepr.repr(second) + " and the " + which
        + " is " + PyRepr.repr(late) + ", expected " + PyRepr.repr(keyword));
  }

  /** Fixed: the words are the tokens with a letter or digit (the reference counts "," and "."). */
  private Verdict checkWords(TextView response) {
    List<String> words = WordsAndSentencesTexts.wordTokenize(response, response.text()).stream()
        .filter(WholeWords::isWordToken).toList();
    if (words.size() < 2) return Verdict.notFollowed(() -> "fewer than 2 words");
    String second = words.get(1);
    String late = words.get(words.size() - 2);
    boolean ok = isKeyword(second) && isKeyword(late);
    return Verdict.of(ok, () -> "the second word is " + PyRepr.repr(second) + " and the second-to-last is "
        + PyRepr.repr(late) + ", expected " + PyRepr.repr(keyword));
  }

  private boolean isKeyword(String word) {
    return caseSensitive ? word.equals(keyword) : PyLower.lower(word).equals(lowerKeyword);
  }
}
