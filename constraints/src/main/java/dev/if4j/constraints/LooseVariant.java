package dev.if4j.constraints;

import dev.if4j.text.Py;
import java.util.List;

/**
 * The 8 texts the reference's loose evaluation tries, in its order: the response, then the same
 * with {@code *} removed, with the first line removed, the last line, both, and those three with
 * {@code *} removed. Line-removed variants are {@code strip()}ped, as the reference does.
 */
public enum LooseVariant {
  AS_IS,
  NO_ASTERISKS,
  NO_FIRST_LINE,
  NO_LAST_LINE,
  NO_FIRST_AND_LAST_LINE,
  NO_FIRST_LINE_NO_ASTERISKS,
  NO_LAST_LINE_NO_ASTERISKS,
  NO_FIRST_AND_LAST_LINE_NO_ASTERISKS;

  private static final LooseVariant[] ALL = values();

  public static List<LooseVariant> all() {
    return List.of(ALL);
  }

  /** This variant of {@code response}. */
  public String apply(String response) {
    return switch (this) {
      case AS_IS -> response;
      case NO_ASTERISKS -> response.replace("*", "");
      case NO_FIRST_LINE -> dropLines(response, true, false);
      case NO_LAST_LINE -> dropLines(response, false, true);
      case NO_FIRST_AND_LAST_LINE -> dropLines(response, true, true);
      case NO_FIRST_LINE_NO_ASTERISKS -> dropLines(response, true, false).replace("*", "");
      case NO_LAST_LINE_NO_ASTERISKS -> dropLines(response, false, true).replace("*", "");
      case NO_FIRST_AND_LAST_LINE_NO_ASTERISKS -> dropLines(response, true, true).replace("*", "");
    };
  }

  /** {@code "\n".join(r[a:b]).strip()} for {@code r = response.split("\n")}. */
  static String dropLines(String response, boolean first, boolean last) {
    Span span = linesKept(response, first, last);
    return response.substring(span.from(), span.to());
  }

  /** Where a variant's text lies in the text it is cut from: {@code text.substring(from, to)}. */
  record Span(int from, int to) {}

  /**
   * Where {@link #dropLines} finds its text in {@code response}: after the first {@code \n} (with
   * {@code first}), before the last (with {@code last}), less the whitespace at both ends. Empty
   * (at 0) when no line is left.
   */
  static Span linesKept(String response, boolean first, boolean last) {
    int start = 0;
    int end = response.length();
    if (first) {
      int nl = response.indexOf('\n');
      start = nl < 0 ? response.length() : nl + 1;
    }
    if (last) {
      int nl = response.lastIndexOf('\n');
      end = nl < 0 ? 0 : nl;
    }
    // With one line, r[1:-1] and r[:-1] are empty; with start > end the slice is empty too.
    while (start < end && Py.isSpace(response.charAt(start))) start++;
    while (end > start && Py.isSpace(response.charAt(end - 1))) end--;
    return start < end ? new Span(start, end) : new Span(0, 0);
  }
}
