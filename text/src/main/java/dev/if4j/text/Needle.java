package dev.if4j.text;

/**
 * A literal string searched for in texts, in time linear in the text's and the needle's length
 * whatever both hold: the one substring search that checkers use on user-given arguments.
 *
 * <p>{@link String#indexOf(String)} compares the needle again from each start, so a text that
 * almost matches everywhere ("aaa…ab" in "aaa…") costs text length × needle length: seconds for a
 * 20K-character keyword in a 262K-character response. A needle of at most {@value #SHORT} chars
 * keeps {@code indexOf} (the JDK's vectorised intrinsic; at worst {@value #SHORT} compares per
 * char); a longer one runs Knuth–Morris–Pratt, which never reads a text char twice, and jumps with
 * {@code indexOf(char)} to the next candidate first char while nothing is matched, so that normal
 * text is skimmed as fast as before.
 *
 * <p>Indices are UTF-16 indices, as in {@link String}; callers that need code point semantics
 * (Python's {@code str}) filter the occurrences (see {@link PySubstrings}).
 */
public final class Needle {
  /** Needles up to this many chars use {@link String#indexOf(String, int)}. */
  static final int SHORT = 16;

  private final String needle;
  /** KMP's failure function: the length of the longest proper border of {@code needle[0..i]}; null when short. */
  private final int[] border;

  private Needle(String needle) {
    this.needle = needle;
    this.border = needle.length() <= SHORT ? null : borders(needle);
  }

  /** The needle {@code s}; building it costs O(len(s)). */
  public static Needle of(String s) {
    return new Needle(s);
  }

  /** The string searched for. */
  public String string() {
    return needle;
  }

  /** Its length in UTF-16 units. */
  public int length() {
    return needle.length();
  }

  /**
   * The first occurrence in {@code text} at or after {@code from}, as {@link String#indexOf(String,
   * int)} returns it (an empty needle included); -1 if none.
   */
  public int find(String text, int from) {
    if (border == null) return text.indexOf(needle, from);
    return new Scan(text, from).next();
  }

  /** True when {@code text} contains the needle. */
  public boolean in(String text) {
    return find(text, 0) >= 0;
  }

  /**
   * The number of non-overlapping occurrences, found left to right ({@code str.count} by UTF-16
   * index); an empty needle counts every index, {@code text.length() + 1}.
   */
  public int count(String text) {
    if (needle.isEmpty()) return text.length() + 1;
    int n = 0;
    if (border == null) {
      // Short: indexOf's restarts cost at most SHORT compares per char.
      for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) n++;
      return n;
    }
    Scan scan = scan(text, 0);
    for (int at = scan.next(); at >= 0; at = scan.nextFrom(at + needle.length())) n++;
    return n;
  }

  /**
   * Every occurrence in {@code text} that starts at or after {@code from}, overlapping ones
   * included, in increasing order, all found in one pass (never restarting the search).
   */
  public Scan scan(String text, int from) {
    return new Scan(text, from);
  }

  /** A left-to-right pass over one text; not thread-safe. */
  public final class Scan {
    private final String text;
    /** The next text index to read (KMP), or to search from (short needles). */
    private int pos;
    /** KMP: how many needle chars end at {@code pos - 1}. */
    private int matched;

    private Scan(String text, int from) {
      this.text = text;
      this.pos = Math.max(from, 0);
    }

    /** The start of the next occurrence, or -1 when there is none left. */
    public int next() {
      return border == null ? nextShort() : nextKmp();
    }

    /**
     * The next occurrence that starts at or after {@code min}, or -1: for callers whose search
     * start only moves right (non-overlapping counts), one pass in all. The text before {@code
     * min} that is still unread is skipped, as {@code indexOf(needle, min)} would skip it.
     */
    public int nextFrom(int min) {
      if (border == null) {
        pos = Math.max(pos, min);
      } else if (min >= pos) {
        pos = min;
        matched = 0;
      } else {
        // Keep only the part of the current partial match that starts at or after min.
        while (matched > 0 && pos - matched < min) matched = border[matched - 1];
      }
      return next();
    }

    private int nextShort() {
      if (pos > text.length()) return -1;
      int at = text.indexOf(needle, pos);
      pos = at < 0 ? text.length() + 1 : at + 1;
      return at;
    }

    private int nextKmp() {
      int n = text.length();
      int m = needle.length();
      char first = needle.charAt(0);
      while (pos < n) {
        if (matched == 0) {
          // Nothing matched yet: only a first char can start an occurrence.
          pos = text.indexOf(first, pos);
          if (pos < 0) {
            pos = n;
            return -1;
          }
        }
        char c = text.charAt(pos++);
        while (matched > 0 && needle.charAt(matched) != c) matched = border[matched - 1];
        if (needle.charAt(matched) == c) matched++;
        if (matched == m) {
          matched = border[m - 1];
          return pos - m;
        }
      }
      return -1;
    }
  }

  private static int[] borders(String s) {
    int[] b = new int[s.length()];
    int k = 0;
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      while (k > 0 && s.charAt(k) != c) k = b[k - 1];
      if (s.charAt(k) == c) k++;
      b[i] = k;
    }
    return b;
  }
}
