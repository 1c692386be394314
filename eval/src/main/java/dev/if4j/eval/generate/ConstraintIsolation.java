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
 * 5.0}) where the prompt printed {@code 5}, so a description is also looked for with such {@code
 * .0} endings dropped. The task is the rest of the prompt. A row whose descriptions are not all
 * in its prompt cannot be split; it is reported, never guessed at.
 */
public final class ConstraintIsolation {
  /** A prompt split in two. */
  public record Split(String task, String constraint) {}

  private final Evaluator evaluator;

  public ConstraintIsolation(Evaluator evaluator) {
    this.evaluator = Objects.requireNonNull(evaluator);
  }

  /**
   * The task and the constraint of {@code row}.
   *
   * @throws IllegalArgumentException why the row cannot be split
   */
  public Split split(PromptRow row) {
    if (row.instructionIds().isEmpty()) {
      throw new IllegalArgumentException("it has no instructions to isolate");
    }
    String prompt = row.prompt();
    List<int[]> spans = new ArrayList<>();
    for (Evaluator.Built b : evaluator.build(row.toRow(""))) {
      String description = Py.strip(b.constraint().describe());
      int[] span = find(prompt, description);
      if (span == null) span = find(prompt, withoutPointZero(description));
      if (span == null) {
        throw new IllegalArgumentException("the description of " + b.constraint().id() + " (\"" + description
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
    if (task.isEmpty()) throw new IllegalArgumentException("its prompt is only the constraint");
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

  /** {@code "at least 5.0 times"} as a prompt prints it: {@code "at least 5 times"}. */
  static String withoutPointZero(String s) {
    StringBuilder b = new StringBuilder(s.length());
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '.' && i > 0 && isDigit(s.charAt(i - 1)) && i + 1 < n && s.charAt(i + 1) == '0'
          && (i + 2 == n || !isDigit(s.charAt(i + 2)))) {
        i++; // skip ".0"
        continue;
      }
      b.append(c);
    }
    return b.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
