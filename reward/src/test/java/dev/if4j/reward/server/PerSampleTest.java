package dev.if4j.reward.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.reward.JsonTree;
import dev.if4j.reward.RewardConfig;
import dev.if4j.reward.RewardFunction;
import dev.if4j.reward.RewardGroundTruth;
import dev.if4j.reward.RewardSample;
import dev.if4j.reward.RewardTesting;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * OpenRLHF's per-sample traffic, scaled down: thousands of single-sample requests at once, each on
 * its own connection, retried as OpenRLHF retries. None is refused, none is lost, and each gets its
 * own sample's reward, as direct scoring gives it (so coalescing never mixes requests up).
 */
class PerSampleTest {
  static final int REQUESTS = 2_000;

  @Test
  @Timeout(120)
  void thousandsOfConcurrentSingleSampleRequestsAreAllAnsweredWithTheirOwnReward() throws Exception {
    long files = ServerConfig.ConnectionLimits.openFileLimit();
    assertThat(files).as("this test opens %d connections from each end: raise the open-file limit (ulimit -Hn)"
        + " to at least %d", REQUESTS, 2 * REQUESTS + 1024).isGreaterThanOrEqualTo(2L * REQUESTS + 1024);
    RewardFunction function = new RewardFunction(RewardTesting.IFEVAL, RewardConfig.defaults());
    // The defaults but for the port: the default bounds must let this burst in.
    try (RewardServer server = RewardServer.start(function, ServerConfig.defaults().withPort(0).withThreads(2))) {
      List<byte[]> samples = BenchSamples.synthetic();
      OpenRlhfReplay.Result run = OpenRlhfReplay.run(server.uri(), null, samples, REQUESTS, Duration.ofSeconds(60));

      String seen = run.answered() + " answered, " + run.lost() + " lost, failed tries " + run.failedTries()
          + " (first: " + run.firstFailure() + "), " + Math.round(run.samplesPerSecond()) + " samples/s, p99 "
          + Math.round(run.p99Millis()) + " ms";
      assertThat(run.lost()).as(seen).isZero();
      assertThat(run.failedTries()).as("no try refused or failed: " + seen).isEmpty();
      assertThat(server.metrics().rejectedCount("queue_full") + server.metrics().rejectedCount("inflight_bytes")).isZero();
      for (int i = 0; i < REQUESTS; i++) {
        assertThat(run.rewards()[i]).as("request %d's reward", i).isEqualTo(directReward(function, samples.get(i % samples.size())));
      }
      // Coalesced: far fewer batches than requests reached the workers.
      long[] coalesced = server.coalesced();
      assertThat(coalesced[1]).isGreaterThanOrEqualTo(REQUESTS);
      assertThat(coalesced[0]).as("batches for %d requests: %s", coalesced[1], seen).isLessThan(REQUESTS);
      assertThat(server.queuedSamples()).isZero();
      // Each client closed its kept-alive connection after its answer (as aiohttp's session does):
      // the server let every one go, none is left held.
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (server.openConnections() > 0 && System.nanoTime() < deadline) Thread.sleep(20);
      assertThat(server.openConnections()).as("connections still open after the burst").isZero();
    }
  }

  private static double directReward(RewardFunction function, byte[] sample) throws Exception {
    Map<?, ?> s = (Map<?, ?>) JsonTree.parse(new String(sample, StandardCharsets.UTF_8));
    RewardSample direct = RewardSample.of((String) s.get("prompt"), (String) s.get("response"),
        RewardGroundTruth.decode(s.get("ground_truth")));
    return function.score(direct, function.defaults()).score();
  }
}
