package dev.if4j.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code str(float)} (the same as {@code repr(float)} since Python 3.2).
 *
 * <p>Reference descriptions format their numeric arguments with {@code str.format}, and IFBench's
 * rows carry many of them as JSON floats ({@code "N": 5.0}): Python prints {@code 5.0} there, not
 * {@code 5}, and not Java's {@code 1.0E7} for ten million.
 *
 * <p>Both languages pick the shortest decimal digit string that reads back as the same double
 * (Java since JDK 19), so only the layout differs: Python writes positional notation while the
 * decimal exponent {@code e} of the leading digit satisfies {@code -4 <= e < 16}, and otherwise
 * {@code d.ddde+XX} with at least two exponent digits.
 */
public final class PyFloat {
  private PyFloat() {}

  /** {@code str(x)} for a Python float. */
  public static String str(double x) {
    if (Double.isNaN(x)) return "nan";
    if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
    String sign = (Double.doubleToRawLongBits(x) < 0) ? "-" : "";
    double a = Math.abs(x);
    if (a == 0) return sign + "0.0";
    // Java's shortest round-trip digits; the BigDecimal only splits them into digits and exponent.
    BigDecimal d = new BigDecimal(Double.toString(a)).stripTrailingZeros();
    if (d.precision() == 2) d = oneDigitIfExact(d, a);
    String digits = d.unscaledValue().toString();
    int n = digits.length();
    int point = n - d.scale(); // value = 0.<digits> x 10^point
    StringBuilder sb = new StringBuilder(sign);
    if (point > 16 || point <= -4) {
      sb.append(digits.charAt(0));
      if (n > 1) sb.append('.').append(digits, 1, n);
      int exp = point - 1;
      sb.append('e').append(exp < 0 ? '-' : '+');
      int abs = Math.abs(exp);
      if (abs < 10) sb.append('0');
      return sb.append(abs).toString();
    }
    if (point <= 0) {
      sb.append("0.");
      for (int i = point; i < 0; i++) sb.append('0');
      return sb.append(digits).toString();
    }
    if (point >= n) {
      sb.append(digits);
      for (int i = n; i < point; i++) sb.append('0');
      return sb.append(".0").toString();
    }
    return sb.append(digits, 0, point).append('.').append(digits, point, n).toString();
  }

  /**
   * Java never picks a one-digit result: where one digit would do, it takes the closest decimal of
   * one <em>or two</em> digits, which differs from Python's shortest choice only where a double's
   * rounding interval is wider than a tenth of its value, i.e. on the smallest subnormals
   * ({@code 5e-324} prints as {@code 4.9E-324}). There, take the closer one-digit neighbour that
   * reads back as the same double.
   */
  private static BigDecimal oneDigitIfExact(BigDecimal twoDigits, double a) {
    BigDecimal exact = new BigDecimal(a);
    BigDecimal best = null;
    for (RoundingMode mode : new RoundingMode[] {
        RoundingMode.FLOOR, RoundingMode.CEILING}) {
      BigDecimal c = twoDigits.round(new MathContext(1, mode));
      if (c.signum() == 0 || Double.parseDouble(c.toString()) != a) continue;
      if (best == null || c.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0) best = c;
    }
    return best == null ? twoDigits : best.stripTrailingZeros();
  }
}
