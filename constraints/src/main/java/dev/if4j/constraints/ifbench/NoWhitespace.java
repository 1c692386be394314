package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;

/**
 * {@code format:no_whitespace}: no whitespace character anywhere.
 *
 * <p>Whitespace is Python's {@code str.isspace()}: besides spaces, tabs and newlines it includes
 * U+001C..U+001F, U+0085, the no-break space U+00A0 and the Unicode space separators, but not
 * the zero-width space U+200B.
 */
public final class NoWhitespace extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("format:no_whitespace").factory(NoWhitespace::new);

  NoWhitespace(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "The output should not contain any whitespace.";
  }

  @Override
  public Verdict check(TextView response) {
    String s = response.text();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      // Every whitespace code point is in the BMP and no surrogate is whitespace.
      if (Py.isSpace(c)) {
        int at = i;
        return Verdict.notFollowed(() -> String.format("found whitespace U+%04X at character %d",
            (int) c, s.codePointCount(0, at)));
      }
    }
    return Verdict.followed(() -> "no whitespace found");
  }
}
