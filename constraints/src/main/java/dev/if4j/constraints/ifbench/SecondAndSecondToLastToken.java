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
import java.util.Map;

/**
 * {@code words:words_position} of IFBench 8e6a9be (Jan 2026) up to 86ee248: as {@link
 * SecondAndSecondToLastWord}, but the token checked at the end is always the second-to-last, even
 * after a final "." ("The cat sat with the cat." follows for "cat": its tokens end "cat", ".").
 */
public final class SecondAndSecondToLastToken extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define(SecondAndSecondToLastWord.TYPE.id())
      .string("keyword", "the word expected second and second to last (case-insensitive)")
      .factory(ctx -> new SecondAndSecondToLastToken(ctx, false));

  /** Before 8e6a9be (PR #19) the words were compared case-sensitively. */
  public static final ConstraintType CASE_SENSITIVE = ConstraintType.define(SecondAndSecondToLastWord.TYPE.id())
      .string("keyword", "the word expected second and second to last (case-sensitive)")
      .factory(ctx -> new SecondAndSecondToLastToken(ctx, true));

  private final boolean caseSensitive;

  private final String keyword;
  private final String lowerKeyword;

  SecondAndSecondToLastToken(BuildContext ctx, boolean caseSensitive) {
    super(caseSensitive ? CASE_SENSITIVE : TYPE);
    this.caseSensitive = caseSensitive;
    String given = ctx.args().string("keyword");
    this.keyword = given == null ? IfEvalArgs.drawKeyword(ctx) : Py.strip(given);
    this.lowerKeyword = PyLower.lower(keyword);
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
    Ends tokens = WordsAndSentencesTexts.tokenEnds(response, 2, 2);
    if (!tokens.hasAtLeast(2)) return Verdict.notFollowed(() -> "fewer than 2 tokens");
    String second = tokens.at(1);
    String late = tokens.at(-2);
    boolean ok = caseSensitive ? second.equals(keyword) && late.equals(keyword)
        : PyLower.lower(second).equals(lowerKeyword) && PyLower.lower(late).equals(lowerKeyword);
    return Verdict.of(ok, () -> "the second token is " + PyRepr.repr(second)
        + " and the second-to-last is " + PyRepr.repr(late) + ", expected " + PyRepr.repr(keyword));
  }
}
