package dev.if4j.data.rollouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GroupMathTest {
  @Test
  void advantagesAreVerlsWithTheUnbiasedStdAndItsEpsilon() {
    // mean 0.5; unbiased variance (0.25 + 0.25 + 0 + 0) / 3 = 1/6; std 0.408248290463863
    double[] a = GroupMath.advantages(new double[] {1, 0, 0.5, 0.5}, true);
    double std = Math.sqrt(1.0 / 6);
    assertThat(GroupMath.std(new double[] {1, 0, 0.5, 0.5})).isCloseTo(0.408248290463863, within(1e-15));
    assertThat(a[0]).isCloseTo(0.5 / (std + 1e-6), within(1e-15)).isCloseTo(1.2247418, within(1e-7));
    assertThat(a[1]).isCloseTo(-1.2247418, within(1e-7));
    assertThat(a[2]).isZero();
    assertThat(a[3]).isZero();
  }

  @Test
  void drGrpoOnlyCentres() {
    assertThat(GroupMath.advantages(new double[] {1, 0, 0, 0}, false)).containsExactly(0.75, -0.25, -0.25, -0.25);
  }

  @Test
  void aGroupOfOneHasMeanZeroAndStdOne() {
    assertThat(GroupMath.mean(new double[] {0.7})).isZero();
    assertThat(GroupMath.std(new double[] {0.7})).isEqualTo(1);
    assertThat(GroupMath.advantages(new double[] {0.7}, true)[0]).isCloseTo(0.7 / (1 + 1e-6), within(1e-15));
    assertThat(GroupMath.zeroVariance(new double[] {0.7})).isFalse();
  }

  @Test
  void equalScoresGiveZeroAdvantagesAndCountAsZeroVariance() {
    double[] s = {1, 1, 1};
    assertThat(GroupMath.advantages(s, true)).containsExactly(0, 0, 0);
    assertThat(GroupMath.zeroVariance(s)).isTrue();
    assertThat(GroupMath.zeroVariance(new double[] {1, 0.5})).isFalse();
  }

  @Test
  void passAtKIsTheUnbiasedEstimator() {
    // n = 4, c = 1: pass@1 = 1/4; pass@2 = 1 - C(3,2)/C(4,2) = 1 - 3/6 = 1/2; pass@4 = 1
    assertThat(GroupMath.passAtK(4, 1, 1)).isCloseTo(0.25, within(1e-15));
    assertThat(GroupMath.passAtK(4, 1, 2)).isCloseTo(0.5, within(1e-15));
    assertThat(GroupMath.passAtK(4, 1, 4)).isEqualTo(1.0);
    // n = 10, c = 3, k = 5: 1 - C(7,5)/C(10,5) = 1 - 21/252 = 0.916666...
    assertThat(GroupMath.passAtK(10, 3, 5)).isCloseTo(1 - 21.0 / 252, within(1e-15));
    assertThat(GroupMath.passAtK(8, 0, 3)).isZero();
    assertThat(GroupMath.passAtK(8, 8, 1)).isEqualTo(1.0);
    assertThatThrownBy(() -> GroupMath.passAtK(3, 1, 4)).isInstanceOf(IllegalArgumentException.class);
  }
}
