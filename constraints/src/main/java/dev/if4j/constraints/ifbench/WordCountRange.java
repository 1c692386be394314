package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.Counts;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code count:word_count_range}: the number of words ({@code \w+} runs, as IFEval's {@code
 * count_words}) lies between {@code min_words} and {@code max_words}, both included.
 *
 * <p>A missing or negative {@code min_words} is drawn from 100..500; a missing or negative {@code
 * max_words} is {@code min_words} plus a draw between {@code int(min_words * 0.05)} and {@code
 * int(min_words * 0.1)} (a float when {@code min_words} is one). The bounds are not checked
 * against each other: {@code min_words > max_words} is never followed.
 */
public final class WordCountRange extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("count:word_count_range")
      .arg(NumberArg.spec("min_words", "the fewest words allowed; missing or negative: random 100-500"))
      .arg(NumberArg.spec("max_words",
          "the most words allowed; missing or negative: min_words plus 5-10% of it, at random"))
      .factory(WordCountRange::new);

  private final NumberArg min;
  private final NumberArg max;

  WordCountRange(BuildContext ctx) {
    super(TYPE);
    min = NumberArg.givenOrDraw(ctx, "min_words", 100, 500);
    NumberArg given = NumberArg.given(ctx, "max_words");
    if (given == null || given.isNegative()) {
      double m = min.value();
      if (!Double.isFinite(m) || m > Integer.MAX_VALUE) {
        throw ctx.args().invalid("min_words", "too large to draw max_words from");
      }
      // int() truncates toward zero, as a Java cast does; the product is a double in both.
      int extra = ctx.randint((int) (m * 0.05), (int) (m * 0.1));
      given = min.isFloat() ? NumberArg.ofFloat(m + extra) : NumberArg.ofInt(min.asLong() + extra);
    }
    max = given;
  }

  @Override
  public String describe() {
    return "The response must contain between " + min + " and " + max + " words.";
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("min_words", min.json(), "max_words", max.json());
  }

  @Override
  public Verdict check(TextView response) {
    int words = response.get(Counts.WORDS);
    return Verdict.of(min.countAtLeast(words) && max.countAtMost(words),
        () -> "found " + CountsAndRatiosTexts.plural(words, "word", "words") + ", expected between "
            + min + " and " + max);
  }
}
