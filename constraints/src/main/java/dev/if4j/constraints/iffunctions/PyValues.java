package dev.if4j.constraints.iffunctions;

import dev.if4j.text.Py;
import dev.if4j.text.PyRepr;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What Python does with a JSON-decoded argument of any type. The reference functions are untyped:
 * {@code N} may arrive as a string, {@code keyword_list} as a string (then its characters are the
 * keywords), and Python either copes or raises. These helpers reproduce both, so a badly typed
 * ground truth gets the reference's verdict or the reference's exception, never a third answer.
 *
 * <p>Values are as {@link IfFunctions} decodes JSON: {@link String}, {@link Long} or {@link
 * BigInteger} (Python {@code int}), {@link Double} ({@code float}), {@link Boolean} ({@code bool},
 * an {@code int} subclass in Python), {@link List} and {@link Map}.
 */
final class PyValues {
  private PyValues() {}

  /** Python's {@code type(v).__name__}. */
  static String typeName(Object v) {
    if (v == null) return "NoneType";
    if (v instanceof String) return "str";
    if (v instanceof Boolean) return "bool";
    if (v instanceof Long || v instanceof BigInteger || v instanceof Integer) return "int";
    if (v instanceof Double) return "float";
    if (v instanceof List) return "list";
    if (v instanceof Map) return "dict";
    return v.getClass().getSimpleName();
  }

