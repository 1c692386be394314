package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;

/**
 * {@code format:parentheses}: brackets nested at least 5 deep, closed correctly at least once.
 *
 * <p>The reference keeps a stack of the ASCII openers {@code ( [ {}; it answers yes as soon as a
 * matching closer pops a stack that has been 5 or more deep since the last reset, so only the
 * innermost group has to be closed. A closer that does not match the top of the stack (or meets
 * an empty stack) empties the stack and forgets the depth reached; unclosed openers are fine.
 * The three kinds can be mixed freely ({@code ( [ ( { (} counts as 5 levels).
 */
public final class NestedBrackets extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("format:parentheses").factory(NestedBrackets::new);

  private static final int MIN_DEPTH = 5;

  /** Bits of ( ) below 64 and of [ ] { } from 64, for the skip test. */
  private static final long BRACKETS_LOW = 1L << '(' | 1L << ')';
  private static final long BRACKETS_HIGH = 1L << ('[' - 64) | 1L << (']' - 64) | 1L << ('{' - 64) | 1L << ('}' - 64);

  NestedBrackets(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Nest parentheses (and [brackets {and braces}]) at least 5 levels deep.";
  }

  @Override
  public Verdict check(TextView response) {
    String s = response.text();
    // The stack holds only ASCII openers, so a char array indexed by depth is enough.
    char[] stack = new char[16];
    int depth = 0;
    int maxDepth = 0;
    int deepest = 0; // for the reason: the deepest stack seen at all
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      // Most characters are no bracket: one bit test skips them (checked 8 times per row).
      if (c >= 128 || ((c < 64 ? BRACKETS_LOW : BRACKETS_HIGH) >>> c & 1) == 0) continue;
      switch (c) {
        case '(', '[', '{' -> {
          if (depth == stack.length) stack = java.util.Arrays.copyOf(stack, depth * 2);
          stack[depth++] = c;
          if (depth > maxDepth) maxDepth = depth;
          if (depth > deepest) deepest = depth;
        }
        case ')', ']', '}' -> {
          if (depth > 0 && stack[depth - 1] == opener(c)) {
            depth--;
            // After a pop the stack is always below its maximum, so the reference's second
            // condition (len(levels) < max_depth) always holds here.
            if (maxDepth >= MIN_DEPTH) {
              int at = i;
              int reached = maxDepth;
              return Verdict.followed(() -> "brackets nested " + reached
                  + " levels deep, closed at character " + s.codePointCount(0, at));
            }
          } else {
            depth = 0;
            maxDepth = 0;
          }
        }
        default -> {}
      }
    }
    int seen = deepest;
    return Verdict.notFollowed(() -> seen >= MIN_DEPTH
        ? "brackets reach " + seen + " levels but the innermost group is never closed correctly"
        : "brackets nest at most " + seen + " levels deep, expected at least " + MIN_DEPTH);
  }

  private static char opener(char closer) {
    return closer == ')' ? '(' : closer == ']' ? '[' : '{';
  }
}
