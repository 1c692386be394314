package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;

/** {@code punctuation:punctuation_exclamation}: the response contains no ASCII {@code !}. */
public final class NoExclamationMarks extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("punctuation:punctuation_exclamation").factory(NoExclamationMarks::new);

  NoExclamationMarks(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "In your entire response, refrain from the use of ! (i.e. exclamation marks) as punctuation and in general.";
  }

  @Override
  public Verdict check(TextView response) {
    String text = response.text();
    int at = text.indexOf('!');
    if (at < 0) return Verdict.followed(() -> "no exclamation mark found");
    return Verdict.notFollowed(() -> "found an exclamation mark at character "
        + text.codePointCount(0, at));
  }
}
