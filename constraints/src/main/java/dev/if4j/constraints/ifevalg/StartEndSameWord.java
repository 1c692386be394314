package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.List;

/**
 * {@code keywords:start_end}: the first and last NLTK tokens ({@code word_tokenize}) are equal
 * ignoring case, and there are at least two. A final full stop is its own token, so "Word ...
 * word." fails.
 */
public final class StartEndSameWord extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("keywords:start_end").factory(StartEndSameWord::new);

  StartEndSameWord(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Start and end your response with the same word (do not write anything after the last"
        + " word, not even punctuation).";
  }

  @Override
  public Verdict check(TextView response) {
    List<String> tokens = response.get(TrainingTexts.WORD_TOKENS);
    if (tokens.size() < 2) return Verdict.notFollowed(() -> "fewer than two words");
    String first = tokens.get(0);
    String last = tokens.get(tokens.size() - 1);
    return Verdict.of(Py.lower(first).equals(Py.lower(last)), () -> "starts with "
        + TrainingTexts.quote(first) + " and ends with " + TrainingTexts.quote(last));
  }
}
