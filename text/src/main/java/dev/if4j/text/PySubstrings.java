package dev.if4j.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's substring operations on {@code str} ({@code in}, {@code find}, {@code count},
 * {@code split(sep)}, {@code startswith}, {@code endswith}), by code point.
 *
 * <p>Java searches UTF-16 units, so a needle that begins or ends with a lone surrogate (JSON lets a
 * string carry one, e.g. {@code "\ud83d"}) could match half of a surrogate pair, which Python,
 * seeing one code point there, never does. Every method here rejects such half-pair matches. The
 * searches are {@link Needle}'s: linear in the text's and the needle's length, each text read once
 * however many occurrences are skipped.
 */
public final class PySubstrings {
  private PySubstrings() {}

  /** {@code s.find(sub, from)} as a UTF-16 index ({@code from} also one), or -1. */
  public static int find(String s, String sub, int from) {
    return nextWhole(Needle.of(sub).scan(s, from), s, sub.length(), 0);
  }

  /** {@code sub in s}. */
  public static boolean contains(String s, String sub) {
    return find(s, sub, 0) >= 0;
  }

  /**
   * {@code [sub in s for sub in subs]}, reading {@code s} once however many there are ({@link
   * Needles}).
   */
  public static boolean[] containsEach(String s, List<String> subs) {
    int[] at = Needles.of(subs).firstAccepted(s, (start, end) -> !splitsPair(s, start, end));
    boolean[] out = new boolean[at.length];
    for (int i = 0; i < at.length; i++) out[i] = at[i] >= 0;
    return out;
  }

  /** {@code s.count(sub)}: non-overlapping occurrences; an empty {@code sub} counts len(s) + 1. */
  public static int count(String s, String sub) {
    if (sub.isEmpty()) return Py.len(s) + 1;
    Needle.Scan scan = Needle.of(sub).scan(s, 0);
    int n = 0;
    int m = sub.length();
    for (int at = nextWhole(scan, s, m, 0); at >= 0; at = nextWhole(scan, s, m, at + m)) n++;
    return n;
  }

  /**
   * {@code s.split(sep)}: every item, empty ones included (Java's {@code String.split} drops
   * trailing empties and takes a regex).
   *
   * @throws IllegalArgumentException for an empty separator (Python's {@code ValueError})
   */
  public static List<String> split(String s, String sep) {
    if (sep.isEmpty()) throw new IllegalArgumentException("empty separator");
    Needle.Scan scan = Needle.of(sep).scan(s, 0);
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int at = nextWhole(scan, s, sep.length(), 0); at >= 0; at = nextWhole(scan, s, sep.length(), from)) {
      out.add(s.substring(from, at));
      from = at + sep.length();
    }
    out.add(s.substring(from));
    return out;
  }

  /**
   * The scan's next occurrence at or after {@code allowed} that splits no surrogate pair, or -1:
   * one pass over the text however many occurrences are skipped.
   */
  private static int nextWhole(Needle.Scan scan, String s, int length, int allowed) {
    for (int at = scan.nextFrom(allowed); at >= 0; at = scan.next()) {
      if (!splitsPair(s, at, at + length)) return at;
    }
    return -1;
  }

  /** {@code s.startswith(prefix)}. */
  public static boolean startsWith(String s, String prefix) {
    return s.startsWith(prefix) && !splitsPair(s, 0, prefix.length());
  }

  /** {@code s.endswith(suffix)}. */
  public static boolean endsWith(String s, String suffix) {
    int start = s.length() - suffix.length();
    return s.endsWith(suffix) && !splitsPair(s, start, s.length());
  }

  /** True when {@code s[start:end]} (UTF-16 indices) begins or ends inside a surrogate pair. */
  static boolean splitsPair(String s, int start, int end) {
    return isPairMiddle(s, start) || isPairMiddle(s, end);
  }

  private static boolean isPairMiddle(String s, int i) {
    return i > 0 && i < s.length() && Character.isHighSurrogate(s.charAt(i - 1))
        && Character.isLowSurrogate(s.charAt(i));
  }
}
