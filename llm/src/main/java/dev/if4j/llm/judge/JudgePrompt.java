package dev.if4j.llm.judge;

import dev.if4j.text.PyRepr;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The text sent to the judge, from a template with placeholders:
 *
 * <ul>
 *   <li>{@code {instruction}}: the prompt the response answers;
 *   <li>{@code {response}}: the response (its answer part);
 *   <li>{@code {constraints}}: the constraints the judge checks, one per line, as given;
 *   <li>{@code {constraints_repr}}: the same list as Python's {@code str(list)} writes it, which is
 *       how VerIF's own prompt inserts its checkers (so that its template can be used unchanged).
 * </ul>
 *
 * Substitution is one pass over the template: a placeholder inside a substituted value (a response
 * that quotes <code>{constraints}</code>) stays as it is. Any other brace text is left alone.
 */
public final class JudgePrompt {
  /**
   * if4j's own wording of VerIF's protocol: judge whether the response follows the constraints of
   * the instruction, and put the verdict, {@code [[1]]} or {@code [[0]]}, first.
   */
  public static final String DEFAULT_TEMPLATE = """
      You are grading whether a response follows the constraints of an instruction (constraints on \
      length, style, format, content and the like).

      # Instruction
      {instruction}

      # Response
      {response}

      # Constraints to check
      {constraints}

      Decide whether the response satisfies every constraint above, as the instruction intends it.
      Begin your answer with the verdict in double square brackets: [[1]] if every constraint is \
      followed, [[0]] if any is not. You may explain briefly after the verdict.
      """;

  private static final List<String> PLACEHOLDERS = List.of("{instruction}", "{response}", "{constraints_repr}", "{constraints}");

  private final String template;

  private JudgePrompt(String template) {
    this.template = Objects.requireNonNull(template);
  }

  public static JudgePrompt defaults() {
    return new JudgePrompt(DEFAULT_TEMPLATE);
  }

  /** A template given as text; it must use {@code {response}} (a judge that never sees it judges nothing). */
  public static JudgePrompt of(String template) {
    if (!template.contains("{response}")) {
      throw new IllegalArgumentException("the judge prompt template has no {response} placeholder"
          + " (placeholders: {instruction}, {response}, {constraints}, {constraints_repr})");
    }
    return new JudgePrompt(template);
  }

  /** A template read from {@code file} (UTF-8). */
  public static JudgePrompt read(Path file) throws IOException {
    return of(Files.readString(file, StandardCharsets.UTF_8));
  }

  public String template() {
    return template;
  }

  /** The prompt for one call. */
  public String render(String instruction, String response, List<String> constraints) {
    StringBuilder sb = new StringBuilder(template.length() + instruction.length() + response.length() + 256);
    int i = 0;
    int n = template.length();
    while (i < n) {
      int open = template.indexOf('{', i);
      if (open < 0) {
        sb.append(template, i, n);
        break;
      }
      sb.append(template, i, open);
      String hit = null;
      for (String p : PLACEHOLDERS) {
        if (template.startsWith(p, open)) {
          hit = p;
          break;
        }
      }
      if (hit == null) {
        sb.append('{');
        i = open + 1;
        continue;
      }
      switch (hit) {
        case "{instruction}" -> sb.append(instruction);
        case "{response}" -> sb.append(response);
        case "{constraints}" -> sb.append(String.join("\n", constraints));
        default -> sb.append(PyRepr.repr(constraints));
      }
      i = open + hit.length();
    }
    return sb.toString();
  }
}
