package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;

/**
 * {@code format:sub-bullets}: {@code *} bullets, each with at least one {@code -} sub-bullet.
 *
 * <p>The reference ignores lines: it splits the response on every {@code *} and requires a
 * {@code -} somewhere in each piece after the first. So a response with no {@code *} passes,
 * any hyphen counts ({@code * well-known}), and markdown emphasis fails ({@code **bold**} leaves
 * empty pieces between its stars), as does a {@code *} in the last item's text after its last
 * hyphen.
 */
public final class SubBullets extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("format:sub-bullets").factory(SubBullets::new);

  SubBullets(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Your response must include bullet points denoted by * and at least one sub-bullet point "
        + "denoted by - for each bullet point.";
  }

  @Override
  public Verdict check(TextView response) {
    String s = response.text();
    int star = s.indexOf('*');
    int stars = 0;
    while (star >= 0) {
      stars++;
      int next = s.indexOf('*', star + 1);
      int end = next < 0 ? s.length() : next;
      int dash = s.indexOf('-', star + 1);
      if (dash < 0 || dash >= end) {
        int at = star;
        int number = stars;
        return Verdict.notFollowed(() -> "no '-' between '*' number " + number + " (character "
            + s.codePointCount(0, at) + ") and the next '*' or the end");
      }
      star = next;
    }
    int n = stars;
    return Verdict.followed(() -> n == 0 ? "no '*' in the response"
        : "each of the " + n + " '*' is followed by a '-' before the next");
  }
}
