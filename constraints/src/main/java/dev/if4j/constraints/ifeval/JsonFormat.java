package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.PyJson;
import dev.if4j.text.TextView;

/**
 * {@code detectable_format:json_format}: the whole response is one JSON value, optionally in a
 * markdown code fence.
 *
 * <p>As the reference: strip; remove the prefixes {@code ```json}, {@code ```Json}, {@code ```JSON}
 * and {@code ```}, each tried once in that order (so {@code ```json```{...}} loses both); remove one
 * {@code ```} suffix; strip again; then the rest must be what Python's {@code json.loads} accepts
 * ({@link PyJson}: {@code NaN} is fine, {@code 01} and trailing commas are not, text before or
 * after the fence is not).
 */
public final class JsonFormat extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("detectable_format:json_format").factory(JsonFormat::new);

  private static final String FENCE = "```";
  private static final String[] PREFIXES = {"```json", "```Json", "```JSON", FENCE};

  JsonFormat(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Entire output should be wrapped in JSON format. You can use markdown ticks such as ```.";
  }

  @Override
  public Verdict check(TextView response) {
    String s = response.stripped();
    int start = 0;
    int end = s.length();
    for (String prefix : PREFIXES) {
      if (s.startsWith(prefix, start)) start += prefix.length();
    }
    if (end - start >= FENCE.length() && s.startsWith(FENCE, end - FENCE.length())) {
      end -= FENCE.length();
    }
    while (start < end && Py.isSpace(s.charAt(start))) start++;
    while (end > start && Py.isSpace(s.charAt(end - 1))) end--;
    int error = PyJson.errorOffset(s, start, end);
    if (error < 0) return Verdict.followed(() -> "the response is valid JSON");
    int from = start;
    boolean empty = start == end;
    return Verdict.notFollowed(() -> empty
        ? "nothing left after removing code fences"
        : "not valid JSON: parsing fails at character " + (error - from) + " of the unfenced text");
  }
}
