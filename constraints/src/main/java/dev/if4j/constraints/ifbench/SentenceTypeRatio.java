package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code ratio:sentence_type}: twice as many declarative sentences as questions.
 *
 * <p>As the reference: the sentences are NLTK Punkt's; a sentence is declarative when it ends with
 * '.', a question when it ends with '?' (a closing quote or bracket after the mark hides it). The
 * counts must satisfy {@code declarative == 2 * questions} exactly, so a text with neither (say,
 * only exclamations, or no final punctuation) is followed.
 */
public final class SentenceTypeRatio implements Constraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("ratio:sentence_type").factory(SentenceTypeRatio::new);

  SentenceTypeRatio(BuildContext ctx) {}

  @Override
  public String id() {
    return TYPE.id();
  }

  @Override
  public String describe() {
    return "Maintain a 2:1 ratio of declarative to interrogative sentences.";
  }

  @Override
  public Map<String, Object> args() {
    return Map.of();
  }

  @Override
  public Verdict check(TextView response) {
    int[] endings = response.get(CountsAndRatiosTexts.SENTENCE_ENDINGS);
    int declarative = endings[0];
    int questions = endings[1];
    boolean ok = declarative == 2 * questions;
    return Verdict.of(ok, () -> "found "
        + CountsAndRatiosTexts.plural(declarative, "declarative sentence", "declarative sentences") + " and "
        + CountsAndRatiosTexts.plural(questions, "question", "questions")
        + (ok ? ": 2:1" : ", expected twice as many declarative sentences as questions"));
  }
}
