package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.Counts;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.IgnoreCase;
import dev.if4j.text.Py;
import dev.if4j.text.PyRepr;
import dev.if4j.text.TextView;
import java.util.List;
import java.util.Map;

/**
 * {@code count:count_increment_word}: {@code keyword1} occurs exactly once and {@code keyword2}
 * exactly twice, each counted case-insensitively and non-overlapping, also inside longer words.
 *
 * <p>Quirk kept: a missing (or empty) keyword is drawn as a one-word <em>list</em>, not a word;
 * the description then shows it as {@code ['word']} and the reference's check raises {@code
 * TypeError} (a list is no regex pattern), so such a constraint is never followed. Difference
 * from the reference: keywords are counted literally, not as regular expressions.
 */
public final class IncrementingKeywords extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("count:count_increment_word")
      .string("keyword1", "the word that must occur once")
      .string("keyword2", "the word that must occur twice")
      .factory(IncrementingKeywords::new);

  /** A keyword as given (stripped), or the one-word list the reference draws instead. */
  private final Object keyword1;
  private final Object keyword2;

  IncrementingKeywords(BuildContext ctx) {
    super(TYPE);
    this.keyword1 = keywordOrList(ctx, "keyword1");
    this.keyword2 = keywordOrList(ctx, "keyword2");
  }

  private static Object keywordOrList(BuildContext ctx, String key) {
    String given = ctx.args().string(key);
    return given == null || given.isEmpty() ? IfEvalArgs.drawKeywords(ctx, 1) : Py.strip(given);
  }

  @Override
  public String describe() {
    return "Include keyword " + show(keyword1) + " once in your response, keyword "
        + show(keyword2) + " twice in your response.";
  }

  @SuppressWarnings("unchecked")
  private static String show(Object keyword) {
    return keyword instanceof String s ? s : PyRepr.repr((List<String>) keyword);
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("keyword1", keyword1, "keyword2", keyword2);
  }

  @Override
  public Verdict check(TextView response) {
    if (!(keyword1 instanceof String k1) || !(keyword2 instanceof String k2)) {
      return Verdict.notFollowed(() -> "a keyword was drawn as a list (the reference raises"
          + " TypeError: first argument must be string or compiled pattern)");
    }
    String folded = response.get(Counts.FOLDED);
    int once = IgnoreCase.count(folded, IgnoreCase.fold(k1));
    int twice = IgnoreCase.count(folded, IgnoreCase.fold(k2));
    return Verdict.of(once == 1 && twice == 2, () -> "found " + PyRepr.repr(k1) + " " + once
        + " times (expected 1) and " + PyRepr.repr(k2) + " " + twice + " times (expected 2)");
  }
}
