package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;

/**
 * {@code format:quotes}: quotes within quotes within quotes, at least 3 levels.
 *
 * <p>As the reference: each ASCII {@code "} or {@code '} closes the innermost open quote when it is
 * the same character, and otherwise opens a new level (so adjacent levels always alternate). The
 * answer is yes once a close brings the depth at least 3 below the deepest level reached so far,
 * e.g. {@code "a 'b "c" d' e"}. Quirks kept: apostrophes ({@code don't}, {@code the '90s}) open
 * and close levels like any single quote, unclosed quotes are never an error, and typographic
 * quotes are ignored.
 */
public final class NestedQuotes extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("format:quotes").factory(NestedQuotes::new);

  private static final int MIN_LEVELS = 3;

  NestedQuotes(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Include quotes within quotes within quotes, at least 3 levels deep, alternating between "
        + "double quotes and single quotes.";
  }

  @Override
  public Verdict check(TextView response) {
    String s = response.text();
    char[] stack = new char[16];
    int depth = 0;
    int reached = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '"' && c != '\'') continue;
      if (depth > 0 && stack[depth - 1] == c) {
        depth--;
        if (reached - depth >= MIN_LEVELS) {
          int at = i;
          int levels = reached;
          return Verdict.followed(() -> "quotes nested " + levels + " levels deep, closed down to "
              + "character " + s.codePointCount(0, at));
        }
      } else {
        if (depth == stack.length) stack = java.util.Arrays.copyOf(stack, depth * 2);
        stack[depth++] = c;
        if (depth > reached) reached = depth;
      }
    }
    int levels = reached;
    return Verdict.notFollowed(() -> "no quote closes " + MIN_LEVELS
        + " nested levels (the deepest nesting opened is " + levels + ")");
  }
}
