package dev.if4j.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's substring operations on {@code str} ({@code in}, {@code find}, {@code count},
 * {@code split(sep)}, {@code startswith}, {@code endswith}), by code point.
 *
 * <p>Java searches UTF-16 units, so a needle that begins or ends with a lone surrogate (JSON lets a
 * string carry one, e.g. {@code "\ud83d"}) could match half of a surrogate pair, which Python,
 * seeing one code point there, never does. Every method here rejects such half-pair matches; for
 * ordinary text they are the plain {@link String} methods.
 */
public final class PySubstrings {
  private PySubstrings() {}

  /** {@code s.find(sub, from)} as a UTF-16 index ({@code from} also one), or -1. */
  public static int find(String s, String sub, int from) {
    int at = s.indexOf(sub, from);
    while (at >= 0 && splitsPair(s, at, at + sub.length())) at = s.indexOf(sub, at + 1);
    return at;
  }

  /** {@code sub in s}. */
  public static boolean contains(String s, String sub) {
    return find(s, sub, 0) >= 0;
  }

  /** {@code s.count(sub)}: non-overlapping occurrences; an empty {@code sub} counts len(s) + 1. */
  public static int count(String s, String sub) {
    if (sub.isEmpty()) return Py.len(s) + 1;
    int n = 0;
    for (int at = find(s, sub, 0); at >= 0; at = find(s, sub, at + sub.length())) n++;
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
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int at = find(s, sep, 0); at >= 0; at = find(s, sep, from)) {
      out.add(s.substring(from, at));
      from = at + sep.length();
    }
    out.add(s.substring(from));
    return out;
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
