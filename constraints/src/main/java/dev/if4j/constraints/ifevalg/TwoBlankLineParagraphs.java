package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.List;

/**
 * {@code paragraphs:paragraphs2}: exactly 2 paragraphs separated by {@code "\n\n"}. The text is
 * split at every {@code "\n\n"} (three newlines leave a paragraph starting with one), a blank
 * piece at either end does not count and a blank piece in between fails, so a triple blank line
 * fails.
 */
public final class TwoBlankLineParagraphs extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("paragraphs:paragraphs2").factory(TwoBlankLineParagraphs::new);

  TwoBlankLineParagraphs(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "There should be 2 paragraphs. Paragraphs and only paragraphs are separated with each"
        + " other by two line breaks. ";
  }

  @Override
  public Verdict check(TextView response) {
    List<String> pieces = Py.split(response.text(), "\n\n");
    int count = TrainingTexts.paragraphCount(pieces);
    if (count < 0) return Verdict.notFollowed(() -> "an empty paragraph between two blank lines");
    return Verdict.of(count == 2, () -> "found " + count + " paragraphs separated by blank lines, expected 2");
  }
}
