package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code combination:repeat_prompt}: the response starts by repeating the request.
 *
 * <p>As the reference: {@code response.strip().lower()} must start with {@code
 * prompt_to_repeat.strip().lower()} (Python whitespace and case mapping). The request comes from
 * the arguments, not from the row's prompt; it must be given and not empty (the reference raises
 * otherwise). A request of only whitespace strips to nothing and so is always repeated.
 */
public final class RepeatPrompt extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("combination:repeat_prompt")
      .string("prompt_to_repeat", "the request the response must start with, word for word (required)")
      .factory(RepeatPrompt::new);

  private final String prompt;
  private final String expectedStart;

  RepeatPrompt(BuildContext ctx) {
    super(TYPE);
    String p = ctx.args().string("prompt_to_repeat");
    if (p == null || p.isEmpty()) {
      throw ctx.args().invalid("prompt_to_repeat", "must be set to the request to repeat");
    }
    prompt = p;
    expectedStart = Py.lower(Py.strip(p));
  }

  @Override
  public String describe() {
    return "First repeat the request word for word without change, then give your answer "
        + "(1. do not say any words or characters before repeating the request; 2. the request "
        + "you need to repeat does not include this sentence)";
  }

  @Override
  public Map<String, Object> args() {
    return Map.of("prompt_to_repeat", prompt);
  }

  @Override
  public Verdict check(TextView response) {
    String stripped = response.stripped();
    boolean ok = lowerStartsWith(stripped, expectedStart);
    return ok
        ? Verdict.followed(() -> "the response starts with the request")
        : Verdict.notFollowed(() -> {
          String text = Py.lower(stripped);
          return "the response does not start with the request (they differ at character "
              + Py.len(text.substring(0, commonPrefix(text, expectedStart))) + ")";
        });
  }

  /**
   * {@code text.lower().startswith(prefix)} by code point. When the first {@code prefix.length()}
   * chars of the text are ASCII, only they are lower-cased: ASCII characters lower-case one to one
   * whatever follows them (full case mapping changes lengths, and the final sigma looks around,
   * only for other characters).
   */
  static boolean lowerStartsWith(String text, String prefix) {
    int m = prefix.length();
    if (text.length() < m || !isAscii(text, 0, m)) return startsWithCodePoints(Py.lower(text), prefix);
    for (int i = 0; i < m; i++) {
      if (asciiLower(text.charAt(i)) != prefix.charAt(i)) return false;
    }
    return true;
  }

  static boolean isAscii(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) >= 0x80) return false;
    }
    return true;
  }

  static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** {@code s.startswith(prefix)} by code point: a prefix may not end inside a surrogate pair. */
  static boolean startsWithCodePoints(String s, String prefix) {
    int n = prefix.length();
    return s.startsWith(prefix)
        && !(n > 0 && n < s.length() && Character.isHighSurrogate(s.charAt(n - 1))
            && Character.isLowSurrogate(s.charAt(n)));
  }

  private static int commonPrefix(String a, String b) {
    int i = 0;
    int n = Math.min(a.length(), b.length());
    while (i < n && a.charAt(i) == b.charAt(i)) i++;
    if (i > 0 && Character.isHighSurrogate(a.charAt(i - 1))) i--;
    return i;
  }
}
