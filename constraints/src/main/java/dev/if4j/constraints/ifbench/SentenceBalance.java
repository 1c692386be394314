package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;

/**
 * {@code ratio:sentence_balance}: as many statements as questions as exclamations.
 *
 * <p>As the reference: the sentences are NLTK Punkt's, classified by their last character ('.',
 * '?' or '!'; anything else, such as a closing quote, is none of the three), and the three counts
 * must be equal. A text whose sentences end otherwise (all three counts 0) is followed.
 *
 * <p>Fix {@link SentenceTypeRatio#FIX} asks for at least one sentence of each type: a balance of
 * nothing is not followed.
 */
public final class SentenceBalance extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("ratio:sentence_balance").factory(SentenceBalance::new);

  private final boolean needsSentences;

  SentenceBalance(BuildContext ctx) {
    super(TYPE);
    this.needsSentences = ctx.fixed(SentenceTypeRatio.FIX);
  }

  @Override
  public String describe() {
    return "Ensure that the ratio of sentence types (declarative, interrogative, exclamatory) is balanced.";
  }

  @Override
  public Verdict check(TextView response) {
    int[] e = response.get(CountsAndRatiosTexts.SENTENCE_ENDINGS);
    // Fixed: 0 == 0 == 0 is no balance (the reference accepts it).
    boolean ok = e[0] == e[1] && e[1] == e[2] && (!needsSentences || e[0] > 0);
    return Verdict.of(ok, () -> "found " + e[0] + " declarative, " + e[1] + " interrogative and " + e[2]
        + " exclamatory sentences" + (ok ? "" : needsSentences && e[0] == 0 && e[1] == 0 && e[2] == 0
            ? ", expected at least one of each" : ", expected equal counts"));
  }
}
