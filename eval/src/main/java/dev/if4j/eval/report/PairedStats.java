package dev.if4j.eval.report;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Statistics of two runs scored on the same prompts: is the difference in prompt-level accuracy
 * more than chance?
 *
 * <ul>
 *   <li>{@link #mcnemarExactP}: McNemar's exact test. Only the discordant prompts carry evidence
 *       ({@code b}: the first run followed and the second did not; {@code c}: the reverse); under
 *       "no difference" each is equally likely to go either way, so {@code b} is Binomial({@code
 *       b + c}, 1/2) and the two-sided p-value is twice the smaller tail, at most 1.
 *   <li>{@link #bootstrapDifference}: the paired bootstrap. Prompts are drawn with replacement,
 *       the same draw for both runs (so that the pairing, and with it the correlation between
 *       the runs, is kept), and the difference of accuracies is computed each time; the interval
 *       is the percentiles of those differences (numpy's default, linear, interpolation).
 * </ul>
 */
public final class PairedStats {
  private PairedStats() {}

  /** A confidence interval. */
  public record Interval(double low, double high) {
    public boolean contains(double x) {
      return low <= x && x <= high;
    }
  }

  /**
   * The two-sided exact p-value of McNemar's test for {@code b} and {@code c} discordant pairs (the
   * same as {@code scipy.stats.binomtest(min(b, c), b + c, 0.5).pvalue}).
   */
  public static double mcnemarExactP(int b, int c) {
    if (b < 0 || c < 0) throw new IllegalArgumentException("counts must not be negative");
    int n = b + c;
    if (n == 0) return 1.0;
    int k = Math.min(b, c);
    if (2 * k == n) return 1.0;
    // P(X <= k) for X ~ Binomial(n, 1/2), summed in log space: 2^-n underflows past n = 1074.
    double logHalfN = -n * Math.log(2);
    double logC = 0; // log C(n, 0)
    double maxLog = logHalfN;
    double[] logs = new double[k + 1];
    for (int i = 0; i <= k; i++) {
      if (i > 0) logC += Math.log(n - i + 1) - Math.log(i);
      logs[i] = logC + logHalfN;
      maxLog = Math.max(maxLog, logs[i]);
    }
    double sum = 0;
    for (double l : logs) sum += Math.exp(l - maxLog);
    double tail = Math.exp(maxLog + Math.log(sum));
    return Math.min(1.0, 2 * tail);
  }

  /**
   * The paired bootstrap {@code level} interval of {@code accuracy(second) - accuracy(first)}.
   *
   * @param first per prompt, whether the first run followed all instructions
   * @param second the same prompts, in the same order, for the second run
   */
  public static Interval bootstrapDifference(boolean[] first, boolean[] second, int resamples, long seed, double level) {
    if (first.length != second.length) throw new IllegalArgumentException("the runs must be paired");
    if (resamples < 1) throw new IllegalArgumentException("resamples must be positive");
    if (!(level > 0 && level < 1)) throw new IllegalArgumentException("level must be in (0, 1)");
    int n = first.length;
    if (n == 0) return new Interval(0, 0);
    // Only the per-prompt difference (-1, 0 or +1) matters.
    int[] d = new int[n];
    for (int i = 0; i < n; i++) d[i] = (second[i] ? 1 : 0) - (first[i] ? 1 : 0);
    SplittableRandom random = new SplittableRandom(seed);
    double[] stats = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      long sum = 0;
      for (int i = 0; i < n; i++) sum += d[random.nextInt(n)];
      stats[r] = (double) sum / n;
    }
    Arrays.sort(stats);
    double alpha = (1 - level) / 2;
    return new Interval(percentile(stats, 100 * alpha), percentile(stats, 100 * (1 - alpha)));
  }

  /** The {@code q}-th percentile (0-100) of sorted values, with numpy's default linear interpolation. */
  public static double percentile(double[] sorted, double q) {
    if (sorted.length == 0) throw new IllegalArgumentException("no values");
    double pos = q / 100 * (sorted.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, sorted.length - 1);
    double frac = pos - lo;
    return sorted[lo] + (sorted[hi] - sorted[lo]) * frac;
  }
}
