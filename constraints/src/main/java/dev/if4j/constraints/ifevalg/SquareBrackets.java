package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;

/**
 * {@code detectable_format:square_brackets}: every whitespace-separated word starts with {@code [}
 * and ends with {@code ]} (a lone {@code [} does not count as both).
 */
public final class SquareBrackets extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("detectable_format:square_brackets").factory(SquareBrackets::new);

  SquareBrackets(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Enclose every word in your response within square brackets.";
  }

  @Override
  public Verdict check(TextView response) {
    for (String word : response.get(TrainingTexts.WORDS)) {
      if (!(word.startsWith("[") && word.endsWith("]"))) {
        return Verdict.notFollowed(() -> "the word " + TrainingTexts.quote(word)
            + " is not enclosed in square brackets");
      }
    }
    return Verdict.followed(() -> "every word is enclosed in square brackets");
  }
}
