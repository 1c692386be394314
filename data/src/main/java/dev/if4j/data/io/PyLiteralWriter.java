package dev.if4j.data.io;

import dev.if4j.text.PyRepr;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes plain Java values as CPython's {@code repr()} writes them, so that a string made here is
 * what {@code str(value)} gives in Python and {@code ast.literal_eval} reads it back unchanged.
 * open-instruct's {@code IF_multi_constraints} rows store their ground truth this way.
 *
 * <p>Values: {@code null} (None), {@link Boolean}, integral numbers, {@link Double}/{@link Float},
 * {@link CharSequence}, {@link List} and {@link Map} with string keys. NaN and infinities are
 * refused: their repr ({@code nan}, {@code inf}) is a name, not a literal.
 */
public final class PyLiteralWriter {
  private PyLiteralWriter() {}

  public static String repr(Object value) {
    StringBuilder sb = new StringBuilder();
    write(sb, value);
    return sb.toString();
  }

  public static void write(StringBuilder sb, Object value) {
    switch (value) {
      case null -> sb.append("None");
      case Boolean b -> sb.append(b ? "True" : "False");
      case Long l -> sb.append(l);
      case Integer i -> sb.append(i);
      case Short s -> sb.append(s);
      case Byte b -> sb.append(b);
      case java.math.BigInteger bi -> sb.append(bi);
      case Double d -> writeFloat(sb, d);
      case Float f -> writeFloat(sb, f.doubleValue());
      case CharSequence s -> PyRepr.appendRepr(sb, s.toString());
      case List<?> list -> {
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
          if (i > 0) sb.append(", ");
          write(sb, list.get(i));
        }
        sb.append(']');
      }
      case Map<?, ?> map -> {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
          if (!first) sb.append(", ");
          first = false;
          write(sb, e.getKey());
          sb.append(": ");
          write(sb, e.getValue());
        }
        sb.append('}');
      }
      default -> throw new IllegalArgumentException("no Python literal for " + value.getClass().getName());
    }
  }

  /**
   * {@code repr(float)}: the shortest digits that read back to the same double (Java's {@link
   * Double#toString} picks the same digits since JDK 19), laid out as Python lays them out: plain
   * with at least one decimal when the decimal exponent is in [-5, 16), otherwise {@code
   * d.ddde±XX}.
   */
  public static void writeFloat(StringBuilder sb, double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new IllegalArgumentException("no Python literal for " + d);
    }
    if (d == 0) {
      sb.append(1 / d < 0 ? "-0.0" : "0.0");
      return;
    }
    BigDecimal bd = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    String digits = bd.unscaledValue().abs().toString();
    int exp10 = digits.length() - 1 - bd.scale(); // the exponent of the first digit
    if (d < 0) sb.append('-');
    if (exp10 < -4 || exp10 >= 16) {
      sb.append(digits.charAt(0));
      if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
      sb.append('e').append(exp10 < 0 ? '-' : '+');
      int e = Math.abs(exp10);
      if (e < 10) sb.append('0');
      sb.append(e);
    } else if (exp10 < 0) {
      sb.append("0.");
      for (int k = -1; k > exp10; k--) sb.append('0');
      sb.append(digits);
    } else if (digits.length() <= exp10 + 1) {
      sb.append(digits);
      for (int k = digits.length(); k <= exp10; k++) sb.append('0');
      sb.append(".0");
    } else {
      sb.append(digits, 0, exp10 + 1).append('.').append(digits, exp10 + 1, digits.length());
    }
  }
}
