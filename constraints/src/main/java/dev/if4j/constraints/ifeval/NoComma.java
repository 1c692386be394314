package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;

/**
 * {@code punctuation:no_comma}: the response contains no ASCII comma (other commas, such as the
 * ideographic {@code 、} or the full-width {@code ，}, are allowed, as in the reference).
 */
public final class NoComma extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("punctuation:no_comma").factory(NoComma::new);

  NoComma(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "In your entire response, refrain from the use of any commas.";
  }

  @Override
  public Verdict check(TextView response) {
    String text = response.text();
    int at = text.indexOf(',');
    if (at < 0) return Verdict.followed(() -> "no comma found");
    return Verdict.notFollowed(() -> "found a comma at character " + text.codePointCount(0, at));
  }
}
