package dev.if4j.constraints.mifeval.fr;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;

/**
 * {@code detectable_content:no_digits}: no {@code re} {@code \d} in the response, i.e. no decimal
 * digit of any script (Unicode category Nd: {@code ٣} and full-width {@code ３} count too).
 */
public final class NoDigits extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("fr:detectable_content:no_digits").factory(NoDigits::new);

  private NoDigits(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "N'utilisez pas de chiffres arabes dans votre réponse.";
  }

  @Override
  public Verdict check(TextView response) {
    String text = response.text();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Py.isDecimal(cp)) {
        int at = i;
        return Verdict.notFollowed(() -> "found the digit '" + Character.toString(cp) + "' at character " + at);
      }
      i += Character.charCount(cp);
    }
    return Verdict.followed(() -> "no digit");
  }
}
