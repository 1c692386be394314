package dev.if4j.constraints.multiif;

import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.ifeval.NumberOfSentences;
import dev.if4j.constraints.ifeval.NumberOfWords;
import dev.if4j.constraints.ifeval.Relation;
import dev.if4j.constraints.versions.Overrides;
import dev.if4j.text.Analysis;
import java.util.Map;

/**
 * Multi-IF's {@code length_constraints:number_words} and {@code number_sentences}: Google's
 * instructions (arguments, draws, description) counting with the counter langdetect picks
 * ({@link LanguageCounts}).
 */
final class LanguageCountChecks {
  private LanguageCountChecks() {}

  static final ConstraintType NUMBER_WORDS = counting(NumberOfWords.TYPE, "num_words", LanguageCounts.WORDS);

  static final ConstraintType NUMBER_SENTENCES =
      counting(NumberOfSentences.TYPE, "num_sentences", LanguageCounts.SENTENCES);

  private static ConstraintType counting(ConstraintType base, String thresholdKey,
      Analysis<LanguageCounts.Count> count) {
    return Overrides.checking(base, (args, view) -> {
      LanguageCounts.Count c = view.get(count);
      return relation(args).judge(c.value(), ((Number) args.get(thresholdKey)).longValue(), c.counter());
    });
  }

  /** The built instruction's relation (its effective arguments word it as the instruction does). */
  private static Relation relation(Map<String, Object> args) {
    return Relation.LESS_THAN.words().equals(args.get("relation")) ? Relation.LESS_THAN : Relation.AT_LEAST;
  }
}
