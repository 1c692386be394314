package dev.if4j.reward.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.reward.RewardConfig;
import dev.if4j.reward.RewardFunction;
import dev.if4j.reward.RewardTesting;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Ten times the sustainable rate for a bounded time: the server stays up, what it holds stays
 * bounded, every request is answered with results or a 429/503, and no accepted request is lost.
 */
class OverloadTest {
  static final int BATCH = 256;
  static final int QUEUE = 4 * BATCH;

  @Test
  @Timeout(120)
  void tenTimesTheSustainableRateIsAnsweredWithResultsOrRetries() throws Exception {
    ServerConfig config = ServerConfig.defaults().withPort(0).withThreads(1).withMaxQueuedSamples(QUEUE)
        .withMaxRequestBytes(1 << 20).withMaxInflightBytes(8 << 20).withDrainTimeout(Duration.ofSeconds(10));
    try (RewardServer server = RewardServer.start(new RewardFunction(RewardTesting.IFEVAL, RewardConfig.defaults()), config)) {
      LoadGenerator load = new LoadGenerator(server.uri(), null, BenchSamples.synthetic());
      load.closedLoop(BATCH, 4, Duration.ofSeconds(2), 100_000); // warm-up
      LoadGenerator.Run sustained = load.closedLoop(BATCH, 4, Duration.ofSeconds(2), 100_000);
      assertThat(sustained.failures()).isZero();
      double rate = 10 * sustained.samplesPerSecond() / BATCH;

      long scoredBefore = server.metrics().samplesCount(RewardServer.SCORE);
      // At most 1,000 requests open at once: below the server's default connection limit (16,384
      // where ulimit -n allows, never under half of it), so that the server, not its accept queue,
      // answers every one. Requests the schedule calls for while 1,000 are open are not sent
      // (counted as skipped).
      LoadGenerator.Overload o = load.overload(BATCH, rate, Duration.ofSeconds(4), 1000);

      String seen = "offered " + Math.round(o.offeredRequestsPerSecond()) + "/s (10x " + Math.round(rate / 10)
          + "/s), statuses " + o.statuses() + ", transport errors " + o.transportErrors() + " (" + o.firstError()
          + "), skipped " + o.skippedAtClientLimit();
      assertThat(o.transportErrors()).as(seen).isZero();
      // The client shares two cores with the server (and, on a busy machine, with others): it must
      // still have offered a clear overload, twice the sustainable rate at least.
      assertThat(o.offeredRequestsPerSecond()).as(seen).isGreaterThan(2 * rate / 10);
      assertThat(o.statuses().keySet()).as(seen).isSubsetOf(Set.of(200, 429, 503));
      assertThat(o.statuses().values().stream().mapToInt(Integer::intValue).sum()).as(seen).isEqualTo(o.sent());
      assertThat(o.answered(200)).as("some work is done: " + seen).isPositive();
      assertThat(o.answered(429)).as("the excess is refused: " + seen).isPositive();
      assertThat(o.wrongResultCounts()).as("every accepted request answered in full: " + seen).isZero();
      assertThat(server.metrics().queuedHighWater()).isLessThanOrEqualTo(QUEUE);
      assertThat(server.queuedSamples()).isZero();
      assertThat(server.metrics().samplesCount(RewardServer.SCORE) - scoredBefore)
          .as("the server answered exactly the samples of the 200s: " + seen)
          .isEqualTo((long) BATCH * o.answered(200));
      // What the server held stayed within its bounds: the request bodies it reserved never passed
      // the configured in-flight limit, and once the load is gone, nothing of it is retained.
      assertThat(server.metrics().heldBodyBytesHighWater()).as(seen).isPositive()
          .isLessThanOrEqualTo(config.maxInflightBytes());
      long retained = liveHeapAfterCollection();
      assertThat(retained).as("live heap after the overload").isLessThan(512L << 20);

      assertThat(load.healthy()).isTrue();
      LoadGenerator.Run after = load.closedLoop(BATCH, 1, Duration.ofMillis(500), 5);
      assertThat(after.failures()).isZero();
      System.out.println("OverloadTest: " + seen + "; queue high-water " + server.metrics().queuedHighWater()
          + " of " + QUEUE + ", body bytes high-water " + (server.metrics().heldBodyBytesHighWater() >> 10)
          + " KiB, live heap after " + (retained >> 20) + " MiB");
    }
  }

  /** Heap in use right after a full collection: the live set, not garbage waiting to be collected. */
  private static long liveHeapAfterCollection() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }
}
