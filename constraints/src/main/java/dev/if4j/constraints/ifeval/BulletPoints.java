package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code detectable_format:number_bullet_lists}: exactly N markdown bullet points.
 *
 * <p>The reference counts the matches of two multiline regexes, {@code ^\s*\*[^\*].*$} and {@code
 * ^\s*-.*$}, each with its own non-overlapping scan, and adds them. Their quirks are kept: {@code
 * \s*} runs across blank lines (and swallows them), the character after the {@code *} may be a
 * newline (then the match runs to the end of the next line, hiding a bullet there from the {@code
 * *} scan), {@code **bold**} at a line start is not a bullet, and every line starting with {@code -}
 * (a {@code ---} rule, a negative number) is one.
 */
public final class BulletPoints extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("detectable_format:number_bullet_lists")
      .integer("num_bullets", "the exact number of bullet points; missing or negative: random 1-5")
      .factory(BulletPoints::new);

  private final long expected;

  BulletPoints(BuildContext ctx) {
    super(TYPE);
    expected = IfEvalArgs.longCountOrDraw(ctx, "num_bullets", 1, 5);
  }

  @Override
  public String describe() {
    return "Your answer must contain exactly " + expected + " bullet points. "
        + "Use the markdown bullet points such as:\n* This is point 1. \n* This is point 2";
  }

  @Override
  public Map<String, Object> args() {
    return Map.of("num_bullets", expected);
  }

  @Override
  public Verdict check(TextView response) {
    String s = response.text();
    int stars = count(s, '*');
    int dashes = count(s, '-');
    int found = stars + dashes;
    return Verdict.of(found == expected, () -> "found " + found + " bullet point"
        + (found == 1 ? "" : "s") + " (" + stars + " '*', " + dashes + " '-'), expected exactly " + expected);
  }

  /** Matches of {@code ^\s*\*[^\*].*$} (marker '*') or {@code ^\s*-.*$} (marker '-'), MULTILINE. */
  public static int count(String s, char marker) {
    return LineItems.count(s, marker == '*' ? BulletPoints::starAt : BulletPoints::dashAt);
  }

  /** {@code \*[^\*]} at {@code k}; the {@code [^\*]} may itself be the newline. */
  private static int starAt(String s, int k) {
    return k + 1 < s.length() && s.charAt(k) == '*' && s.charAt(k + 1) != '*' ? k + 2 : -1;
  }

  private static int dashAt(String s, int k) {
    return k < s.length() && s.charAt(k) == '-' ? k + 1 : -1;
  }
}
