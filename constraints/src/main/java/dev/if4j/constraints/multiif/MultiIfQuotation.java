package dev.if4j.constraints.multiif;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;

/**
 * Multi-IF's {@code startend:quotation}: once stripped, the response is at least two characters
 * long and wrapped in ASCII double quotes, in {@code “…”} (Chinese) or in {@code 「…」} (Japanese).
 */
public final class MultiIfQuotation extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("startend:quotation").factory(MultiIfQuotation::new);

  /** The accepted (opening, closing) pairs. */
  private static final String OPENING = "\"\u201C\u300C";
  private static final String CLOSING = "\"\u201D\u300D";

  MultiIfQuotation(BuildContext ctx) {
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
    // Every mark is one UTF-16 unit, so two units are two code points.
    int pair = n > 1 ? OPENING.indexOf(s.charAt(0)) : -1;
    boolean ok = pair >= 0 && s.charAt(n - 1) == CLOSING.charAt(pair);
    if (ok) return Verdict.followed(() -> "the response is wrapped in " + s.charAt(0) + "…" + s.charAt(n - 1));
    return Verdict.notFollowed(() -> pair < 0
        ? "the response does not start with \", “ or 「 (or is shorter than two characters)"
        : "the response starts with " + s.charAt(0) + " but does not end with " + CLOSING.charAt(pair));
  }
}
