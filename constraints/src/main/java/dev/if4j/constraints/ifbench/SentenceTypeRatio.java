package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;

/**
 * {@code ratio:sentence_type}: twice as many declarative sentences as questions.
 *
 * <p>As the reference: the sentences are NLTK Punkt's; a sentence is declarative when it ends with
 * '.', a question when it ends with '?' (a closing quote or bracket after the mark hides it). The
 * counts must satisfy {@code declarative == 2 * questions} exactly, so a text with neither (say,
 * only exclamations, or no final punctuation) is followed.
 *
 * <p>Fix {@value #FIX} asks for at least one question: a ratio of nothing is not followed.
 */
public final class SentenceTypeRatio extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("ratio:sentence_type").factory(SentenceTypeRatio::new);

  /** The fix that fails a ratio (here and in ratio:sentence_balance) over zero sentences. */
  public static final String FIX = "ratio-needs-sentences";

  private final boolean needsSentences;

  SentenceTypeRatio(BuildContext ctx) {
    super(TYPE);
    this.needsSentences = ctx.fixed(FIX);
  }

  @Override
  public String describe() {
    return "Maintain a 2:1 ratio of declarative to interrogative sentences.";
  }

  @Override
  public Verdict check(TextView response) {
    int[] endings = response.get(CountsAndRatiosTexts.SENTENCE_ENDINGS);
    int declarative = endings[0];
    int questions = endings[1];
    // Fixed: 0 == 2 * 0 is no 2:1 ratio (the reference accepts it).
    boolean ok = declarative == 2 * questions && (!needsSentences || questions > 0);
    return Verdict.of(ok, () -> "found "
        + CountsAndRatiosTexts.plural(declarative, "declarative sentence", "declarative sentences") + " and "
        + CountsAndRatiosTexts.plural(questions, "question", "questions")
        + (ok ? ": 2:1" : needsSentences && questions == 0 && declarative == 0
            ? ", expected at least one question and twice as many declarative sentences"
            : ", expected twice as many declarative sentences as questions"));
  }
}
