package dev.if4j.text;

/**
 * Python's {@code str()} of an {@code int} or a {@code float}: what {@code str.format} prints when a
 * description template receives a number.
 *
 * <p>Why it matters: IFBench's rows carry integer arguments as JSON floats ({@code "N": 8.0}, an
 * artefact of the table they were exported from), and the reference formats them as they are, so
 * its description reads "the 8.0-th sentence". A constraint that wants the same words keeps the
 * float-ness of the argument and formats it here.
 */
public final class PyNumberFormat {
  private PyNumberFormat() {}

  /** {@code str(n)} for a Python int ({@link Long}, {@link Integer}...) or float ({@link Double}, {@link Float}). */
  public static String str(Number n) {
    if (n instanceof Double || n instanceof Float) return floatStr(n.doubleValue());
    return n.toString();
  }

  /**
   * {@code str(d)} = {@code repr(d)} for a Python float: the shortest digits that round-trip (Java's {@code
   * Double.toString} finds the same digits since JDK 19), written positionally when the decimal
   * exponent is in [-4, 16) and as {@code d.ddde+XX} otherwise, with {@code .0} on integral values.
   */
  public static String floatStr(double d) {
    if (Double.isNaN(d)) return "nan";
    if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
    if (d == 0) return 1 / d < 0 ? "-0.0" : "0.0";
    String java = Double.toString(Math.abs(d)); // "123.45", "1.0E-5" or "1.2345E20"
    String digits;
    int exponent; // of the first digit
    int e = java.indexOf('E');
    String mantissa = e < 0 ? java : java.substring(0, e);
    int shift = e < 0 ? 0 : Integer.parseInt(java.substring(e + 1));
    int dot = mantissa.indexOf('.');
    String intPart = mantissa.substring(0, dot);
    String fracPart = mantissa.substring(dot + 1);
    String all = intPart + fracPart;
    int lead = 0;
    while (lead < all.length() - 1 && all.charAt(lead) == '0') lead++;
    exponent = intPart.length() - 1 - lead + shift;
    digits = all.substring(lead);
    int end = digits.length();
    while (end > 1 && digits.charAt(end - 1) == '0') end--;
    digits = digits.substring(0, end);

    StringBuilder sb = new StringBuilder(d < 0 ? "-" : "");
    if (exponent < -4 || exponent >= 16) {
      sb.append(digits.charAt(0));
      if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
      sb.append('e').append(exponent < 0 ? '-' : '+');
      int abs = Math.abs(exponent);
      if (abs < 10) sb.append('0');
      sb.append(abs);
    } else if (exponent < 0) {
      sb.append("0.");
      sb.append("0".repeat(-exponent - 1)).append(digits);
    } else if (digits.length() <= exponent + 1) {
      sb.append(digits).append("0".repeat(exponent + 1 - digits.length())).append(".0");
    } else {
      sb.append(digits, 0, exponent + 1).append('.').append(digits, exponent + 1, digits.length());
    }
    return sb.toString();
  }
}
