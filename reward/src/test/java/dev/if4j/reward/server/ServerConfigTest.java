package dev.if4j.reward.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerConfigTest {
  @Test
  void theDefaultConnectionLimitIsAWholeRolloutWhereTheOpenFileLimitAllows() {
    assertThat(ServerConfig.ConnectionLimits.maxConnectionsFor(1 << 20)).isEqualTo(16_384);
    // This machine's limit: 16,384 plus an eighth (18,432) and 1,024 to spare fit under 20,000.
    assertThat(ServerConfig.ConnectionLimits.maxConnectionsFor(20_000)).isEqualTo(16_384);
    for (long files : new long[] {64, 1024, 4096, 10_000, 19_000, 20_000, 65_536}) {
      int max = ServerConfig.ConnectionLimits.maxConnectionsFor(files);
      assertThat(max).as("under %d files", files).isGreaterThanOrEqualTo((int) Math.min(files / 2, 16_384));
      if (files > 2048) {
        assertThat(ConnectionGuard.hardLimit(max) + 1024L).as("under %d files", files).isLessThanOrEqualTo(files);
      }
    }
    assertThat(ServerConfig.ConnectionLimits.maxConnectionsFor(-1)).as("unknown").isEqualTo(1024);
  }
}
