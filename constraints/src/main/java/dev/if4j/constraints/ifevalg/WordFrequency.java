package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.ifeval.KeywordCount;

/**
 * {@code keywords:word_count_different_numbers}: the keyword's case-insensitive, non-overlapping
 * count compares with {@code frequency} as {@code relation} says, although the description only
 * says "should appear N times" (the reference's wording, kept).
 *
 * <p>Arguments and check as {@code keywords:frequency} ({@link KeywordCount}): a missing or
 * negative frequency is drawn from 1..3, a missing relation is drawn, any other relation is an
 * error; the keyword is counted literally, not as a regular expression.
 */
public final class WordFrequency extends KeywordCount {
  public static final ConstraintType TYPE = ConstraintType.define("keywords:word_count_different_numbers")
      .string("keyword", "the word to count (case-insensitive, surrounding spaces ignored)")
      .integer("frequency", "the count to compare with")
      .string("relation", "'less than' or 'at least'")
      .factory(WordFrequency::new);

  WordFrequency(BuildContext ctx) {
    super(TYPE, ctx);
  }

  @Override
  public String describe() {
    return "In your response, the word " + keyword + " should appear " + frequency + " times.";
  }
}
