package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;

/**
 * {@code keywords:frequency}: the number of non-overlapping, case-insensitive occurrences of a
 * keyword (also inside longer words: "art" counts in "start") compares as asked; counted literally,
 * not as the reference's regular expression ({@link KeywordCount}).
 */
public final class KeywordFrequency extends KeywordCount {
  public static final ConstraintType TYPE = ConstraintType.define("keywords:frequency")
      .string("keyword", "the word to count (case-insensitive, surrounding spaces ignored)")
      .integer("frequency", "the count to compare with")
      .string("relation", "'less than' or 'at least'")
      .factory(KeywordFrequency::new);

  KeywordFrequency(BuildContext ctx) {
    super(TYPE, ctx);
  }

  @Override
  public String describe() {
    return "In your response, the word " + keyword + " should appear " + relation.words(frequency)
        + " times.";
  }
}
