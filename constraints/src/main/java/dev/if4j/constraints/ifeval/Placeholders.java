package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code detectable_content:number_placeholders}: at least N placeholders in square brackets.
 *
 * <p>A placeholder is what the reference's {@code re.findall(r"\[.*?\]", text)} finds: a {@code [}
 * and the nearest {@code ]} after it on the same line, anything (brackets included) between.
 * Matches do not overlap, so {@code [a [b]} counts once and {@code []} counts.
 */
public final class Placeholders extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("detectable_content:number_placeholders")
      .integer("num_placeholders", "the minimum number of [placeholders]; missing or negative: random 1-4")
      .factory(Placeholders::new);

  private final long minimum;

  Placeholders(BuildContext ctx) {
    super(TYPE);
    minimum = IfEvalArgs.longCountOrDraw(ctx, "num_placeholders", 1, 4);
  }

  @Override
  public String describe() {
    return "The response must contain at least " + minimum
        + " placeholders represented by square brackets, such as [address].";
  }

  @Override
  public Map<String, Object> args() {
    return Map.of("num_placeholders", minimum);
  }

  @Override
  public Verdict check(TextView response) {
    int found = count(response.text());
    return Verdict.of(found >= minimum,
        () -> "found " + found + " placeholder" + (found == 1 ? "" : "s") + ", expected at least " + minimum);
  }

  /** The number of {@code \[.*?\]} matches. */
  static int count(String s) {
    int n = s.length();
    int count = 0;
    int i = s.indexOf('[');
    while (i >= 0) {
      // The lazy .*? stops at the first ']' and cannot pass a newline.
      int j = i + 1;
      while (j < n && s.charAt(j) != ']' && s.charAt(j) != '\n') j++;
      if (j < n && s.charAt(j) == ']') {
        count++;
      }
      // On a miss, every '[' before j would stop at the same newline (or the end) and miss too.
      i = j < n ? s.indexOf('[', j + 1) : -1;
    }
    return count;
  }
}
