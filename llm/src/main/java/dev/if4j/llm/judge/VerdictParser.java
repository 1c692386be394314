package dev.if4j.llm.judge;

/**
 * Reads a judge's verdict the way VerIF does: the integer inside the first {@code [[digits]]} in
 * the completion, 0 when there is none.
 *
 * <p>VerIF searches with Python's {@code re} ({@code \d} is any Unicode decimal digit) and converts
 * with {@code int()}, which accepts those digits too; a verdict of {@code [[１]]} (full-width) is 1
 * there and here. A search restarts at every {@code [[}, so {@code [[[1]]} is 1 and {@code [[x]] [[0]]}
 * is 0. A run of digits too long for a {@code long} saturates at {@link Long#MAX_VALUE} (Python would
 * keep the big integer; no judge writes one).
 */
public final class VerdictParser {
  private VerdictParser() {}

  /** The verdict in {@code completion}, or -1 when it holds no {@code [[digits]]}. */
  public static long find(String completion) {
    int n = completion.length();
    for (int i = 0; i + 1 < n; i++) {
      if (completion.charAt(i) != '[' || completion.charAt(i + 1) != '[') continue;
      int j = i + 2;
      long value = 0;
      int digits = 0;
      while (j < n) {
        int cp = completion.codePointAt(j);
        if (Character.getType(cp) != Character.DECIMAL_DIGIT_NUMBER) break;
        int d = Character.digit(cp, 10);
        value = value > (Long.MAX_VALUE - d) / 10 ? Long.MAX_VALUE : value * 10 + d;
        digits++;
        j += Character.charCount(cp);
      }
      if (digits > 0 && j + 1 < n && completion.charAt(j) == ']' && completion.charAt(j + 1) == ']') return value;
      // No match here; the next '[' may start one ("[[[1]]").
    }
    return -1;
  }

  /** VerIF's {@code extract_score}: the verdict, or 0 when there is none. */
  public static long verdict(String completion) {
    long v = find(completion);
    return v < 0 ? 0 : v;
  }
}
