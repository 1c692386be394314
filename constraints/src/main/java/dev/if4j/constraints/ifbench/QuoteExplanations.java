package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;

/**
 * {@code format:quote_unquote}: every quoted phrase is followed by an unquoted explanation.
 *
 * <p>The reference only looks at ASCII double quotes (its curly-quote normalisation replaces
 * {@code "} by itself, so typographic quotes are ignored). It deletes each {@code '"'} (a quote
 * character mentioned in single quotes, matched left to right without overlap), then every
 * whitespace character, and fails when two {@code "} are then adjacent ({@code "a" "b"}, or an
 * empty {@code ""}) or when the text ends in {@code "} once digits and ASCII punctuation other
 * than {@code "} are stripped from both ends ({@code ...said "yes".} fails; so does any text
 * whose last quote is followed only by digits and punctuation). A response without quotes passes.
 */
public final class QuoteExplanations extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("format:quote_unquote").factory(QuoteExplanations::new);

  /** {@code string.digits + string.punctuation.replace('"', '')}. */
  private static final String END_STRIP = Py.DIGITS + Py.PUNCTUATION.replace("\"", "");

  QuoteExplanations(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Every quoted phrase must be followed by an unquoted explanation.";
  }

  @Override
  public Verdict check(TextView response) {
    String s = response.text().replace("'\"'", "");
    StringBuilder compact = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Py.isSpace(c)) compact.append(c);
    }
    int adjacent = compact.indexOf("\"\"");
    if (adjacent >= 0) {
      return Verdict.notFollowed(() -> "two double quotes meet with nothing but whitespace between "
          + "them (a quote directly followed by another, or an empty quote)");
    }
    String stripped = Py.strip(compact.toString(), END_STRIP);
    if (!stripped.isEmpty() && stripped.charAt(stripped.length() - 1) == '"') {
      return Verdict.notFollowed(() -> "the response ends with a quote, not an explanation");
    }
    return Verdict.followed(() -> "no quote is left without an explanation after it");
  }
}
