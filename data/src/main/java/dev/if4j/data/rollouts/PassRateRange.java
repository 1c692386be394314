package dev.if4j.data.rollouts;

/** A pass-rate interval {@code [lo, hi]}, bounds included: the difficulty filter's {@code LO:HI}. */
public record PassRateRange(double lo, double hi) {
  public PassRateRange {
    if (!(lo <= hi)) throw new IllegalArgumentException("LO must not exceed HI");
  }

  /** {@code LO:HI}, e.g. {@code 0.1:0.9}; the message of the exception says what is wrong. */
  public static PassRateRange parse(String text) {
    String[] p = text.split(":", -1);
    double lo;
    double hi;
    try {
      if (p.length != 2) throw new NumberFormatException();
      lo = Double.parseDouble(p[0]);
      hi = Double.parseDouble(p[1]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected LO:HI, e.g. 0.1:0.9, got '" + text + "'");
    }
    return new PassRateRange(lo, hi);
  }

  public boolean contains(double passRate) {
    return passRate >= lo && passRate <= hi;
  }
}
