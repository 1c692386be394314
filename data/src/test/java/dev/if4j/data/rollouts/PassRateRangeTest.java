package dev.if4j.data.rollouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PassRateRangeTest {
  @Test
  void parsesLoHiAndIncludesBothBounds() {
    PassRateRange r = PassRateRange.parse("0.25:0.75");
    assertThat(r).isEqualTo(new PassRateRange(0.25, 0.75));
    assertThat(r.contains(0.25)).isTrue();
    assertThat(r.contains(0.75)).isTrue();
    assertThat(r.contains(0.5)).isTrue();
    assertThat(r.contains(0.2)).isFalse();
    assertThat(r.contains(0.8)).isFalse();
    assertThat(PassRateRange.parse("1:1").contains(1.0)).isTrue();
  }

  @Test
  void saysWhatIsWrongWithABadRange() {
    for (String bad : new String[] {"0.5", "a:1", "0:1:2", ":", ""}) {
      assertThatThrownBy(() -> PassRateRange.parse(bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("expected LO:HI, e.g. 0.1:0.9, got '" + bad + "'");
    }
    assertThatThrownBy(() -> PassRateRange.parse("0.9:0.1")).hasMessage("LO must not exceed HI");
    assertThatThrownBy(() -> PassRateRange.parse("NaN:1")).hasMessage("LO must not exceed HI");
  }
}
