package dev.if4j.text.langdetect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RandomWalkTest {
  /**
   * {@code _normalize_prob} as Python writes it: the plain sum, then each division, the maximum
   * kept with {@code maxp < p}.
   */
  private static double pythonNormalize(double[] prob) {
    double sum = 0.0;
    for (double p : prob) sum += p;
    double max = 0.0;
    for (int i = 0; i < prob.length; i++) {
      double p = prob[i] / sum;
      if (max < p) max = p;
      prob[i] = p;
    }
    return max;
  }

  @Test
  void normalizeRoundsAsPythonDoes() {
    Random random = new Random(17);
    for (int trial = 0; trial < 20_000; trial++) {
      double[] prob = new double[1 + random.nextInt(60)];
      for (int i = 0; i < prob.length; i++) {
        // Spread over many magnitudes, with exact zeros and ties, as a walk's probabilities are.
        int kind = random.nextInt(8);
        prob[i] = kind == 0 ? 0.0 : kind == 1 ? 1e-300 : Math.scalb(random.nextDouble(), -random.nextInt(900));
      }
      if (Arrays.stream(prob).sum() == 0.0) continue; // see the test below
      double[] expected = prob.clone();
      double expectedMax = pythonNormalize(expected);

      double max = RandomWalk.normalize(prob);

      assertThat(Double.doubleToRawLongBits(max)).isEqualTo(Double.doubleToRawLongBits(expectedMax));
      for (int i = 0; i < prob.length; i++) {
        assertThat(Double.doubleToRawLongBits(prob[i])).isEqualTo(Double.doubleToRawLongBits(expected[i]));
      }
    }
  }

  @Test
  void normalizeOfAllZerosGoesOnLikePython() {
    // Python's maximum stays 0.0 (NaN is never greater); ours is NaN. Either way the walk's test
    // "max > 0.99999" is false and the probabilities are NaN.
    double[] prob = new double[55];
    double max = RandomWalk.normalize(prob);
    assertThat(max > LanguageDetector.CONV_THRESHOLD).isFalse();
    for (double p : prob) assertThat(p).isNaN();
  }
}
