package dev.if4j.constraints.multiif;

import java.util.Optional;

/**
 * Whether Python's {@code re.compile(pattern)} (3.11) raises {@code re.error} on a keyword, for the
 * errors a keyword meant as plain text runs into: a trailing or unknown escape ({@code \q}), an
 * unbalanced parenthesis, an unterminated character set, a quantifier with nothing to repeat
 * ({@code +x}, {@code (*)}, {@code a|?}) or repeating a repeat ({@code a**}, {@code a{2}*}), an
 * unknown {@code (?} extension, a group reference to no group.
 *
 * <p>Not checked (accepted): the finer points of {@code (?P<name>...)} names, inline flag groups,
 * character-class ranges out of order, {@code \N{...}} names. Keywords rarely hold them.
 */
final class PyRegexSyntax {
  private PyRegexSyntax() {}

  /** The {@code re.error} message Python would give, or empty where it compiles. */
  static Optional<String> error(String p) {
    int depth = 0;
    int groups = 0;
    // What the last item was: NONE (start, after '(' or '|'), ATOM, or REPEAT (a quantifier).
    int last = NONE;
    int n = p.length();
    for (int i = 0; i < n; ) {
      char c = p.charAt(i);
      switch (c) {
        case '\\' -> {
          if (i + 1 >= n) return Optional.of("bad escape (end of pattern)");
          char e = p.charAt(i + 1);
          if (e >= '1' && e <= '9') {
            int ref = e - '0';
            if (ref > groups) return Optional.of("invalid group reference " + ref);
          } else if (isAsciiLetter(e) && "abBdDfnrsStvwWZAuUxN".indexOf(e) < 0) {
            return Optional.of("bad escape \\" + e);
          } else if ((e == 'x' && !hex(p, i + 2, 2)) || (e == 'u' && !hex(p, i + 2, 4))
              || (e == 'U' && !hex(p, i + 2, 8))) {
            return Optional.of("incomplete escape \\" + e);
          }
          i += 2;
          last = ATOM;
        }
        case '[' -> {
          int end = classEnd(p, i);
          if (end < 0) return Optional.of("unterminated character set");
          i = end + 1;
          last = ATOM;
        }
        case '(' -> {
          if (i + 1 < n && p.charAt(i + 1) == '?') {
            if (i + 2 >= n) return Optional.of("unexpected end of pattern");
            char x = p.charAt(i + 2);
            if ("P:=!<#aiLmsux-".indexOf(x) < 0 && x != '>' && x != '(') {
              return Optional.of("unknown extension ?" + x);
            }
            if (x == '#') {
              int close = p.indexOf(')', i);
              if (close < 0) return Optional.of("missing ), unterminated comment");
              i = close + 1;
              continue;
            }
          } else {
            groups++;
          }
          depth++;
          i++;
          last = NONE;
        }
        case ')' -> {
          if (depth == 0) return Optional.of("unbalanced parenthesis");
          depth--;
          i++;
          last = ATOM;
        }
        case '|' -> {
          i++;
          last = NONE;
        }
        case '*', '+', '?' -> {
          if (last == NONE) return Optional.of("nothing to repeat");
          if (last == REPEAT) {
            // A lazy or possessive quantifier: '?' or '+' right after one repeat; a third is an error.
            if (c == '?' || c == '+') {
              i++;
              last = MODIFIED;
              continue;
            }
            return Optional.of("multiple repeat");
          }
          if (last == MODIFIED) return Optional.of("multiple repeat");
          i++;
          last = REPEAT;
        }
        case '{' -> {
          int end = quantifierEnd(p, i);
          if (end < 0) {
            i++;
            last = ATOM; // a literal '{'
          } else {
            if (last == NONE) return Optional.of("nothing to repeat");
            if (last != ATOM) return Optional.of("multiple repeat");
            i = end + 1;
            last = REPEAT;
          }
        }
        default -> {
          i += Character.charCount(p.codePointAt(i));
          last = ATOM;
        }
      }
    }
    if (depth > 0) return Optional.of("missing ), unterminated subpattern");
    return Optional.empty();
  }

  private static final int NONE = 0;
  private static final int ATOM = 1;
  private static final int REPEAT = 2;
  private static final int MODIFIED = 3;

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean hex(String p, int from, int count) {
    if (from + count > p.length()) return false;
    for (int i = from; i < from + count; i++) {
      if (Character.digit(p.charAt(i), 16) < 0) return false;
    }
    return true;
  }

  /** The index of the ']' closing the set opened at {@code open}, or -1. */
  private static int classEnd(String p, int open) {
    int i = open + 1;
    if (i < p.length() && p.charAt(i) == '^') i++;
    if (i < p.length() && p.charAt(i) == ']') i++; // a ']' first is literal
    while (i < p.length()) {
      char c = p.charAt(i);
      if (c == '\\') i += 2;
      else if (c == ']') return i;
      else i++;
    }
    return -1;
  }

  /** The index of the '}' of a quantifier {@code {m}}, {@code {m,}}, {@code {,n}}, {@code {m,n}} at {@code open}, or -1 (a literal '{'). */
  private static int quantifierEnd(String p, int open) {
    int i = open + 1;
    int digits = 0;
    while (i < p.length() && Character.isDigit(p.charAt(i)) && p.charAt(i) < 128) {
      i++;
      digits++;
    }
    if (i < p.length() && p.charAt(i) == ',') {
      i++;
      while (i < p.length() && p.charAt(i) >= '0' && p.charAt(i) <= '9') i++;
    } else if (digits == 0) {
      return -1;
    }
    return i < p.length() && p.charAt(i) == '}' ? i : -1;
  }
}