  /** Python's {@code repr(v)}, for messages. */
  static String repr(Object v) {
    if (v == null) return "None";
    if (v instanceof String s) return PyRepr.repr(s);
    if (v instanceof Boolean b) return b ? "True" : "False";
    if (v instanceof Double d) {
      if (d.isNaN()) return "nan";
      if (d.isInfinite()) return d > 0 ? "inf" : "-inf";
      return d.toString().replace("E", "e");
    }
    if (v instanceof List<?> list) {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < list.size(); i++) sb.append(i > 0 ? ", " : "").append(repr(list.get(i)));
      return sb.append(']').toString();
    }
    if (v instanceof Map<?, ?> map) {
      StringBuilder sb = new StringBuilder("{");
      map.forEach((k, x) ->
          sb.append(sb.length() > 1 ? ", " : "").append(repr(k)).append(": ").append(repr(x)));
      return sb.append('}').toString();
    }
    return String.valueOf(v);
  }

  /** {@code for x in v}: a list's items, a string's characters, a dict's keys; else TypeError. */
  static List<Object> iterate(Object v) {
    if (v instanceof List<?> list) return new ArrayList<>(list);
    if (v instanceof String s) {
      List<Object> chars = new ArrayList<>(s.length());
      s.codePoints().forEach(cp -> chars.add(Character.toString(cp)));
      return chars;
    }
    if (v instanceof Map<?, ?> map) return new ArrayList<>(map.keySet());
    throw ReferenceRaises.typeError("'" + typeName(v) + "' object is not iterable");
  }

  /** {@code v.lower()}: only a string has it. */
  static String lower(Object v) {
    if (v instanceof String s) return Py.lower(s);
    throw new ReferenceRaises("AttributeError", "'" + typeName(v) + "' object has no attribute 'lower'");
  }

  /** {@code needle in text} for a str text: the needle must be a string. */
  static String inOperand(Object needle) {
    if (needle instanceof String s) return s;
    throw ReferenceRaises.typeError("'in <string>' requires string as left operand, not " + typeName(needle));
  }

  /** The argument of {@code str.startswith}/{@code endswith} ({@code method}): a string. */
  static String affix(Object v, String method) {
    if (v instanceof String s) return s;
    throw ReferenceRaises.typeError(method + " first arg must be str or a tuple of str, not " + typeName(v));
  }

  /** A Python number as exact integer ({@link BigInteger}) or {@link Double}; null if not a number. */
  private static Number number(Object v) {
    if (v instanceof Boolean b) return b ? BigInteger.ONE : BigInteger.ZERO;
    if (v instanceof Long l) return BigInteger.valueOf(l);
    if (v instanceof Integer i) return BigInteger.valueOf(i);
    if (v instanceof BigInteger b) return b;
    if (v instanceof Double d) return d;
    return null;
  }

  /** {@code count == n}: never raises; a non-number is simply unequal. */
  static boolean eq(long count, Object n) {
    Number x = number(n);
    if (x instanceof Double d) return count == d;
    return x != null && BigInteger.valueOf(count).equals(x);
  }

  /** {@code count >= n}. */
  static boolean atLeast(long count, Object n) {
    Number x = number(n);
    if (x == null) throw unorderable(">=", n);
    if (x instanceof Double d) return count >= d;
    return BigInteger.valueOf(count).compareTo((BigInteger) x) >= 0;
  }

  /** {@code count <= n}. */
  static boolean atMost(long count, Object n) {
    Number x = number(n);
    if (x == null) throw unorderable("<=", n);
    if (x instanceof Double d) return count <= d;
    return BigInteger.valueOf(count).compareTo((BigInteger) x) <= 0;
  }

  private static ReferenceRaises unorderable(String op, Object n) {
    return ReferenceRaises.typeError(
        "'" + op + "' not supported between instances of 'int' and '" + typeName(n) + "'");
  }

  /**
   * {@code max(round(n * 0.1), 1)}, the reference's tolerance for "around": Python's {@code round}
   * of a float rounds half to even ({@code n = 25} gives 2, not 3), as {@link Math#rint} does. The
   * result is an integer held exactly in a double.
   */
  static double tolerance(Object n) {
    Number x = number(n);
    if (x == null) {
      throw ReferenceRaises.typeError(n instanceof String || n instanceof List
          ? "can't multiply sequence by non-int of type 'float'"
          : "unsupported operand type(s) for *: '" + typeName(n) + "' and 'float'");
    }
    double f = x.doubleValue();
    if (x instanceof BigInteger && Double.isInfinite(f)) {
      throw new ReferenceRaises("OverflowError", "int too large to convert to float");
    }
    double scaled = f * 0.1;
    if (Double.isNaN(scaled)) throw new ReferenceRaises("ValueError", "cannot convert float NaN to integer");
    if (Double.isInfinite(scaled)) {
      throw new ReferenceRaises("OverflowError", "cannot convert float infinity to integer");
    }
    return Math.max(Math.rint(scaled), 1.0);
  }

  /** Raises as {@code count - n} does when {@code n} is not a number. */
  static void subtractable(Object n) {
    if (number(n) == null) {
      throw ReferenceRaises.typeError("unsupported operand type(s) for -: 'int' and '" + typeName(n) + "'");
    }
  }

  /** {@code abs(count - n) <= tolerance}, exactly as Python compares ints and floats. */
  static boolean within(long count, Object n, double tolerance) {
    subtractable(n);
    Number x = number(n);
    if (x instanceof Double d) return Math.abs(count - d) <= tolerance;
    BigInteger diff = BigInteger.valueOf(count).subtract((BigInteger) x).abs();
    return new BigDecimal(diff).compareTo(new BigDecimal(tolerance)) <= 0;
  }

  /**
   * The list index {@code i - 1} as Python computes it for {@code paragraphs[i - 1]}: only an int
   * (or bool) will do.
   */
  static BigInteger indexMinusOne(Object i) {
    Number x = number(i);
    if (x == null) {
      throw ReferenceRaises.typeError("unsupported operand type(s) for -: '" + typeName(i) + "' and 'int'");
    }
    if (x instanceof Double) {
      throw ReferenceRaises.typeError("list indices must be integers or slices, not float");
    }
    return ((BigInteger) x).subtract(BigInteger.ONE);
  }

  /** {@code len(v)}: strings count code points; numbers have no length. */
  static long len(Object v) {
    if (v instanceof String s) return Py.len(s);
    if (v instanceof List<?> l) return l.size();
    if (v instanceof Map<?, ?> m) return m.size();
    throw ReferenceRaises.typeError("object of type '" + typeName(v) + "' has no len()");
  }
}
