package dev.if4j.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A safe reader of Python literals: what {@code ast.literal_eval} returns for the data sets that
 * store their ground truth as {@code str(python_object)}, and nothing else. It is a parser, never
 * an evaluator: no name is looked up and nothing is called.
 *
 * <p>Accepted, as CPython 3.11 reads them:
 *
 * <ul>
 *   <li>{@code str}: single, double and triple quotes; prefixes {@code r}, {@code u} (any case);
 *       adjacent literals concatenated ({@code 'a' "b"}); escapes {@code \\ \' \" \a \b \f \n \r
 *       \t \v}, backslash-newline, octal {@code \ooo}, {@code \xhh}, {@code \}{@code uXXXX},
 *       {@code \UXXXXXXXX}, and {@code \N{NAME}} where NAME is a character's Unicode name (any
 *       case) or {@code CJK UNIFIED IDEOGRAPH-XXXX}; an unknown escape such as {@code \d} keeps
 *       its backslash, as Python does;
 *   <li>{@code int} (decimal, {@code 0x}, {@code 0o}, {@code 0b}, with single underscores between
 *       digits; leading zeros only in {@code 0}, {@code 00}...) as {@link Long}, or {@link
 *       BigInteger} beyond 64 bits; {@code float} ({@code 1.5}, {@code .5}, {@code 5.}, {@code
 *       1e-3}) as {@link Double}; one unary {@code +} or {@code -} before a number;
 *   <li>{@code True}, {@code False} ({@link Boolean}) and {@code None} ({@code null});
 *   <li>{@code list} and {@code tuple}, both as {@link List} (JSON, which these values end up in,
 *       has no tuples either); {@code dict} as an insertion-ordered {@link Map}. Keys must be
 *       hashable (no list or dict, even inside a tuple); a repeated key keeps its first position
 *       and its last value, and {@code 1}, {@code 1.0} and {@code True} are the same key, as in
 *       Python;
 *   <li>whitespace, {@code #} comments and line breaks inside brackets, backslash continuations.
 * </ul>
 *
 * <p>Rejected with a {@link PyLiteralException} that names the position (a code-point index into
 * the text, as Python indexes it) and the offending token: names ({@code nan}, {@code x}),
 * calls ({@code len('a')}, {@code set()}), operators ({@code 1+2}, {@code -(-1)}), subscripts,
 * and — deliberately, although {@code literal_eval} accepts them — bytes, sets, complex numbers
 * and {@code ...}, which no ground truth holds. {@code \N} does not know name aliases
 * ({@code \N{LF}}, {@code \N{NBSP}}), Hangul syllable names or control-character names (an error,
 * never a wrong character), and knows the Unicode version of the JVM, which may name characters
 * that Python 3.11 does not. Like CPython, an integer of more than 4300 digits is an error.
 * Nesting deeper than 200 brackets is an error (CPython's parser stops at 200 too).
 *
 * <p>Linear time; recursion only per bracket level.
 */
public final class PyLiteral {
  private PyLiteral() {}

  /** CPython's default {@code sys.get_int_max_str_digits()}. */
  static final int INT_MAX_STR_DIGITS = 4300;

  /** CPython's parser refuses more nested brackets than this. */
  static final int MAX_DEPTH = 200;

  /** A text that is not one Python literal. */
  public static final class PyLiteralException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int position;
    private final String token;
    private final String problem;

    PyLiteralException(int position, String token, String problem) {
      super("at position " + position + (token == null ? "" : " (" + token + ")") + ": " + problem);
      this.position = position;
      this.token = token;
      this.problem = problem;
    }

    /** Code-point index into the text where the problem is (Python's index). */
    public int position() {
      return position;
    }

    /** The offending token as written (quoted), or null at the end of the text. */
    public String token() {
      return token;
    }

    /** What is wrong, without the position. */
    public String problem() {
      return problem;
    }
  }

  /** The value of {@code text}, one Python literal; see the class comment for what is accepted. */
  public static Object parse(CharSequence text) {
    return new Parser(text.toString()).parseAll();
  }

  private static final class Parser {
    private final String s;
    private final int n;
    private int i;
    private int depth;
    /** The value just parsed is a number literal without sign (parentheses allowed): '-' may apply. */
    private boolean bareNumber;
    /** The value just parsed may be a dict key (no list or dict in it). */
    private boolean hashable;

    Parser(String s) {
      this.s = s;
      this.n = s.length();
    }

    Object parseAll() {
      skipLeading();
      if (i >= n) throw error(i, "empty text: expected a literal");
      Object v = value();
      skipSpace(true);
      if (i < n) throw unexpectedAfterValue("after the literal");
      return v;
    }

    // ---- values

    private Object value() {
      bareNumber = false;
      hashable = true;
      if (i >= n) throw error(i, "unexpected end of text: expected a literal");
      char c = s.charAt(i);
      switch (c) {
        case '[':
          return list();
        case '(':
          return parenthesised();
        case '{':
          return dict();
        case '\'', '"':
          return strings();
        case '+', '-':
          return signed();
        default:
          break;
      }
      if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(s.charAt(i + 1)))) {
        Object num = number();
        bareNumber = true;
        return num;
      }
      if (c == '.') throw error(i, "'...' (Ellipsis) is not supported; expected a literal");
      if (isIdStart(s.codePointAt(i))) return word();
      if (c == ']' || c == ')' || c == '}') throw error(i, "unmatched closing bracket");
      if (c == ',') throw error(i, "expected a literal before ','");
      throw error(i, "unexpected character: expected a literal");
    }

    private Object signed() {
      int at = i;
      char sign = s.charAt(i++);
      skipSpace(depth > 0);
      Object operand = value();
      if (!bareNumber) {
        throw new PyLiteralException(cp(at), quote(String.valueOf(sign)),
            "a sign may only precede a number (expressions are not literals)");
      }
      bareNumber = false;
      if (sign == '+') return operand;
      if (operand instanceof Long l) {
        return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) (-l);
      }
      if (operand instanceof BigInteger b) return normalise(b.negate());
      return -(Double) operand;
    }

    private Object word() {
      int start = i;
      i = identEnd(i);
      String w = s.substring(start, i);
      if (i < n && (s.charAt(i) == '\'' || s.charAt(i) == '"') && isStringPrefix(w)) {
        String lower = w.toLowerCase();
        if (lower.indexOf('b') >= 0) throw error(start, w + s.charAt(i), "bytes literals are not supported");
        if (lower.indexOf('f') >= 0) throw error(start, w + s.charAt(i), "f-strings are not literals");
        i = start;
        return strings();
      }
      switch (w) {
        case "True":
          return Boolean.TRUE;
        case "False":
          return Boolean.FALSE;
        case "None":
          return null;
        default:
          break;
      }
      int save = i;
      skipSpace(depth > 0);
      boolean call = i < n && s.charAt(i) == '(';
      i = save;
      throw error(start, w, call
          ? "a function call is not a literal"
          : "a name is not a literal (only True, False and None are)");
    }

    private List<Object> list() {
      int open = i++;
      enter(open);
      List<Object> out = new ArrayList<>();
      skipSpace(true);
      while (true) {
        if (i >= n) throw error(open, "[", "'[' was never closed");
        if (s.charAt(i) == ']') break;
        out.add(value());
        skipSpace(true);
        if (i < n && s.charAt(i) == ',') {
          i++;
          skipSpace(true);
        } else if (i < n && s.charAt(i) != ']') {
          throw unexpectedAfterValue("in a list: expected ',' or ']'");
        }
      }
      i++;
      depth--;
      bareNumber = false;
      hashable = false;
      return out;
    }

    private Object parenthesised() {
      int open = i++;
      enter(open);
      skipSpace(true);
      if (i < n && s.charAt(i) == ')') {
        i++;
        depth--;
        bareNumber = false;
        hashable = true;
        return new ArrayList<>();
      }
      if (i >= n) throw error(open, "(", "'(' was never closed");
      Object first = value();
      boolean firstBare = bareNumber;
      boolean allHashable = hashable;
      skipSpace(true);
      if (i < n && s.charAt(i) == ')') {
        // (x) is x itself: a sign may apply to (1) as to 1.
        i++;
        depth--;
        bareNumber = firstBare;
        hashable = allHashable;
        return first;
      }
      if (i >= n || s.charAt(i) != ',') {
        if (i >= n) throw error(open, "(", "'(' was never closed");
        throw unexpectedAfterValue("in parentheses: expected ',' or ')'");
      }
      List<Object> tuple = new ArrayList<>();
      tuple.add(first);
      i++;
      skipSpace(true);
      while (true) {
        if (i >= n) throw error(open, "(", "'(' was never closed");
        if (s.charAt(i) == ')') break;
        tuple.add(value());
        allHashable &= hashable;
        skipSpace(true);
        if (i < n && s.charAt(i) == ',') {
          i++;
          skipSpace(true);
        } else if (i < n && s.charAt(i) != ')') {
          throw unexpectedAfterValue("in a tuple: expected ',' or ')'");
        }
      }
      i++;
      depth--;
      bareNumber = false;
      hashable = allHashable;
      return tuple;
    }

    private Map<Object, Object> dict() {
      int open = i++;
      enter(open);
      Map<Object, Object> out = new LinkedHashMap<>();
      Map<Object, Object> keyOf = null; // canonical key -> the key as first written
      skipSpace(true);
      boolean first = true;
      while (true) {
        if (i >= n) throw error(open, "{", "'{' was never closed");
        if (s.charAt(i) == '}') break;
        int keyAt = i;
        Object key = value();
        if (!hashable) {
          throw error(keyAt, "unhashable dict key (a list or dict cannot be a key)");
        }
        skipSpace(true);
        if (i >= n) throw error(open, "{", "'{' was never closed");
        if (s.charAt(i) != ':') {
          if (first && (s.charAt(i) == ',' || s.charAt(i) == '}')) {
            throw error(open, "{", "set literals are not supported");
          }
          throw unexpectedAfterValue("in a dict: expected ':'");
        }
        i++;
        skipSpace(true);
        Object v = value();
        if (keyOf == null) keyOf = new HashMap<>();
        // Python keeps the first key object and the last value.
        Object firstKey = keyOf.putIfAbsent(canonicalKey(key), key);
        out.put(firstKey == null ? key : firstKey, v);
        first = false;
        skipSpace(true);
        if (i < n && s.charAt(i) == ',') {
          i++;
          skipSpace(true);
        } else if (i < n && s.charAt(i) != '}') {
          throw unexpectedAfterValue("in a dict: expected ',' or '}'");
        }
      }
      i++;
      depth--;
      bareNumber = false;
      hashable = false;
      return out;
    }

    private void enter(int open) {
      if (++depth > MAX_DEPTH) throw error(open, "too deeply nested (more than " + MAX_DEPTH + " brackets)");
    }

    // ---- strings

    /** One or more adjacent string literals, concatenated. */
    private String strings() {
      StringBuilder sb = new StringBuilder();
      while (true) {
        stringLiteral(sb);
        int save = i;
        skipSpace(depth > 0);
        if (i < n && (s.charAt(i) == '\'' || s.charAt(i) == '"')) continue;
        if (i < n && isIdStart(s.codePointAt(i))) {
          int start = i;
          i = identEnd(i);
          boolean prefixed = i < n && (s.charAt(i) == '\'' || s.charAt(i) == '"')
              && isStringPrefix(s.substring(start, i));
          i = start;
          if (prefixed) continue; // a bytes or f-string prefix is rejected by stringLiteral
        }
        i = save;
        break;
      }
      bareNumber = false;
      hashable = true;
      return sb.toString();
    }

    private void stringLiteral(StringBuilder sb) {
      int start = i;
      boolean raw = false;
      while (s.charAt(i) != '\'' && s.charAt(i) != '"') {
        char p = Character.toLowerCase(s.charAt(i));
        if (p == 'b') throw error(start, "bytes literals are not supported");
        if (p == 'f') throw error(start, "f-strings are not literals");
        if (p == 'r') raw = true;
        i++;
      }
      char q = s.charAt(i);
      boolean triple = i + 2 < n && s.charAt(i + 1) == q && s.charAt(i + 2) == q;
      i += triple ? 3 : 1;
      while (true) {
        if (i >= n) {
          throw error(start, abbreviate(s.substring(start, Math.min(n, start + 20))),
              triple ? "unterminated triple-quoted string" : "unterminated string");
        }
        char c = s.charAt(i);
        if (c == q) {
          if (!triple) {
            i++;
            return;
          }
          if (i + 2 < n && s.charAt(i + 1) == q && s.charAt(i + 2) == q) {
            i += 3;
            return;
          }
          sb.append(c);
          i++;
        } else if (c == '\n' || c == '\r') {
          if (!triple) {
            throw error(start, s.substring(start, i), "unterminated string (a line break inside quotes)");
          }
          // Python reads \r\n and \r in source as \n.
          sb.append('\n');
          i += c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
        } else if (c == '\\') {
          if (raw) {
            // A raw string keeps the backslash and the character after it (which cannot end it).
            sb.append(c);
            i++;
            if (i < n) {
              char d = s.charAt(i);
              if (d == '\r' || d == '\n') {
                sb.append('\n');
                i += d == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
              } else {
                sb.append(d);
                i++;
              }
            }
          } else {
            escape(sb);
          }
        } else {
          sb.append(c);
          i++;
        }
      }
    }

    private void escape(StringBuilder sb) {
      int at = i;
      i++;
      if (i >= n) throw error(at, "unterminated string (a backslash at the end)");
      char c = s.charAt(i++);
      switch (c) {
        case '\n':
          return;
        case '\r':
          if (i < n && s.charAt(i) == '\n') i++;
          return;
        case '\\', '\'', '"':
          sb.append(c);
          return;
        case 'a':
          sb.append('\u0007');
          return;
        case 'b':
          sb.append('\b');
          return;
        case 'f':
          sb.append('\f');
          return;
        case 'n':
          sb.append('\n');
          return;
        case 'r':
          sb.append('\r');
          return;
        case 't':
          sb.append('\t');
          return;
        case 'v':
          sb.append('\u000B');
          return;
        case 'x':
          sb.appendCodePoint(hex(at, 2, "\\x"));
          return;
        case 'u':
          sb.appendCodePoint(hex(at, 4, "\\u"));
          return;
        case 'U': {
          int cp = hex(at, 8, "\\U");
          if (cp > Character.MAX_CODE_POINT || cp < 0) {
            throw error(at, s.substring(at, i), "illegal Unicode character");
          }
          sb.appendCodePoint(cp);
          return;
        }
        case 'N':
          sb.appendCodePoint(named(at));
          return;
        default:
          break;
      }
      if (c >= '0' && c <= '7') {
        int v = c - '0';
        for (int k = 0; k < 2 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
          v = v * 8 + (s.charAt(i++) - '0');
        }
        sb.append((char) v);
        return;
      }
      // An unknown escape keeps its backslash (Python warns, and keeps both characters).
      sb.append('\\');
      i--;
    }

    private int hex(int at, int digits, String name) {
      if (i + digits > n) throw error(at, s.substring(at, n), "truncated " + name + " escape");
      int v = 0;
      for (int k = 0; k < digits; k++) {
        int d = Character.digit(s.charAt(i + k), 16);
        if (d < 0 || s.charAt(i + k) > 'f') {
          throw error(at, s.substring(at, i + k + 1), "truncated " + name + " escape");
        }
        v = v * 16 + d;
      }
      i += digits;
      return v;
    }

    private int named(int at) {
      if (i >= n || s.charAt(i) != '{') throw error(at, "\\N", "malformed \\N character escape");
      int close = s.indexOf('}', i + 1);
      if (close < 0) throw error(at, s.substring(at, Math.min(n, i + 1)), "malformed \\N character escape");
      String name = s.substring(i + 1, close);
      i = close + 1;
      int cp = lookupName(name);
      if (cp < 0) {
        throw error(at, s.substring(at, i), "unknown Unicode character name"
            + " (aliases, Hangul syllable and control-character names are not supported)");
      }
      return cp;
    }

    // ---- numbers

    private Object number() {
      int start = i;
      char c = s.charAt(i);
      if (c == '0' && i + 1 < n && "xXoObB".indexOf(s.charAt(i + 1)) >= 0) {
        char kind = Character.toLowerCase(s.charAt(i + 1));
        int radix = kind == 'x' ? 16 : kind == 'o' ? 8 : 2;
        i += 2;
        if (i < n && s.charAt(i) == '_') i++;
        int digitsStart = i;
        digits(radix, start);
        if (i == digitsStart) throw badNumber(start, "invalid " + (radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary") + " literal");
        endOfNumber(start);
        return integer(start, s.substring(digitsStart, i), radix);
      }
      boolean isFloat = false;
      int intStart = i;
      if (c != '.') digits(10, start);
      int intEnd = i;
      if (i < n && s.charAt(i) == '.') {
        isFloat = true;
        i++;
        if (i < n && isDigit(s.charAt(i))) digits(10, start);
        else if (i < n && s.charAt(i) == '_') throw badNumber(start, "invalid decimal literal");
      }
      if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
        int save = i;
        i++;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
        if (i < n && isDigit(s.charAt(i))) {
          digits(10, start);
          isFloat = true;
        } else {
          i = save; // "1e" / "1ex": the identifier check below rejects it
        }
      }
      endOfNumber(start);
      if (isFloat) return Double.parseDouble(s.substring(start, i).replace("_", ""));
      String digits = s.substring(intStart, intEnd);
      if (digits.charAt(0) == '0') {
        for (int k = 0; k < digits.length(); k++) {
          char d = digits.charAt(k);
          if (d != '0' && d != '_') {
            throw badNumber(start, "leading zeros in a decimal integer are not allowed (use 0o for octal)");
          }
        }
      }
      return integer(start, digits, 10);
    }

    /** Digits of {@code radix} with single underscores between them. */
    private void digits(int radix, int start) {
      boolean lastDigit = false;
      while (i < n) {
        char c = s.charAt(i);
        if (c == '_') {
          if (!lastDigit) throw badNumber(start, "invalid number literal (misplaced '_')");
          lastDigit = false;
          i++;
          continue;
        }
        int d = c < 128 ? Character.digit(c, radix) : -1;
        if (d < 0) {
          if (radix < 10 && isDigit(c)) throw badNumber(start, "invalid digit '" + c + "' in a base-" + radix + " literal");
          break;
        }
        lastDigit = true;
        i++;
      }
      if (i > start && s.charAt(i - 1) == '_') throw badNumber(start, "invalid number literal (misplaced '_')");
    }

    private void endOfNumber(int start) {
      if (i < n && (s.charAt(i) == 'j' || s.charAt(i) == 'J')) {
        i++;
        throw badNumber(start, "complex numbers are not supported");
      }
      if (i < n && isIdPart(s.codePointAt(i))) {
        i = identEnd(i);
        throw badNumber(start, "invalid number literal");
      }
    }

    private Object integer(int start, String text, int radix) {
      String digits = text.replace("_", "");
      if (digits.length() > INT_MAX_STR_DIGITS) {
        throw error(start, abbreviate(s.substring(start, i)),
            "integer of more than " + INT_MAX_STR_DIGITS + " digits (Python's conversion limit)");
      }
      return normalise(new BigInteger(digits, radix));
    }

    private PyLiteralException badNumber(int start, String problem) {
      int end = identEnd(Math.max(i, start + 1));
      return error(start, abbreviate(s.substring(start, Math.min(n, end))), problem);
    }

    // ---- whitespace, errors

    /**
     * literal_eval strips leading spaces and tabs; eval mode then skips blank and comment lines, but
     * a line that starts with spaces before the literal is an "unexpected indent".
     */
    private void skipLeading() {
      while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
      while (true) {
        skipSpace(false);
        if (i >= n || (s.charAt(i) != '\n' && s.charAt(i) != '\r')) return;
        i += s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
        int lineStart = i;
        skipSpace(false);
        if (i < n && i > lineStart && s.charAt(i) != '\n' && s.charAt(i) != '\r' && s.charAt(i) != '#') {
          throw error(i, "unexpected indent before the literal");
        }
      }
    }

    /** Spaces, tabs, form feeds, comments, backslash continuations; line breaks when allowed. */
    private void skipSpace(boolean lineBreaks) {
      while (i < n) {
        char c = s.charAt(i);
        if (c == ' ' || c == '\t' || c == '\f') {
          i++;
        } else if (c == '#') {
          while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') i++;
        } else if ((c == '\n' || c == '\r') && lineBreaks) {
          i++;
        } else if (c == '\\' && i + 1 < n && (s.charAt(i + 1) == '\n' || s.charAt(i + 1) == '\r')) {
          i += 2;
          if (s.charAt(i - 1) == '\r' && i < n && s.charAt(i) == '\n') i++;
        } else {
          return;
        }
      }
    }

    private PyLiteralException unexpectedAfterValue(String where) {
      if (i >= n) return error(i, "unexpected end of text " + where);
      char c = s.charAt(i);
      if ("+-*/%@&|^~<>=!.".indexOf(c) >= 0) {
        return error(i, "operators are not allowed: only literals");
      }
      if (c == '(') return error(i, "a call is not a literal");
      if (c == '[') return error(i, "a subscript is not a literal");
      if (c == ']' || c == ')' || c == '}') return error(i, "unmatched closing bracket " + where);
      if (c == '\n' || c == '\r') return error(i, "a line break outside brackets " + where);
      return error(i, "unexpected token " + where);
    }

    private PyLiteralException error(int at, String problem) {
      if (at >= n) return new PyLiteralException(cp(at), null, problem);
      int end = isIdStart(s.codePointAt(at)) ? identEnd(at) : at + Character.charCount(s.codePointAt(at));
      return new PyLiteralException(cp(at), quote(abbreviate(s.substring(at, end))), problem);
    }

    private PyLiteralException error(int at, String token, String problem) {
      return new PyLiteralException(cp(at), quote(token), problem);
    }

    /** The end of the identifier characters from {@code from}. */
    private int identEnd(int from) {
      int k = from;
      while (k < n) {
        int c = s.codePointAt(k);
        if (!isIdPart(c)) break;
        k += Character.charCount(c);
      }
      return k;
    }

    private int cp(int charIndex) {
      return s.codePointCount(0, Math.min(charIndex, n));
    }
  }

  /** The token as Python's repr() shows it: quoted, unambiguous, escapes visible. */
  private static String quote(String token) {
    return PyRepr.repr(token);
  }

  private static String abbreviate(String t) {
    return t.length() <= 40 ? t : t.substring(0, 37) + "...";
  }

  private static Object normalise(BigInteger b) {
    return b.bitLength() < 64 ? (Object) b.longValue() : b;
  }

  /** Python's dict-key equality: 1, 1.0 and True are one key; tuples compare element-wise. */
  private static Object canonicalKey(Object key) {
    if (key instanceof Boolean b) return BigInteger.valueOf(b ? 1 : 0);
    if (key instanceof Long l) return BigInteger.valueOf(l);
    if (key instanceof Double d) {
      if (!Double.isInfinite(d) && !Double.isNaN(d) && d == Math.rint(d)) {
        return new BigDecimal(d).toBigIntegerExact();
      }
      return d;
    }
    if (key instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object o : list) out.add(canonicalKey(o));
      return out;
    }
    return key;
  }

  private static boolean isStringPrefix(String w) {
    switch (w.toLowerCase()) {
      case "r", "u", "b", "br", "rb", "f", "fr", "rf":
        return true;
      default:
        return false;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Python identifiers (close enough to XID for naming the offending token in a message). */
  private static boolean isIdStart(int c) {
    return c == '_' || Character.isUnicodeIdentifierStart(c);
  }

  private static boolean isIdPart(int c) {
    return c == '_' || Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
  }

  private static final String CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";

  /** The code point named {@code name} as Python's {@code \N{}} finds it, or -1. */
  static int lookupName(String name) {
    Objects.requireNonNull(name);
    if (name.isEmpty() || !name.strip().equals(name)) return -1;
    String upper = name.toUpperCase(java.util.Locale.ROOT);
    if (upper.startsWith(CJK_PREFIX)) {
      String hex = upper.substring(CJK_PREFIX.length());
      if (hex.length() < 4 || hex.length() > 5) return -1;
      int cp;
      try {
        cp = Integer.parseInt(hex, 16);
      } catch (NumberFormatException e) {
        return -1;
      }
      String javaName = Character.getName(cp);
      return javaName != null && javaName.startsWith("CJK UNIFIED IDEOGRAPHS") ? cp : -1;
    }
    int cp;
    try {
      cp = Character.codePointOf(name);
    } catch (IllegalArgumentException e) {
      return -1;
    }
    String official = Character.getName(cp);
    if (official == null || !official.equalsIgnoreCase(name)) return -1;
    // Java invents names for controls (Unicode 1.0 names) and for unnamed characters ("BLOCK
    // NAME" + hex); Python knows neither.
    if (Character.getType(cp) == Character.CONTROL) return -1;
    if (official.endsWith(" " + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT))) return -1;
    return cp;
  }
}
