package dev.if4j.text;

import java.util.Arrays;

/**
 * Whether Python's {@code json.loads(s)} (CPython 3.11, default decoder, {@code strict=True})
 * accepts a string, without building anything.
 *
 * <p>What Python accepts, and so what this accepts:
 *
 * <ul>
 *   <li>any value at the top level (object, array, string, number, {@code true}, {@code false},
 *       {@code null}), surrounded only by the JSON whitespace {@code ' ', '\t', '\n', '\r'} (no
 *       other Unicode space, no BOM), and nothing after it ("Extra data" is an error);
 *   <li>the non-standard constants {@code NaN}, {@code Infinity} and {@code -Infinity};
 *   <li>numbers of the form {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?} with ASCII
 *       digits only, so {@code 01}, {@code 1.}, {@code .5} and {@code +1} are rejected;
 *   <li>strings whose escapes are {@code \" \\ \/ \b \f \n \r \t} or {@code \}{@code u} with
 *       exactly four hex digits (lone surrogates included), and which contain no raw control
 *       character below U+0020;
 *   <li>duplicate object keys; but no trailing comma, no single quotes, no comments.
 * </ul>
 *
 * <p>One quirk of CPython is reproduced because it turns a grammatically valid document into a
 * {@code ValueError}: an integer literal (no fraction, no exponent) of more than 4300 digits
 * exceeds CPython's default {@code int} conversion limit ({@code sys.get_int_max_str_digits()}).
 *
 * <p>One is not: CPython's decoder is recursive and raises {@code RecursionError} (not a {@code
 * ValueError}) on arrays or objects nested about 1000 deep, which aborts a caller that catches only
 * {@code ValueError}. There is no verdict to reproduce there, so this validator is iterative and
 * answers by the grammar at any depth: deep but well-formed nesting is valid.
 *
 * <p>Linear time, constant memory apart from one byte per open bracket.
 */
public final class PyJson {
  private PyJson() {}

  /** CPython's default {@code sys.get_int_max_str_digits()}. */
  static final int INT_MAX_STR_DIGITS = 4300;

  private static final byte ARRAY = 0;
  private static final byte OBJECT = 1;

  /** True when {@code json.loads(s)} returns without raising {@code ValueError}. */
  public static boolean isValid(CharSequence s) {
    return errorOffset(s, 0, s.length()) < 0;
  }

  /** {@link #isValid(CharSequence)} on {@code s[start:end]}, without copying it. */
  public static boolean isValid(CharSequence s, int start, int end) {
    return errorOffset(s, start, end) < 0;
  }

  /**
   * -1 when {@code s[start:end]} is valid; otherwise the index in {@code s} where the decoder gives
   * up (for error messages: not always the offset Python reports).
   */
  public static int errorOffset(CharSequence s, int start, int end) {
    if (start < 0 || end > s.length() || start > end) {
      throw new IndexOutOfBoundsException("[" + start + ", " + end + ") of " + s.length());
    }
    byte[] stack = new byte[8];
    int depth = 0;
    int i = skipWs(s, start, end);
    value:
    while (true) {
      // A value starts at i (whitespace before it already skipped).
      if (i >= end) return i;
      char c = s.charAt(i);
      switch (c) {
        case '{' -> {
          i = skipWs(s, i + 1, end);
          if (i < end && s.charAt(i) == '}') {
            i++;
          } else {
            if (depth == stack.length) stack = Arrays.copyOf(stack, depth * 2);
            stack[depth++] = OBJECT;
            i = member(s, i, end);
            if (i < 0) return ~i;
            continue value;
          }
        }
        case '[' -> {
          i = skipWs(s, i + 1, end);
          if (i < end && s.charAt(i) == ']') {
            i++;
          } else {
            if (depth == stack.length) stack = Arrays.copyOf(stack, depth * 2);
            stack[depth++] = ARRAY;
            continue value;
          }
        }
        case '"' -> {
          i = string(s, i, end);
          if (i < 0) return ~i;
        }
        case 'n' -> {
          if (!startsWith(s, i, end, "null")) return i;
          i += 4;
        }
        case 't' -> {
          if (!startsWith(s, i, end, "true")) return i;
          i += 4;
        }
        case 'f' -> {
          if (!startsWith(s, i, end, "false")) return i;
          i += 5;
        }
        case 'N' -> {
          if (!startsWith(s, i, end, "NaN")) return i;
          i += 3;
        }
        case 'I' -> {
          if (!startsWith(s, i, end, "Infinity")) return i;
          i += 8;
        }
        default -> {
          if (c == '-' && startsWith(s, i, end, "-Infinity")) {
            i += 9;
          } else {
            i = number(s, i, end);
            if (i < 0) return ~i;
          }
        }
      }
      // A value ended at i: close what it completes, or move to the container's next item.
      while (true) {
        i = skipWs(s, i, end);
        if (depth == 0) return i == end ? -1 : i;
        if (i >= end) return i;
        char d = s.charAt(i);
        if (d == ',') {
          i = skipWs(s, i + 1, end);
          if (stack[depth - 1] == OBJECT) {
            i = member(s, i, end);
            if (i < 0) return ~i;
          }
          continue value;
        }
        if (d == (stack[depth - 1] == OBJECT ? '}' : ']')) {
          depth--;
          i++;
        } else {
          return i;
        }
      }
    }
  }

