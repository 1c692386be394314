package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code format:line_indent}: each line indented further than the one before.
 *
 * <p>Indentation is the number of leading U+0020 spaces (a tab indents nothing). Lines are split
 * on {@code \n}, blank lines are meant to be dropped, and each line must then be indented strictly
 * more than the previous one.
 *
 * <p>The reference drops blank lines with {@code lines.remove(line)} while iterating over the same
 * list, and this class reproduces the result exactly rather than what was meant:
 *
 * <ul>
 *   <li>after each removal the iteration skips the next line, so of two consecutive blank lines the
 *       second stays (and then takes part in the comparison, with its own indentation: {@code ""}
 *       has 0, {@code "   "} has 3);
 *   <li>{@code remove} deletes the <em>first</em> remaining line equal to the blank one, which may
 *       be an earlier skipped blank line; the current one then stays instead.
 * </ul>
 *
 * Since removals only ever happen at or before the current position, the part of the list after
 * it is still the original; so a single pass over the original lines, a queue per distinct blank
 * text of the blank lines still present, and one removed-mark per line reproduce the reference in
 * linear time.
 *
 * <p>Fix {@value #FIX} drops every blank line, as meant.
 */
public final class IndentStairs extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("format:line_indent").factory(IndentStairs::new);

  /** The fix that drops all blank lines, not every other one of a run. */
  public static final String FIX = "line-indent-drop-blank-lines";

  private final boolean dropAllBlank;

  IndentStairs(BuildContext ctx) {
    super(TYPE);
    this.dropAllBlank = ctx.fixed(FIX);
  }

  @Override
  public String describe() {
    return "Create stairs by incrementally indenting each new line.";
  }

  @Override
  public Verdict check(TextView response) {
    String s = response.text();
    // Line boundaries: line k is s[starts[k], ends[k]).
    int count = 1;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') count++;
    int[] starts = new int[count];
    int[] ends = new int[count];
    for (int k = 0, from = 0; k < count; k++) {
      int nl = s.indexOf('\n', from);
      int end = nl < 0 ? s.length() : nl;
      starts[k] = from;
      ends[k] = end;
      from = end + 1;
    }
    boolean[] removed = new boolean[count];
    if (dropAllBlank) {
      // Fixed: what the reference meant, every blank line removed.
      for (int k = 0; k < count; k++) removed[k] = isBlank(s, starts[k], ends[k]);
      return stairs(s, starts, ends, removed);
    }
    // Blank lines still in the list, by text, in list order (only blank lines are ever removed).
    Map<String, ArrayDeque<Integer>> blanks = new HashMap<>();
    int q = 0;
    while (q < count) {
      if (!isBlank(s, starts[q], ends[q])) {
        q++;
        continue;
      }
      ArrayDeque<Integer> same = blanks.computeIfAbsent(s.substring(starts[q], ends[q]), k -> new ArrayDeque<>());
      same.addLast(q);
      removed[same.pollFirst()] = true;
      // The list shifted left under the iterator: the next line is skipped, and stays.
      int skipped = q + 1;
      if (skipped < count && isBlank(s, starts[skipped], ends[skipped])) {
        blanks.computeIfAbsent(s.substring(starts[skipped], ends[skipped]), k -> new ArrayDeque<>())
            .addLast(skipped);
      }
      q += 2;
    }
    return stairs(s, starts, ends, removed);
  }

  /** Each line that is not removed must be indented more than the previous such line. */
  private static Verdict stairs(String s, int[] starts, int[] ends, boolean[] removed) {
    int count = starts.length;
    int previous = -1;
    int previousLine = -1;
    int position = 0;
    for (int k = 0; k < count; k++) {
      if (removed[k]) continue;
      int indent = 0;
      while (starts[k] + indent < ends[k] && s.charAt(starts[k] + indent) == ' ') indent++;
      if (previousLine >= 0 && indent <= previous) {
        int at = position + 1;
        int was = previous;
        int is = indent;
        return Verdict.notFollowed(() -> "line " + at + " (after dropping blank lines) is indented by "
            + is + " space" + (is == 1 ? "" : "s") + ", not more than the " + was + " before it");
      }
      previous = indent;
      previousLine = k;
      position++;
    }
    int lines = position;
    return Verdict.followed(() -> "each of the " + lines + " lines is indented more than the one before");
  }

  private static boolean isBlank(String s, int start, int end) {
    for (int i = start; i < end; i++) if (!Py.isSpace(s.charAt(i))) return false;
    return true;
  }
}
