package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;
import java.util.Map;

/** {@code length_constraints:number_sentences}: the number of Punkt sentences compares as asked. */
public final class NumberOfSentences extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("length_constraints:number_sentences")
      .integer("num_sentences", "the sentence count to compare with")
      .string("relation", "'less than' or 'at least'")
      .factory(NumberOfSentences::new);

  private final int threshold;
  private final Relation relation;

  NumberOfSentences(BuildContext ctx) {
    super(TYPE);
    this.threshold = IfEvalArgs.countOrDraw(ctx, "num_sentences", 1, 20);
    this.relation = Relation.from(ctx, "relation");
  }

  @Override
  public String describe() {
    return "Your response should contain " + relation.words(threshold) + " sentences.";
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("num_sentences", (long) threshold, "relation", relation.words());
  }

  @Override
  public Verdict check(TextView response) {
    return judge(response.get(Counts.SENTENCE_COUNT));
  }

  Verdict judge(int sentences) {
    return relation.judge(sentences, threshold, "sentences");
  }
}
