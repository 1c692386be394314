package dev.if4j.reward.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcceptQueueShortfallTest {
  private static ServerConfig withMaxConnections(int n) {
    ServerConfig.ConnectionLimits d = ServerConfig.ConnectionLimits.defaults();
    return ServerConfig.defaults().withConnections(
        new ServerConfig.ConnectionLimits(n, d.headerTimeout(), d.idleTimeout(), d.minBodyBytesPerSecond()));
  }

  @Test
  void aServerWantingFewerThanAnyKernelHoldsHasNoShortfall() {
    assertThat(RewardServer.acceptQueueShortfall(withMaxConnections(8))).isEmpty();
  }

  @Test
  void aServerWantingTheWholeQueueFallsShortExactlyWhenTheKernelCapsItLower() {
    int cap = RewardServer.kernelAcceptQueueCap();
    var shortfall = RewardServer.acceptQueueShortfall(withMaxConnections(RewardServer.ACCEPT_QUEUE * 2));

    if (cap > 0 && cap < RewardServer.ACCEPT_QUEUE) {
      assertThat(shortfall).contains(new RewardServer.AcceptQueueShortfall(cap, RewardServer.ACCEPT_QUEUE));
    } else {
      assertThat(shortfall).isEmpty();
    }
  }
}
