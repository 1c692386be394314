package dev.if4j.constraints.mifeval;

import dev.if4j.constraints.ArgSpec;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.Analysis;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code length_constraints:number_sentences} in an M-IFEval language: Google's comparison, the
 * language's relation words, and the language's sentence counter (French Punkt with M-IFEval's
 * abbreviations, ja_sentence_segmenter's pipeline).
 */
public final class SentenceCount extends TypedConstraint {
  private final int threshold;
  private final LocalRelation relation;
  private final Analysis<Integer> sentences;
  private final Description description;

  private SentenceCount(ConstraintType type, int threshold, LocalRelation relation, Analysis<Integer> sentences,
      Description description) {
    super(type);
    this.threshold = threshold;
    this.relation = relation;
    this.sentences = sentences;
    this.description = description;
  }

  /**
   * The instruction {@code id}, counting with {@code sentences}, described with {@code pattern}; a
   * missing count is drawn from 1..20.
   */
  public static ConstraintType type(String id, RelationWords words, Analysis<Integer> sentences, String pattern) {
    Description d = new Description(pattern);
    return ConstraintType.define(id)
        .arg(ArgSpec.integer("num_sentences", "the sentence count to compare with"))
        .arg(ArgSpec.string("relation", words.doc()))
        .factoryOfType((type, ctx) -> new SentenceCount(type, IfEvalArgs.countOrDraw(ctx, "num_sentences", 1, 20),
            words.from(ctx, "relation"), sentences, d));
  }

  @Override
  public String describe() {
    return description.fill(args());
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("num_sentences", (long) threshold, "relation", relation.words());
  }

  @Override
  public Verdict check(TextView response) {
    int found = response.get(sentences);
    return Verdict.of(relation.holds(found, threshold),
        () -> "found " + found + " sentences, expected " + relation.words() + " " + threshold);
  }
}
