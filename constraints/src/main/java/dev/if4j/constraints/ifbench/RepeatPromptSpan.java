package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code repeat:repeat_span}: the response is the span of the request between two character
 * indices, both included.
 *
 * <p>As the reference: the span is {@code prompt_to_repeat[n_start:n_end + 1]}, with Python's
 * slicing (code point indices; negative indices count from the end; indices past either end are
 * clamped; an empty slice when the end comes first). The response and the span are compared
 * stripped and lower-cased, so the span may cut words in half and its own surrounding whitespace
 * does not matter.
 *
 * <p>Arguments: {@code prompt_to_repeat} must be given and not empty (the reference raises
 * otherwise). A missing {@code n_start} is drawn as {@code random.randint(0, len - 2)} and a
 * missing {@code n_end} as {@code random.randint(n_start + 1, len - 1)}, the reference's draws
 * (reference-random); where that range is empty (a one-character request, or a given {@code
 * n_start} at or past the last index) the reference raises ValueError, and so does this (as an
 * invalid argument). Drawing {@code n_end} after a given {@code n_start} beyond the {@code int}
 * range is not supported. An index given as a JSON float ({@code 3.0}) builds, but the
 * reference's slice then raises TypeError, so the response is never followed.
 */
public final class RepeatPromptSpan extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("repeat:repeat_span")
      .string("prompt_to_repeat", "the request to copy a span from (required)")
      .integer("n_start", "the index of the span's first character (drawn when absent)")
      .integer("n_end", "the index of the span's last character, included (drawn when absent)")
      .factory(RepeatPromptSpan::new);

  private final RepeatSpanArgs given;
  private final String expected;

  RepeatPromptSpan(BuildContext ctx) {
    super(TYPE);
    Args args = ctx.args();
    String p = RepeatSpanArgs.requiredPrompt(args);
    int len = Py.len(p);
    Long start = args.integer("n_start");
    if (start == null) {
      if (len < 2) {
        throw args.invalid("prompt_to_repeat", "needs at least 2 characters to draw n_start from"
            + " (the reference's random.randint(0, len - 2) raises ValueError)");
      }
      start = (long) ctx.randint(0, len - 2);
    }
    Long end = args.integer("n_end");
    if (end == null) {
      if (start >= len - 1) {
        throw args.invalid("n_start", "leaves no index to draw n_end from (the reference's"
            + " random.randint(n_start + 1, len - 1) raises ValueError)");
      }
      if (start < Integer.MIN_VALUE - 1L) {
        throw args.invalid("n_start", "out of range for drawing n_end");
      }
      end = (long) ctx.randint((int) (start + 1), len - 1);
    }
    given = RepeatSpanArgs.of(args, p, start, end);
    long stop = end == Long.MAX_VALUE ? end : end + 1;
    expected = Py.lower(Py.strip(slice(p, start, stop)));
  }

  @Override
  public String describe() {
    return "Copy the span of words that lies between (and including) index " + format(given.startArg())
        + " and " + format(given.endArg()) + ", the indices are character indices!";
  }

  @Override
  public Map<String, Object> args() {
    return given.json();
  }

  @Override
  public Verdict check(TextView response) {
    if (given.floatIndex()) return RepeatSpanArgs.floatIndexRaises();
    String text = response.stripped();
    // Lower-casing never drops a code point and a code point takes at most two chars, so a much
    // longer response cannot match; it is not lower-cased.
    boolean same = text.length() <= 2 * expected.length() && Py.lower(text).equals(expected);
    return same
        ? Verdict.followed(() -> "the response is the span")
        : Verdict.notFollowed(() -> "the response is not the span \"" + expected + "\"");
  }

  /** {@code s[a:b]} by code point, with Python's handling of negative and out-of-range bounds. */
  static String slice(String s, long a, long b) {
    int n = Py.len(s);
    long from = clamp(a, n);
    long to = clamp(b, n);
    if (to <= from) return "";
    int i = s.offsetByCodePoints(0, (int) from);
    int j = s.offsetByCodePoints(i, (int) (to - from));
    return s.substring(i, j);
  }

  private static long clamp(long index, int n) {
    if (index < 0) return Math.max(0, index + n);
    return Math.min(index, n);
  }

  /** Python's {@code str()} of an index argument. */
  private static String format(Object index) {
    if (index instanceof Double d) {
      if (d == Math.rint(d) && Math.abs(d) < 1e16) return (long) (double) d + ".0";
      return d.toString();
    }
    return String.valueOf(index);
  }
}
