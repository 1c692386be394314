package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code detectable_format:number_highlighted_sections}: at least N sections highlighted with
 * markdown asterisks.
 *
 * <p>As in the reference, two scans are added up: {@code *text*} ({@code \*[^\n\*]*\*}) and {@code
 * **text**} ({@code \*\*[^\n\*]*\*\*}), each counting only matches with non-blank text between
 * the asterisks. So {@code **bold**} counts once (the single scan sees two empty {@code **} in
 * it), {@code *one* **two**} counts twice, {@code ***} and {@code * *} count nothing, and a
 * highlight cannot span lines.
 */
public final class HighlightedSections extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("detectable_format:number_highlighted_sections")
          .integer("num_highlights", "the minimum number of *highlighted* sections; missing or negative: random 1-4")
          .factory(HighlightedSections::new);

  private final long minimum;

  HighlightedSections(BuildContext ctx) {
    super(TYPE);
    minimum = IfEvalArgs.longCountOrDraw(ctx, "num_highlights", 1, 4);
  }

  @Override
  public String describe() {
    return "Highlight at least " + minimum
        + " sections in your answer with markdown, i.e. *highlighted section*.";
  }

  @Override
  public Map<String, Object> args() {
    return Map.of("num_highlights", minimum);
  }

  @Override
  public Verdict check(TextView response) {
    String s = response.text();
    int single = countSingle(s);
    int dbl = countDouble(s);
    int found = single + dbl;
    return Verdict.of(found >= minimum, () -> "found " + found + " highlighted section"
        + (found == 1 ? "" : "s") + " (" + single + " *...*, " + dbl + " **...**), expected at least " + minimum);
  }

  /** Non-blank matches of {@code \*[^\n\*]*\*}. */
  static int countSingle(String s) {
    int n = s.length();
    int count = 0;
    int i = s.indexOf('*');
    while (i >= 0) {
      int j = i + 1;
      while (j < n && s.charAt(j) != '*' && s.charAt(j) != '\n') j++;
      if (j < n && s.charAt(j) == '*') {
        if (!Py.isBlank(s.subSequence(i + 1, j))) count++;
        i = j + 1 < n ? s.indexOf('*', j + 1) : -1;
      } else {
        // No closing '*' on this line: no '*' between i and j either, so nothing starts there.
        i = j < n ? s.indexOf('*', j) : -1;
      }
    }
    return count;
  }

  /** Non-blank matches of {@code \*\*[^\n\*]*\*\*}. */
  static int countDouble(String s) {
    int n = s.length();
    int count = 0;
    int i = s.indexOf('*');
    while (i >= 0 && i + 1 < n) {
      if (s.charAt(i + 1) != '*') {
        i = s.indexOf('*', i + 1);
        continue;
      }
      int j = i + 2;
      while (j < n && s.charAt(j) != '*' && s.charAt(j) != '\n') j++;
      if (j + 1 < n && s.charAt(j) == '*' && s.charAt(j + 1) == '*') {
        if (!Py.isBlank(s.subSequence(i + 2, j))) count++;
        i = j + 2 < n ? s.indexOf('*', j + 2) : -1;
      } else {
        // The next start to try is i + 1; past it, the first '*' is at j (if any).
        i = s.indexOf('*', i + 1);
      }
    }
    return count;
  }
}
