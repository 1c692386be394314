package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Analysis;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code count:lowercase_counting}: at most {@code N} lowercase words, a lowercase word being a
 * match of {@code \b[a-z]+\b}: a maximal run of word characters ({@code \w}, Unicode) made of
 * ASCII {@code a-z} only ("cafés", "abc1" and "snake_case" are not lowercase words; "don't"
 * holds two). Despite the description, it counts all lowercase words, not repeats of one.
 *
 * <p>Quirk kept: {@code N} 0 is drawn at random like a missing one.
 */
public final class LowercaseWordCount extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("count:lowercase_counting")
      .integer("N", "the most lowercase words allowed")
      .factory(LowercaseWordCount::new);

  static final Analysis<Integer> LOWERCASE_WORDS =
      Analysis.of("ifevalg.lowercaseWords", v -> countLowercaseWords(v.text()));

  private final long max;

  LowercaseWordCount(BuildContext ctx) {
    super(TYPE);
    this.max = TrainingArgs.nonZeroOrDraw(ctx, "N", 2, 3);
  }

  @Override
  public String describe() {
    return "In your response, all lowercase words should appear at most " + max + " times.";
  }

  @Override
  public Map<String, Object> args() {
    return Map.of("N", max);
  }

  @Override
  public Verdict check(TextView response) {
    int found = response.get(LOWERCASE_WORDS);
    return Verdict.of(found <= max, () -> "found " + found + " lowercase words, expected at most " + max);
  }

  /** The maximal runs of {@code \w} that consist of ASCII lowercase letters only. */
  static int countLowercaseWords(String text) {
    int count = 0;
    int n = text.length();
    for (int start = Py.wordRunStart(text, 0); start < n; ) {
      int end = Py.wordRunEnd(text, start);
      if (isAsciiLower(text, start, end)) count++;
      start = Py.wordRunStart(text, end);
    }
    return count;
  }

  private static boolean isAsciiLower(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c < 'a' || c > 'z') return false;
    }
    return true;
  }
}
