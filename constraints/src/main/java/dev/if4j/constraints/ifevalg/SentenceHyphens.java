package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.RuleSentenceSplitter;
import dev.if4j.text.TextView;
import java.util.List;

/**
 * {@code detectable_format:sentence_hyphens}: the sentences are joined by hyphens without spaces.
 *
 * <p>The reference's test, kept as is: split the response at every {@code -}, and split a copy
 * with each {@code -} replaced by a space into sentences (the rule-based splitter); pair them up
 * to the shorter list, and every piece must equal its sentence and have no surrounding
 * whitespace. Extra pieces or sentences beyond the shorter list are not looked at, so a response
 * without any hyphen passes when its first sentence is the whole response.
 */
public final class SentenceHyphens extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("detectable_format:sentence_hyphens").factory(SentenceHyphens::new);

  SentenceHyphens(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "All sentences must be connected using hyphens, with no spaces between them.";
  }

  @Override
  public Verdict check(TextView response) {
    String text = response.text();
    List<String> gold = RuleSentenceSplitter.split(text.replace('-', ' '));
    List<String> pieces = Py.split(text, "-");
    int n = Math.min(gold.size(), pieces.size());
    for (int i = 0; i < n; i++) {
      String piece = pieces.get(i);
      if (!Py.strip(piece).equals(piece)) {
        int at = i + 1;
        return Verdict.notFollowed(() -> "hyphen-separated part " + at + " "
            + TrainingTexts.quote(piece) + " has surrounding whitespace");
      }
      if (!piece.equals(gold.get(i))) {
        int at = i + 1;
        return Verdict.notFollowed(() -> "hyphen-separated part " + at + " "
            + TrainingTexts.quote(piece) + " is not sentence " + at + " "
            + TrainingTexts.quote(gold.get(at - 1)));
      }
    }
    return Verdict.followed(() -> "the first " + n + " hyphen-separated parts are the sentences");
  }
}
