package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code count:numbers}: exactly N numbers.
 *
 * <p>As the reference: the ASCII punctuation is deleted first, then every maximal run of decimal
 * digits (any script's, category Nd) is a number. Deleting punctuation joins "1,000" and "3.14"
 * into one number each, but also "1-2" and "10/12/2024"; spaces keep numbers apart; "2nd" holds a
 * number, and superscripts or "½" are none.
 */
public final class NumbersCount extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("count:numbers")
      .arg(NumberArg.spec("N", "the exact count of numbers; missing or negative: random 1-6"))
      .factory(NumbersCount::new);

  private final NumberArg n;

  NumbersCount(BuildContext ctx) {
    super(TYPE);
    n = NumberArg.givenOrDraw(ctx, "N", 1, 6);
  }

  @Override
  public String describe() {
    return "Include exactly " + n + " numbers in the response.";
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("N", n.json());
  }

  @Override
  public Verdict check(TextView response) {
    int numbers = response.get(CountsAndRatiosTexts.NUMBERS);
    return Verdict.of(n.countEquals(numbers), () -> "found "
        + CountsAndRatiosTexts.plural(numbers, "number", "numbers") + ", expected exactly " + n);
  }
}
