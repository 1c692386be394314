package dev.if4j.reward.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.reward.RewardConfig;
import dev.if4j.reward.RewardFunction;
import dev.if4j.reward.RewardTesting;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The guard's rules that the attack suite does not reach: the sweep's pace, and what the header
 * deadline applies to (a header begun, not a connection the server has read nothing of).
 */
class ConnectionGuardTest {
  @Test
  void theSweepPauseIsFiftyMillisecondsUpToAThousandConnectionsAndAtMostASecond() {
    assertThat(ConnectionGuard.sweepPauseMillis(0)).isEqualTo(50);
    assertThat(ConnectionGuard.sweepPauseMillis(1024)).isEqualTo(50);
    assertThat(ConnectionGuard.sweepPauseMillis(1025)).isEqualTo(100);
    assertThat(ConnectionGuard.sweepPauseMillis(16_384)).isEqualTo(800);
    assertThat(ConnectionGuard.sweepPauseMillis(1_000_000)).isEqualTo(1000);
  }

  @Test
  void pastTheLimitOnlyIdleConnectionsAreClosedWithinTheMarginWhichStaysUnderTheHardLimit() {
    assertThat(ConnectionGuard.margin(16_384)).isEqualTo(256);
    assertThat(ConnectionGuard.margin(48)).as("small limits: no margin").isZero();
    assertThat(ConnectionGuard.hardLimit(16_384)).isGreaterThan(16_384 + ConnectionGuard.margin(16_384));
  }

  /**
   * A busy server reads a burst's requests over seconds: one it has not read yet must not be closed
   * at the header deadline (its header is there, unread). A silent connection is left to the idle
   * timeout (and, past the limit, to eviction); a header begun is held to the deadline.
   */
  @Test
  @Timeout(30)
  void theHeaderDeadlineHoldsHeadersBegunAndTheIdleTimeoutSilentConnections() throws Exception {
    ServerConfig config = ServerConfig.defaults().withPort(0).withThreads(1)
        .withConnections(new ServerConfig.ConnectionLimits(64, Duration.ofSeconds(1), Duration.ofSeconds(3), 64 * 1024));
    try (RewardServer server = RewardServer.start(new RewardFunction(RewardTesting.IFEVAL, RewardConfig.defaults()), config);
        Socket silent = new Socket("127.0.0.1", server.port());
        Socket begun = new Socket("127.0.0.1", server.port())) {
      begun.getOutputStream().write("POST /v1/score HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
      long start = System.nanoTime();
      assertThat(closedWithin(begun, 2_500)).as("a header begun, closed at its 1 s deadline").isTrue();
      assertThat(System.nanoTime() - start).isGreaterThan(Duration.ofMillis(900).toNanos());
      assertThat(closedWithin(silent, 0)).as("a silent connection, open past the header deadline").isFalse();
      assertThat(closedWithin(silent, 5_000)).as("a silent connection, closed at the 3 s idle timeout").isTrue();
    }
  }

  /** Whether the server closes {@code s} within {@code millis} (0: whether it has already). */
  private static boolean closedWithin(Socket s, int millis) throws Exception {
    s.setSoTimeout(Math.max(1, millis));
    InputStream in = s.getInputStream();
    try {
      while (true) {
        int b = in.read();
        if (b < 0) return true;
      }
    } catch (SocketTimeoutException e) {
      return false;
    } catch (SocketException e) {
      return true; // reset: closed
    }
  }
}
