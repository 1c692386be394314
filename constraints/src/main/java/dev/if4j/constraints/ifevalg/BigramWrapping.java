package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;
import java.util.List;

/**
 * {@code detectable_format:bigram_wrapping}: the whitespace-separated words, taken in pairs from
 * the start, each pair opening with {@code <<} and closing with {@code >>}. Only the pairs' outer
 * ends are looked at, and a last unpaired word is not looked at at all.
 */
public final class BigramWrapping extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("detectable_format:bigram_wrapping").factory(BigramWrapping::new);

  BigramWrapping(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Wrap every word bigram in double angular brackets, such as <<I am>> <<at home>>"
        + " <<with my>> <<cute dog>>.";
  }

  @Override
  public Verdict check(TextView response) {
    List<String> words = response.get(TrainingTexts.WORDS);
    for (int i = 0; i + 1 < words.size(); i += 2) {
      if (!(words.get(i).startsWith("<<") && words.get(i + 1).endsWith(">>"))) {
        String a = words.get(i);
        String b = words.get(i + 1);
        return Verdict.notFollowed(() -> "the bigram " + TrainingTexts.quote(a + " " + b)
            + " is not wrapped in << >>");
      }
    }
    return Verdict.followed(() -> "every bigram is wrapped in << >>");
  }
}
