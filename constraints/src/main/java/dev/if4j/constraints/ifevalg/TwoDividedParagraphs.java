package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;
import java.util.List;

/**
 * {@code paragraphs:paragraphs}: exactly 2 paragraphs separated by the markdown divider {@code ***}
 * (with at most one whitespace character taken on each side of it, {@code \s?\*\*\*\s?}). A blank
 * piece at either end does not count; a blank piece between two dividers fails.
 */
public final class TwoDividedParagraphs extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("paragraphs:paragraphs").factory(TwoDividedParagraphs::new);

  TwoDividedParagraphs(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "There should be 2 paragraphs. Paragraphs are separated with the markdown divider: ***";
  }

  @Override
  public Verdict check(TextView response) {
    List<String> pieces = TrainingTexts.splitOnStarDivider(response.text());
    int count = TrainingTexts.paragraphCount(pieces);
    if (count < 0) return Verdict.notFollowed(() -> "an empty paragraph between two *** dividers");
    return Verdict.of(count == 2, () -> "found " + count + " paragraphs separated by ***, expected 2");
  }
}
