package dev.if4j.constraints.ifeval;

import dev.if4j.text.Py;

/**
 * The matches of a MULTILINE list-item regex {@code ^\s*HEAD.*$} (Google's bullets, M-IFEval's
 * {@code ・} and {@code 1.} items), found in one pass as Python's non-overlapping scan finds them.
 * Their quirks are kept: {@code \s*} runs across blank lines (line starts inside one run share its
 * end, measured once), and where the head's last character is a newline the item's {@code .*} runs
 * on to the end of the next line, hiding an item there.
 */
public final class LineItems {
  private LineItems() {}

  /** An item's head: at {@code k}, past the leading whitespace, where its {@code .*} starts, or -1. */
  @FunctionalInterface
  public interface Head {
    int end(String s, int k);
  }

  /** How many items {@code head} starts in {@code s}. */
  public static int count(String s, Head head) {
    int n = s.length();
    int count = 0;
    int runEnd = -1; // end of the whitespace run last measured; line starts inside it share it
    int line = 0; // a position where ^ matches: 0 or just after '\n'
    while (line <= n) {
      int k;
      if (line < runEnd) {
        k = runEnd;
      } else {
        k = line;
        while (k < n && Py.isSpace(s.charAt(k))) k++;
        runEnd = k;
      }
      int itemEnd = head.end(s, k);
      int from = line;
      if (itemEnd >= 0) {
        count++;
        from = itemEnd; // the match ends before the next newline; ^ can match next just after it
      }
      int nl = s.indexOf('\n', from);
      if (nl < 0) break;
      line = nl + 1;
    }
    return count;
  }
}
