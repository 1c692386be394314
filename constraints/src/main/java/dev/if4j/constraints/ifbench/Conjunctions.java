package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.TextView;
import java.util.List;
import java.util.Map;

/**
 * {@code count:conjunctions}: at least N different coordinating conjunctions (and, but, for, nor,
 * or, so, yet).
 *
 * <p>Reference quirk, kept: a whitespace-separated word is a conjunction when, stripped of ASCII
 * punctuation and lowercased, it is one of the seven; but what is counted is the distinct words
 * <em>as written</em>. So "and", "And" and "and," are three different conjunctions, while "and"
 * used ten times is one.
 */
public final class Conjunctions extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("count:conjunctions")
      .arg(NumberArg.spec("small_n", "the fewest different conjunctions; missing or negative: random 2-6"))
      .factory(Conjunctions::new);

  private final NumberArg n;

  Conjunctions(BuildContext ctx) {
    super(TYPE);
    n = NumberArg.givenOrDraw(ctx, "small_n", 2, 6);
  }

  @Override
  public String describe() {
    return "Use at least " + n + " different coordinating conjunctions in the response.";
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("small_n", n.json());
  }

  @Override
  public Verdict check(TextView response) {
    List<String> found = response.get(CountsAndRatiosTexts.CONJUNCTIONS);
    return Verdict.of(n.countAtLeast(found.size()), () -> "found "
        + CountsAndRatiosTexts.plural(found.size(), "different conjunction", "different conjunctions")
        + (found.isEmpty() ? "" : " " + CountsAndRatiosTexts.listed(found, 12)) + ", expected at least " + n);
  }
}
