package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.Counts;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.constraints.ifeval.Relation;
import dev.if4j.text.IgnoreCase;
import dev.if4j.text.PyRepr;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code keywords:word_count_different_numbers}: the keyword's case-insensitive, non-overlapping
 * count compares with {@code frequency} as {@code relation} says, although the description only
 * says "should appear N times" (the reference's wording, kept).
 *
 * <p>Argument rules as {@code keywords:frequency}: a missing or negative frequency is drawn from
 * 1..3, a missing relation is drawn, any other relation is an error. Difference from the reference:
 * the keyword is counted literally, not as a regular expression.
 */
public final class WordFrequency extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("keywords:word_count_different_numbers")
      .string("keyword", "the word to count (case-insensitive, surrounding spaces ignored)")
      .integer("frequency", "the count to compare with")
      .string("relation", "'less than' or 'at least'")
      .factory(WordFrequency::new);

  private final String keyword;
  private final String folded;
  private final int frequency;
  private final Relation relation;

  WordFrequency(BuildContext ctx) {
    super(TYPE);
    this.keyword = TrainingArgs.keywordOrDraw(ctx, "keyword");
    this.folded = IgnoreCase.fold(keyword);
    this.frequency = IfEvalArgs.countOrDraw(ctx, "frequency", 1, 3);
    this.relation = Relation.from(ctx, "relation");
  }

  @Override
  public String describe() {
    return "In your response, the word " + keyword + " should appear " + frequency + " times.";
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("keyword", keyword, "frequency", (long) frequency,
        "relation", relation.words());
  }

  @Override
  public Verdict check(TextView response) {
    int found = IgnoreCase.count(response.get(Counts.FOLDED), folded);
    return Verdict.of(relation.holds(found, frequency), () -> "found " + PyRepr.repr(keyword)
        + " " + found + " times, expected " + relation.words() + " " + frequency);
  }
}
