package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code length_constraints:number_words}: the number of words compares as asked. A word is a
 * maximal run of Python {@code \w} characters, so "don't" is two words and "3.5" is two.
 */
public final class NumberOfWords extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("length_constraints:number_words")
      .integer("num_words", "the word count to compare with")
      .string("relation", "'less than' or 'at least'")
      .factory(NumberOfWords::new);

  private final int threshold;
  private final Relation relation;

  NumberOfWords(BuildContext ctx) {
    super(TYPE);
    this.threshold = IfEvalArgs.countOrDraw(ctx, "num_words", 100, 500);
    this.relation = Relation.from(ctx, "relation");
  }

  @Override
  public String describe() {
    return "Answer with " + relation.words(threshold) + " words.";
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("num_words", (long) threshold, "relation", relation.words());
  }

  @Override
  public Verdict check(TextView response) {
    return relation.judge(response.get(Counts.WORDS), threshold, "words");
  }
}
