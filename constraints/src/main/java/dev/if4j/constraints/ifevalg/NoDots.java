package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;

/** {@code punctuation:punctuation_dot}: the response contains no ASCII full stop {@code .}. */
public final class NoDots extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("punctuation:punctuation_dot").factory(NoDots::new);

  NoDots(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "In your entire response, refrain from the use of . (i.e. dots) as punctuation and in general.";
  }

  @Override
  public Verdict check(TextView response) {
    String text = response.text();
    int at = text.indexOf('.');
    if (at < 0) return Verdict.followed(() -> "no dot found");
    return Verdict.notFollowed(() -> "found a dot at character " + text.codePointCount(0, at));
  }
}
