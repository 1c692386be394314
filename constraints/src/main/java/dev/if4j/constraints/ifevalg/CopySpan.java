package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code new:copy_span_idx}: the response is {@code prompt_to_repeat[n_start:n_end]} (a Python
 * slice by code point, so the character at {@code n_end} is excluded despite the wording),
 * ignoring case and surrounding whitespace.
 *
 * <p>Quirks kept: {@code n_start} 0 (and {@code n_end} 0) count as missing and are drawn at
 * random ({@code randint(0, len - 2)}, then {@code randint(n_start + 1, len - 1)}), so a span
 * from the first character cannot be asked for reproducibly; negative indexes count from the end;
 * an empty draw range makes the reference raise {@code ValueError}, and so does building here, as
 * does a missing {@code prompt_to_repeat}.
 */
public final class CopySpan extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("new:copy_span_idx")
      .string("prompt_to_repeat", "the text to copy a span of")
      .integer("n_start", "the span's first character index")
      .integer("n_end", "the index after the span's last character")
      .factory(CopySpan::new);

  private final String prompt;
  private final long start;
  private final long end;
  private final String expected;

  CopySpan(BuildContext ctx) {
    super(TYPE);
    this.prompt = TrainingArgs.promptToRepeat(ctx);
    int len = Py.len(prompt);
    Long givenStart = ctx.args().integer("n_start");
    this.start = givenStart == null || givenStart == 0 ? draw(ctx, "n_start", 0, len - 2) : givenStart;
    Long givenEnd = ctx.args().integer("n_end");
    this.end = givenEnd == null || givenEnd == 0 ? draw(ctx, "n_end", start + 1, len - 1) : givenEnd;
    this.expected = Py.lower(Py.strip(TrainingTexts.pySlice(prompt, start, end)));
  }

  private static long draw(BuildContext ctx, String key, long low, long high) {
    if (low < Integer.MIN_VALUE || high > Integer.MAX_VALUE) {
      throw ctx.args().invalid(key, "cannot be drawn: range out of bounds");
    }
    if (low > high) {
      throw ctx.args().invalid(key, "cannot be drawn from the empty range " + low + ".." + high
          + " (the reference raises ValueError)");
    }
    return ctx.randint((int) low, (int) high);
  }

  @Override
  public String describe() {
    return "Copy the span of words that lies between (and including) index " + start + " and "
        + end + ", the indices are character indices!";
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("n_start", start, "n_end", end, "prompt_to_repeat", prompt);
  }

  @Override
  public Verdict check(TextView response) {
    return TrainingTexts.copyVerdict(response, expected);
  }
}
