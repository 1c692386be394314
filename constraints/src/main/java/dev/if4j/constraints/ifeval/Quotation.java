package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;

/**
 * {@code startend:quotation}: the whole response is wrapped in double quotes.
 *
 * <p>As the reference: once stripped, the response must be at least two characters long and start
 * and end with an ASCII {@code "} (typographic quotes do not count; a lone {@code "} does not).
 */
public final class Quotation extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("startend:quotation").factory(Quotation::new);

  Quotation(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Wrap your entire response with double quotation marks.";
  }

  @Override
  public Verdict check(TextView response) {
    String s = response.stripped();
    int n = s.length();
    // Both ends are one-unit '"', so two UTF-16 units are two code points.
    boolean ok = n > 1 && s.charAt(0) == '"' && s.charAt(n - 1) == '"';
    if (ok) return Verdict.followed(() -> "the response is wrapped in double quotes");
    return Verdict.notFollowed(() -> n == 0 || s.charAt(0) != '"'
        ? "the response does not start with a double quote"
        : "the response does not end with a double quote");
  }
}
