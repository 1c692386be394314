package dev.if4j.constraints.mifeval.es;

import dev.if4j.text.Py;

/**
 * {@code re.sub(r'(^\s*[\d]+\.\s*)|(^\s*[-*]\s*)', '', text, flags=re.MULTILINE)}: the list
 * markers the Spanish word count removes from line starts ("1. ", "- ", "* ").
 *
 * <p>Python's quirks are kept: {@code \s*} runs across newlines, so a marker after blank lines
 * takes the blank lines with it, and the whitespace after a marker (newlines included) goes too,
 * which may put the next match at a line start right away. Linear: the whitespace run after a line
 * start is measured once, however many line starts it holds.
 */
final class ListMarkers {
  private ListMarkers() {}

  static String remove(String text) {
    int n = text.length();
    StringBuilder out = null;
    int copied = 0;
    int runFrom = -1;
    int runEnd = -1;
    int p = 0;
    while (p <= n) {
      if (p < runFrom || p > runEnd) {
        runFrom = p;
        runEnd = spaceEnd(text, p);
      }
      int end = markerEnd(text, runEnd);
      if (end >= 0) {
        if (out == null) out = new StringBuilder(n);
        out.append(text, copied, p);
        copied = end;
        p = end;
        if (text.charAt(p - 1) != '\n') p = nextLineStart(text, p);
        continue;
      }
      p = nextLineStart(text, p);
    }
    if (out == null) return text;
    return out.append(text, Math.min(copied, n), n).toString();
  }

  /** Where {@code \d+\.\s*} or {@code [-*]\s*} starting at {@code q} ends, or -1. */
  private static int markerEnd(String s, int q) {
    int n = s.length();
    int k = q;
    while (k < n && Py.isDecimal(s.codePointAt(k))) k += Character.charCount(s.codePointAt(k));
    if (k > q && k < n && s.charAt(k) == '.') return spaceEnd(s, k + 1);
    if (q < n && (s.charAt(q) == '-' || s.charAt(q) == '*')) return spaceEnd(s, q + 1);
    return -1;
  }

  private static int spaceEnd(String s, int i) {
    while (i < s.length() && Py.isSpace(s.charAt(i))) i++;
    return i;
  }

  /** The next position after {@code p} where {@code ^} matches in MULTILINE mode (past the end: n+1). */
  private static int nextLineStart(String s, int p) {
    int nl = s.indexOf('\n', p);
    return nl < 0 ? s.length() + 1 : nl + 1;
  }
}
