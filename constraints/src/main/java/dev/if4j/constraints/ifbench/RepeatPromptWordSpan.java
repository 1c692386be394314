package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.List;
import java.util.Map;

/**
 * {@code repeat:repeat_span} of IFBench before 1091c4c (May 2026): the response's words are the
 * request's words {@code n_start} to {@code n_end}, end excluded, though the description speaks of
 * character indices.
 *
 * <p>As the reference then: the request and the response are stripped, lower-cased and split on
 * whitespace, and the response's words must equal {@code words[n_start:n_end]} (Python's slicing:
 * negative indices count from the end, out-of-range ones are clamped). A missing or zero {@code
 * n_start} is drawn as {@code random.randint(0, words - 2)}, a missing or zero {@code n_end} as
 * {@code random.randint(n_start + 1, words - 1)} (reference-random; an empty range raises
 * ValueError, an invalid argument here). An index given as a float makes the slice raise TypeError:
 * never followed.
 */
public final class RepeatPromptWordSpan extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define(RepeatPromptSpan.TYPE.id())
      .string("prompt_to_repeat", "the request to copy a span from (required)")
      .integer("n_start", "the index of the span's first word (drawn when absent or 0)")
      .integer("n_end", "the index after the span's last word (drawn when absent or 0)")
      .factory(RepeatPromptWordSpan::new);

  private final RepeatSpanArgs given;
  private final List<String> expected;

  RepeatPromptWordSpan(BuildContext ctx) {
    super(TYPE);
    Args args = ctx.args();
    String p = RepeatSpanArgs.requiredPrompt(args);
    int words = Py.splitWhitespace(p).size();
    Long start = args.integer("n_start");
    if (start == null || start == 0) {
      if (words < 2) {
        throw args.invalid("prompt_to_repeat", "needs at least 2 words to draw n_start from"
            + " (the reference's random.randint(0, words - 2) raises ValueError)");
      }
      start = (long) ctx.randint(0, words - 2);
    }
    Long end = args.integer("n_end");
    if (end == null || end == 0) {
      if (start >= words - 1 || start < Integer.MIN_VALUE - 1L) {
        throw args.invalid("n_start", "leaves no index to draw n_end from (the reference's"
            + " random.randint(n_start + 1, words - 1) raises ValueError)");
      }
      end = (long) ctx.randint((int) (start + 1), words - 1);
    }
    given = RepeatSpanArgs.of(args, p, start, end);
    expected = slice(Py.splitWhitespace(Py.lower(Py.strip(p))), start, end);
  }

  @Override
  public String describe() {
    return "Copy the span of words that lies between (and including) index " + given.startArg()
        + " and " + given.endArg() + ", the indices are character indices!";
  }

  @Override
  public Map<String, Object> args() {
    return given.json();
  }

  @Override
  public Verdict check(TextView response) {
    if (given.floatIndex()) return RepeatSpanArgs.floatIndexRaises();
    boolean same = Py.splitWhitespace(Py.lower(response.stripped())).equals(expected);
    return same
        ? Verdict.followed(() -> "the response is the span of words")
        : Verdict.notFollowed(() -> "the response is not the span of words \""
            + String.join(" ", expected) + "\"");
  }

  /** {@code list[a:b]} with Python's handling of negative and out-of-range bounds. */
  private static List<String> slice(List<String> list, long a, long b) {
    int n = list.size();
    long from = a < 0 ? Math.max(0, a + n) : Math.min(a, n);
    long to = b < 0 ? Math.max(0, b + n) : Math.min(b, n);
    return to <= from ? List.of() : List.copyOf(list.subList((int) from, (int) to));
  }
}
