package dev.if4j.text;

import java.util.ArrayList;
import java.util.List;

/** Python's {@code str.splitlines()}: the line boundaries Python knows, not only {@code \n}. */
public final class PyLines {
  private PyLines() {}

  /**
   * {@code s.splitlines()} (no {@code keepends}): breaks at {@code \n}, {@code \r}, {@code \r\n},
   * {@code \v}, {@code \f}, U+001C..U+001E, U+0085, U+2028 and U+2029; a final line break does not
   * start an empty last line, and {@code ""} has no lines.
   */
  public static List<String> splitLines(String s) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (isLineBoundary(c)) {
        lines.add(s.substring(start, i));
        if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') i++;
        start = i + 1;
      }
    }
    if (start < n) lines.add(s.substring(start));
    return lines;
  }

  /** Whether {@code str.splitlines()} breaks a line at {@code c}. */
  public static boolean isLineBoundary(char c) {
    return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E
        || c == 0x85 || c == 0x2028 || c == 0x2029;
  }
}
