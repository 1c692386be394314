package dev.if4j.data.rollouts;

/** The numbers of GRPO-style group statistics. */
public final class GroupMath {
  private GroupMath() {}

  /** verl's epsilon in {@code (s - mean) / (std + eps)}. */
  public static final double EPSILON = 1e-6;

  /**
   * verl's GRPO outcome advantages for one group: {@code (s - mean) / (std + 1e-6)} with the
   * unbiased standard deviation (divisor n - 1); a group of one has mean 0 and std 1. Without
   * {@code divideByStd} (Dr. GRPO), {@code s - mean}.
   */
  public static double[] advantages(double[] scores, boolean divideByStd) {
    double mean = mean(scores);
    double std = std(scores);
    double[] out = new double[scores.length];
    for (int i = 0; i < scores.length; i++) {
      out[i] = divideByStd ? (scores[i] - mean) / (std + EPSILON) : scores[i] - mean;
    }
    return out;
  }

  /** The group mean as verl takes it: 0 for a group of one. */
  public static double mean(double[] scores) {
    if (scores.length <= 1) return 0;
    double sum = 0;
    for (double s : scores) sum += s;
    return sum / scores.length;
  }

  /** The unbiased standard deviation as verl takes it: 1 for a group of one. */
  public static double std(double[] scores) {
    if (scores.length <= 1) return 1;
    double sum = 0;
    for (double s : scores) sum += s;
    double m = sum / scores.length;
    double ss = 0;
    for (double s : scores) ss += (s - m) * (s - m);
    return Math.sqrt(ss / (scores.length - 1));
  }

  /** True when a group of two or more has one score only: every advantage is 0, no learning signal. */
  public static boolean zeroVariance(double[] scores) {
    if (scores.length < 2) return false;
    for (double s : scores) {
      if (s != scores[0]) return false;
    }
    return true;
  }

  /**
   * The unbiased pass@k estimate from {@code n} samples of which {@code c} pass (Chen et al.,
   * 2021): {@code 1 - C(n - c, k) / C(n, k)}, computed as a product to stay exact in doubles.
   * Needs {@code 1 <= k <= n}.
   */
  public static double passAtK(int n, int c, int k) {
    if (k < 1 || k > n || c < 0 || c > n) throw new IllegalArgumentException("pass@k needs 0 <= c <= n and 1 <= k <= n");
    if (n - c < k) return 1.0;
    double fail = 1.0;
    for (int i = n - c + 1; i <= n; i++) fail *= 1.0 - k / (double) i;
    return 1.0 - fail;
  }
}
