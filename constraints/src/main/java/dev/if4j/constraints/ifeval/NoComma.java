package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;
import java.util.Map;

/** {@code punctuation:no_comma}: the response contains no ASCII comma. */
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
    int at = response.text().indexOf(',');
    return at < 0
        ? Verdict.followed(() -> "no comma found")
        : Verdict.notFollowed(() -> "found a comma at character " + at);
  }
}
