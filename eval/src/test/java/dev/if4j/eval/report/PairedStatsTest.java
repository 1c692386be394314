package dev.if4j.eval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Expected values computed with SciPy 1.10.1 and NumPy 1.24.2 ({@code /usr/bin/python3}):
 * {@code scipy.stats.binomtest(min(b, c), b + c, 0.5).pvalue}, {@code numpy.percentile(a, q)} and
 * {@code scipy.stats.bootstrap((first, second), diff, paired=True, method='percentile')}.
 */
class PairedStatsTest {
  @Test
  void mcnemarExactMatchesScipysBinomialTest() {
    assertThat(PairedStats.mcnemarExactP(0, 0)).isEqualTo(1.0);
    assertThat(PairedStats.mcnemarExactP(1, 0)).isEqualTo(1.0);
    assertThat(PairedStats.mcnemarExactP(12, 12)).isEqualTo(1.0);
    assertThat(PairedStats.mcnemarExactP(5, 1)).isCloseTo(0.21875, within(1e-12));
    assertThat(PairedStats.mcnemarExactP(10, 3)).isCloseTo(0.09228515625, within(1e-12));
    assertThat(PairedStats.mcnemarExactP(3, 10)).isCloseTo(0.09228515625, within(1e-12));
    assertThat(PairedStats.mcnemarExactP(0, 9)).isCloseTo(0.00390625, within(1e-12));
    assertThat(PairedStats.mcnemarExactP(40, 25)).isCloseTo(0.08168153394154003, within(1e-12));
    assertThat(PairedStats.mcnemarExactP(100, 70)).isCloseTo(0.02584438758134164, within(1e-12));
    assertThat(PairedStats.mcnemarExactP(300, 260)).isCloseTo(0.09925587005739667, within(1e-11));
    assertThat(PairedStats.mcnemarExactP(28, 53)).isCloseTo(0.007275502036308492, within(1e-12));
  }

  @Test
  void mcnemarStaysFiniteWhereTwoToTheMinusNUnderflows() {
    double p = PairedStats.mcnemarExactP(1000, 1200);
    assertThat(p).isGreaterThan(0).isLessThan(1e-4);
    assertThat(PairedStats.mcnemarExactP(1500, 1500)).isEqualTo(1.0);
  }

  @Test
  void percentilesInterpolateAsNumpyDoes() {
    double[] a = {0.3, -0.1, 0.25, 0.0, 0.7, 0.05, -0.2};
    Arrays.sort(a);
    assertThat(PairedStats.percentile(a, 2.5)).isCloseTo(-0.185, within(1e-12));
    assertThat(PairedStats.percentile(a, 50)).isCloseTo(0.05, within(1e-12));
    assertThat(PairedStats.percentile(a, 97.5)).isCloseTo(0.6399999999999998, within(1e-12));
    assertThat(PairedStats.percentile(a, 0)).isEqualTo(-0.2);
    assertThat(PairedStats.percentile(a, 100)).isEqualTo(0.7);
  }

  @Test
  void thePairedBootstrapIntervalAgreesWithScipys() {
    int n = 200;
    boolean[] first = new boolean[n];
    boolean[] second = new boolean[n];
    for (int i = 0; i < n; i++) {
      first[i] = i % 3 != 0;
      second[i] = i % 4 != 0 || i % 7 == 0;
    }
    // Accuracies 0.665 and 0.79; SciPy (200,000 resamples): [0.04, 0.21]. Bootstrap differences
    // are multiples of 1/200, so seeds may move an end by one step.
    PairedStats.Interval ci = PairedStats.bootstrapDifference(first, second, 100_000, 7, 0.95);
    assertThat(ci.low()).isCloseTo(0.04, within(0.0051));
    assertThat(ci.high()).isCloseTo(0.21, within(0.0051));
    assertThat(ci.contains(0.125)).isTrue();
  }

  @Test
  void theBootstrapIsReproducibleForASeedAndDegenerateWhenTheRunsAgree() {
    boolean[] a = new boolean[50];
    boolean[] b = new boolean[50];
    for (int i = 0; i < 50; i++) {
      a[i] = i % 2 == 0;
      b[i] = i % 5 != 0;
    }
    assertThat(PairedStats.bootstrapDifference(a, b, 2000, 11, 0.95))
        .isEqualTo(PairedStats.bootstrapDifference(a, b, 2000, 11, 0.95));
    assertThat(PairedStats.bootstrapDifference(a, a, 2000, 11, 0.95)).isEqualTo(new PairedStats.Interval(0, 0));
  }
}
