package dev.if4j.eval.generate;

import dev.if4j.constraints.Evaluator;
import dev.if4j.text.Py;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * IFBench's multi-turn constraint isolation for a single-turn row: the task goes in the first user
 * turn, the model answers it, and the constraint comes in the second user turn.
 *
 * <p>The constraint is found in the prompt as the text of its instructions' descriptions (the
 * reference's {@code build_description}). Benchmark rows store whole numbers as floats ({@code
 * 5.0}) where the prompt printed {@code 5}, and some prompts drop the quotes the description puts
 * around a keyword, so a description is also looked for without either. The task is the rest of
 * the prompt. A row whose descriptions are not all in its prompt cannot be split; it is reported,
 * never guessed at.
 */
public final class ConstraintIsolation {
  /** A prompt split in two. */
  public record Split(String task, String constraint) {}

  /** Why a prompt cannot be split. */
  public static final class NotSplittable extends IllegalArgumentException {
    NotSplittable(String message) {
      super(message);
    }
  }

  private final Evaluator evaluator;

  public ConstraintIsolation(Evaluator evaluator) {
    this.evaluator = Objects.requireNonNull(evaluator);
  }

  /**
   * The task and the constraint of {@code row}.
   *
   * @throws NotSplittable why the row cannot be split
   */
  public Split split(PromptRow row) {
    if (row.instructionIds().isEmpty()) {
      throw new NotSplittable("it has no instructions to isolate");
    }
    String prompt = row.prompt();
    List<int[]> spans = new ArrayList<>();
    for (Evaluator.Built b : evaluator.build(row.toRow(""))) {
      String description = Py.strip(b.constraint().describe());
      int[] span = find(prompt, description);
      if (span == null) span = findLoosely(prompt, description);
      if (span == null) {
        throw new NotSplittable("the description of " + b.constraint().id() + " (\"" + description
            + "\") is not in its prompt");
      }
      spans.add(span);
    }
    spans.sort((a, c) -> Integer.compare(a[0], c[0]));
    StringBuilder constraint = new StringBuilder();
    StringBuilder task = new StringBuilder();
    int at = 0;
    for (int[] s : spans) {
      if (s[0] < at) { // overlaps the previous span (two instructions, one sentence)
        if (s[1] > at) {
          constraint.append(prompt, at, s[1]);
          at = s[1];
        }
        continue;
      }
      appendPiece(task, prompt.substring(at, s[0]));
      appendPiece(constraint, prompt.substring(s[0], s[1]));
      at = s[1];
    }
    appendPiece(task, prompt.substring(at));
    if (task.isEmpty()) throw new NotSplittable("its prompt is only the constraint");
    return new Split(task.toString(), constraint.toString());
  }

  private static int[] find(String prompt, String text) {
    if (text.isEmpty()) return null;
    int i = prompt.indexOf(text);
    return i < 0 ? null : new int[] {i, i + text.length()};
  }

  private static void appendPiece(StringBuilder out, String piece) {
    String p = Py.strip(piece);
    if (p.isEmpty()) return;
    if (!out.isEmpty()) out.append(' ');
    out.append(p);
  }

  /**
   * Finds {@code text} in {@code prompt} the way the benchmark's prompts print it: whole numbers
   * without {@code .0}, and keywords with or without quotes ({@code include keyword "eat"} is
   * {@code include keyword eat} in the prompt). The span returned is the prompt's own text.
   */
  static int[] findLoosely(String prompt, String text) {
    int[] map = new int[prompt.length() + 1];
    String p = loose(prompt, map);
    String t = loose(text, null);
    int[] span = find(p, t);
    return span == null ? null : new int[] {map[span[0]], map[span[1] - 1] + 1};
  }

  /** {@code s} without quotes and {@code .0} endings; {@code map[i]}: where char {@code i} came from. */
  static String loose(String s, int[] map) {
    StringBuilder b = new StringBuilder(s.length());
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\u201c' || c == '\u201d') continue;
      if (c == '.' && i > 0 && isDigit(s.charAt(i - 1)) && i + 1 < n && s.charAt(i + 1) == '0'
          && (i + 2 == n || !isDigit(s.charAt(i + 2)))) {
        i++; // skip ".0"
        continue;
      }
      if (map != null) map[b.length()] = i;
      b.append(c);
    }
    return b.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
