package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code letters:letter_counting}: the number of ASCII letters ({@code [a-zA-Z]}) compares with
 * {@code N} as {@code relation} says ("at least" or "less than").
 *
 * <p>Quirks kept: {@code N} 0 and an empty relation are drawn at random like missing ones; any
 * other relation is accepted when building (and printed in the description) but the reference's
 * check then returns {@code None}, so it is never followed.
 */
public final class LetterCount extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("letters:letter_counting")
      .integer("N", "the count to compare with")
      .string("relation", "'less than' or 'at least'")
      .factory(LetterCount::new);

  private final long n;
  private final String relation;

  LetterCount(BuildContext ctx) {
    super(TYPE);
    this.n = TrainingArgs.nonZeroOrDraw(ctx, "N", 2, 3);
    String given = ctx.args().string("relation");
    this.relation = given == null || given.isEmpty() ? ctx.choice(TrainingArgs.RELATIONS) : given;
  }

  @Override
  public String describe() {
    return "Answer with " + relation + " " + n + " letters.";
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("N", n, "relation", relation);
  }

  @Override
  public Verdict check(TextView response) {
    String text = response.text();
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) letters++;
    }
    int found = letters;
    return switch (relation) {
      case "at least" -> Verdict.of(found >= n, () -> "found " + found + " letters, expected at least " + n);
      case "less than" -> Verdict.of(found < n, () -> "found " + found + " letters, expected less than " + n);
      default -> Verdict.notFollowed(() -> "the relation '" + relation
          + "' is neither 'at least' nor 'less than' (the reference's check returns None)");
    };
  }
}
