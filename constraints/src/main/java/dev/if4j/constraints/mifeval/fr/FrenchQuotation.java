package dev.if4j.constraints.mifeval.fr;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;

/**
 * {@code startend:quotation}: once stripped, the response is at least two characters long and is
 * wrapped in {@code "…"}, {@code '…'} or French guillemets {@code «…»} (the same kind at both ends).
 */
public final class FrenchQuotation extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("fr:startend:quotation").factory(FrenchQuotation::new);

  private FrenchQuotation(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Mettez l’ensemble de votre réponse entre guillemets.";
  }

  @Override
  public Verdict check(TextView response) {
    String s = response.stripped();
    int n = s.length();
    // Every mark is one UTF-16 unit, so n > 1 units is len(value) > 1 whenever the marks match.
    boolean ok = n > 1 && (wrapped(s, '"', '"') || wrapped(s, '\'', '\'') || wrapped(s, '«', '»'));
    return Verdict.of(ok, () -> ok ? "the response is wrapped in quotation marks"
        : "the response is not wrapped in \"…\", '…' or «…»");
  }

  private static boolean wrapped(String s, char open, char close) {
    return s.charAt(0) == open && s.charAt(s.length() - 1) == close;
  }
}
