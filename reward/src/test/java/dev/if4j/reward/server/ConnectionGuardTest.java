package dev.if4j.reward.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sweep's pace: header deadlines looked at every 50 ms, less often only when thousands wait. */
class ConnectionGuardTest {
  @Test
  void theSweepPauseIsFiftyMillisecondsUpToAThousandConnectionsAndAtMostASecond() {
    assertThat(ConnectionGuard.sweepPauseMillis(0)).isEqualTo(50);
    assertThat(ConnectionGuard.sweepPauseMillis(1024)).isEqualTo(50);
    assertThat(ConnectionGuard.sweepPauseMillis(1025)).isEqualTo(100);
    assertThat(ConnectionGuard.sweepPauseMillis(16_384)).isEqualTo(800);
    assertThat(ConnectionGuard.sweepPauseMillis(1_000_000)).isEqualTo(1000);
  }
}
