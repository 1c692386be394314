package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code count:punctuation}: the response uses an interrobang and each of {@code . , ! ? ; :}.
 *
 * <p>As the reference: the interrobang is "?!", "!?" or "‽". The first "?!" (or, when there is
 * none, the first "!?") is then taken out before the six marks are looked for, so that the
 * interrobang alone does not supply the '?' and the '!': "?!" plus ".,;:" fails, "?! ?!" plus
 * ".,;:" passes. "‽" removes nothing and supplies neither mark.
 */
public final class PunctuationCover extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("count:punctuation").factory(PunctuationCover::new);

  private static final String MARKS = ".,!?;:";

  PunctuationCover(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Use every standard punctuation mark at least once, including semicolons, colons, "
        + "and the interrobang (?!).";
  }

  @Override
  public Verdict check(TextView response) {
    String s = response.text();
    int cut = s.indexOf("?!");
    if (cut < 0) cut = s.indexOf("!?");
    if (cut < 0 && s.indexOf('\u203D') < 0) {
      return Verdict.notFollowed(() -> "no interrobang (?!, !? or \u203D) found");
    }
    List<String> missing = new ArrayList<>();
    for (int k = 0; k < MARKS.length(); k++) {
      char mark = MARKS.charAt(k);
      if (!containsOutside(s, mark, cut)) missing.add(String.valueOf(mark));
    }
    return missing.isEmpty()
        ? Verdict.followed(() -> "found an interrobang and all of " + MARKS)
        : Verdict.notFollowed(() -> "missing " + String.join(" ", missing)
            + " (apart from the interrobang)");
  }

  /** Whether {@code mark} occurs in {@code s} outside the two characters at {@code cut} (if any). */
  private static boolean containsOutside(String s, char mark, int cut) {
    int at = s.indexOf(mark);
    while (at >= 0 && cut >= 0 && (at == cut || at == cut + 1)) at = s.indexOf(mark, at + 1);
    return at >= 0;
  }
}
