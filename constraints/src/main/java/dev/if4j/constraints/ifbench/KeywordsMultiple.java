package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.Needle;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import dev.if4j.text.WholeWords;
import java.util.Map;

/**
 * {@code count:keywords_multiple}: five keywords occur exactly 1, 2, 3, 5 and 7 times.
 *
 * <p>As the reference: occurrences are counted with {@code str.count} on the lowercased text, so
 * they are substrings, not words ("art" is found in "start"), and do not overlap ("aa" occurs
 * twice in "aaaa"). Keywords are stripped of Python whitespace when built. An empty keyword occurs
 * {@code len(text) + 1} times (Python's count of ""), so it can only be "found once" in an empty
 * text.
 *
 * <p>Fix {@value #FIX} counts whole words only ({@link WholeWords}): "art" is no longer found in
 * "start", and an empty keyword is found nowhere.
 *
 * <p>A missing keyword is drawn with {@code random.sample(words, 1)}, as the reference draws it
 * from its own word list, which we do not ship: ours is {@link IfEvalArgs#KEYWORD_POOL}, so the
 * drawn word differs; such a constraint is reference-random anyway.
 */
public final class KeywordsMultiple extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("count:keywords_multiple")
      .string("keyword1", "must occur exactly once; missing: a random word")
      .string("keyword2", "must occur exactly twice; missing: a random word")
      .string("keyword3", "must occur exactly three times; missing: a random word")
      .string("keyword4", "must occur exactly five times; missing: a random word")
      .string("keyword5", "must occur exactly seven times; missing: a random word")
      .factory(KeywordsMultiple::new);

  /** How often each keyword must occur, in argument order. */
  private static final int[] TIMES = {1, 2, 3, 5, 7};

  /** The fix that counts keywords as whole words, not substrings. */
  public static final String FIX = "keywords-whole-words";

  private final boolean wholeWords;
  private final String[] keywords = new String[5];
  private final String[] lowered = new String[5];

  KeywordsMultiple(BuildContext ctx) {
    super(TYPE);
    for (int k = 0; k < 5; k++) {
      String given = ctx.args().string("keyword" + (k + 1));
      keywords[k] = given == null ? IfEvalArgs.drawKeyword(ctx) : Py.strip(given);
      lowered[k] = Py.lower(keywords[k]);
    }
    this.wholeWords = ctx.fixed(FIX);
  }

  @Override
  public String describe() {
    return "Include keyword " + keywords[0] + " once in your response, keyword " + keywords[1]
        + " twice in your response, keyword " + keywords[2] + " three times in your response, keyword "
        + keywords[3] + " five times in your response, and keyword " + keywords[4]
        + " seven times in your response.";
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("keyword1", keywords[0], "keyword2", keywords[1],
        "keyword3", keywords[2], "keyword4", keywords[3], "keyword5", keywords[4]);
  }

  @Override
  public Verdict check(TextView response) {
    String text = response.lower();
    for (int k = 0; k < 5; k++) {
      // Fixed: whole words; the reference counts substrings ("art" in "start").
      long found = wholeWords ? WholeWords.count(text, lowered[k]) : count(text, lowered[k]);
      if (found != TIMES[k]) {
        String keyword = keywords[k];
        int times = TIMES[k];
        return Verdict.notFollowed(() -> "found " + keyword + " " + timesWord(found) + ", expected "
            + timesWord(times));
      }
    }
    return Verdict.followed(() -> "each keyword occurs as often as asked");
  }

  /** {@code text.count(sub)}: non-overlapping occurrences; "" occurs once per gap. */
  static long count(String text, String sub) {
    if (sub.isEmpty()) return Py.len(text) + 1L;
    return Needle.of(sub).count(text);
  }

  private static String timesWord(long n) {
    return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
  }
}
