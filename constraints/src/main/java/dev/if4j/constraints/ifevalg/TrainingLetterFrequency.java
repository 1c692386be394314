package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.LetterFrequency;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code letters:letter_counting2}: the reference registers its {@code LetterFrequencyChecker}
 * under this id too, so this is {@code keywords:letter_frequency} (same arguments, fills,
 * description and check, see {@link LetterFrequency}) under another name.
 */
public final class TrainingLetterFrequency extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("letters:letter_counting2")
      .string("letter", "the letter to count, case-insensitively")
      .integer("let_frequency", "the count to compare with")
      .string("let_relation", "'less than' or 'at least'")
      .factory(TrainingLetterFrequency::new);

  private final Constraint same;

  TrainingLetterFrequency(BuildContext ctx) {
    super(TYPE);
    this.same = LetterFrequency.TYPE.create(ctx);
  }

  @Override
  public String describe() {
    return same.describe();
  }

  @Override
  public Map<String, Object> args() {
    return same.args();
  }

  @Override
  public Verdict check(TextView response) {
    return same.check(response);
  }
}
