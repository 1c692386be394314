package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code punctuation:no_comma}: the response contains no ASCII comma (other commas, such as the
 * ideographic {@code 、} or the full-width {@code ，}, are allowed, as in the reference).
 */
public final class NoComma implements Constraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("punctuation:no_comma").factory(NoComma::new);

  NoComma(BuildContext ctx) {}

  @Override
  public String id() {
    return TYPE.id();
  }

  @Override
  public String describe() {
    return "In your entire response, refrain from the use of any commas.";
  }

  @Override
  public Map<String, Object> args() {
    return Map.of();
  }

  @Override
  public Verdict check(TextView response) {
    String text = response.text();
    int at = text.indexOf(',');
    if (at < 0) return Verdict.followed(() -> "no comma found");
    return Verdict.notFollowed(() -> "found a comma at character " + text.codePointCount(0, at));
  }
}
