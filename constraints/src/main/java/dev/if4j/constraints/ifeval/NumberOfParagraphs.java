package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code length_constraints:number_paragraphs}: exactly N paragraphs separated by the markdown
 * divider {@code ***}.
 *
 * <p>As the reference splits on {@code \s?\*\*\*\s?}: blank pieces before the first divider and
 * after the last one are not paragraphs, a blank piece between two dividers fails the instruction,
 * and a longer run of stars ({@code ****}) is a divider followed by a piece starting with {@code
 * *}.
 */
public final class NumberOfParagraphs extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("length_constraints:number_paragraphs")
      .integer("num_paragraphs", "how many paragraphs, separated by ***")
      .factory(NumberOfParagraphs::new);

  private final int expected;

  NumberOfParagraphs(BuildContext ctx) {
    super(TYPE);
    this.expected = IfEvalArgs.countOrDraw(ctx, "num_paragraphs", 1, 5);
  }

  @Override
  public String describe() {
    return "There should be " + expected + " paragraphs. "
        + "Paragraphs are separated with the markdown divider: ***";
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("num_paragraphs", (long) expected);
  }

  @Override
  public Verdict check(TextView response) {
    String text = response.text();
    int n = text.length();
    int paragraphs = 0;
    int index = 0; // of the piece being read
    int pieceStart = 0;
    for (int stars; (stars = text.indexOf("***", pieceStart)) >= 0; ) {
      // A divider: an optional whitespace, ***, an optional whitespace (the first one greedy). The
      // leftmost match starts at the first *** from here, or at a whitespace just before it.
      int i = stars > pieceStart && Py.isSpace(text.charAt(stars - 1)) ? stars - 1 : stars;
      int end = stars + 3;
      if (end < n && Py.isSpace(text.charAt(end))) end++;
      // The piece before this divider is not the last one.
      if (!isBlank(text, pieceStart, i)) {
        paragraphs++;
      } else if (index > 0) {
        int empty = index + 1;
        return Verdict.notFollowed(() -> "piece " + empty + " between two *** dividers is empty");
      }
      index++;
      pieceStart = end;
    }
    if (!isBlank(text, pieceStart, n)) paragraphs++;
    int found = paragraphs;
    return Verdict.of(found == expected,
        () -> "found " + found + " paragraphs separated by ***, expected " + expected);
  }

  private static boolean isBlank(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Py.isSpace(s.charAt(i))) return false;
    }
    return true;
  }
}