  /**
   * An object member's {@code "key" :} at i; returns the index of its value (whitespace skipped),
   * or {@code ~errorIndex}.
   */
  private static int member(CharSequence s, int i, int end) {
    if (i >= end || s.charAt(i) != '"') return ~i;
    i = string(s, i, end);
    if (i < 0) return i;
    i = skipWs(s, i, end);
    if (i >= end || s.charAt(i) != ':') return ~i;
    return skipWs(s, i + 1, end);
  }

  /** The string starting with the quote at i; returns the index after its closing quote, or ~error. */
  private static int string(CharSequence s, int i, int end) {
    i++;
    while (i < end) {
      char c = s.charAt(i);
      if (c == '"') return i + 1;
      if (c < 0x20) return ~i;
      if (c == '\\') {
        if (i + 1 >= end) return ~i;
        char e = s.charAt(i + 1);
        switch (e) {
          case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> i += 2;
          case 'u' -> {
            if (i + 6 > end) return ~i;
            for (int k = i + 2; k < i + 6; k++) {
              if (!isHex(s.charAt(k))) return ~i;
            }
            i += 6;
          }
          default -> {
            return ~i;
          }
        }
      } else {
        i++;
      }
    }
    return ~i;
  }

  /** The number at i; returns the index after it, or ~error. */
  private static int number(CharSequence s, int i, int end) {
    int start = i;
    if (s.charAt(i) == '-') {
      i++;
      if (i >= end) return ~start;
    }
    int digitsFrom = i;
    char c = s.charAt(i);
    if (c == '0') {
      i++;
    } else if (c >= '1' && c <= '9') {
      i++;
      while (i < end && isDigit(s.charAt(i))) i++;
    } else {
      return ~start;
    }
    int intDigits = i - digitsFrom;
    boolean isFloat = false;
    if (i + 1 < end && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
      isFloat = true;
      i += 2;
      while (i < end && isDigit(s.charAt(i))) i++;
    }
    if (i < end && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      int e = i + 1;
      if (e < end && (s.charAt(e) == '-' || s.charAt(e) == '+')) e++;
      int digits = e;
      while (e < end && isDigit(s.charAt(e))) e++;
      if (e > digits) {
        isFloat = true;
        i = e;
      }
      // else: the 'e' is not part of the number; whatever follows then fails as a stray character.
    }
    if (!isFloat && intDigits > INT_MAX_STR_DIGITS) return ~start;
    return i;
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean startsWith(CharSequence s, int i, int end, String word) {
    if (end - i < word.length()) return false;
    for (int k = 0; k < word.length(); k++) {
      if (s.charAt(i + k) != word.charAt(k)) return false;
    }
    return true;
  }

  private static int skipWs(CharSequence s, int i, int end) {
    while (i < end) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
      i++;
    }
    return i;
  }
}
