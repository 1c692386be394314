package dev.if4j.reward.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.reward.RewardConfig;
import dev.if4j.reward.RewardFunction;
import dev.if4j.reward.RewardTesting;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** serve-bench's stages in order against a real server: warm-up, one run per batch size, the overload. */
class ServeBenchTest {
  @Test
  @Timeout(60)
  void measuresEachBatchSizeThenOverloadsAtTenTimesTheSustainedRate() throws Exception {
    ServerConfig config = ServerConfig.defaults().withPort(0).withThreads(1);
    try (RewardServer server = RewardServer.start(new RewardFunction(RewardTesting.IFEVAL, RewardConfig.defaults()), config)) {
      LoadGenerator load = new LoadGenerator(server.uri(), null, BenchSamples.synthetic());
      List<String> stages = new ArrayList<>();
      double[] overloadRate = new double[2];
      ServeBench.Result r = ServeBench.run(load, new ServeBench.Settings(List.of(1, 8), null, 0.2, 0.3, 50, true, 8, 0.3),
          new ServeBench.Progress() {
            @Override
            public void warmingUp(double seconds) {
              stages.add("warm-up " + seconds);
            }

            @Override
            public void measuring() {
              stages.add("table");
            }

            @Override
            public void measured(LoadGenerator.Run run) {
              stages.add("batch " + run.batchSize() + " x" + run.concurrency());
            }

            @Override
            public void overloading(int batchSize, double requestsPerSecond, double sustained, double seconds) {
              stages.add("overload " + batchSize);
              overloadRate[0] = requestsPerSecond;
              overloadRate[1] = sustained;
            }
          });

      assertThat(stages).containsExactly("warm-up 0.2", "table", "batch 1 x16", "batch 8 x4", "overload 8");
      assertThat(r.runs()).extracting(LoadGenerator.Run::batchSize).containsExactly(1, 8);
      assertThat(r.runs()).allSatisfy(run -> assertThat(run.failures()).isZero());
      assertThat(overloadRate[1]).isEqualTo(r.runs().get(1).samplesPerSecond());
      assertThat(overloadRate[0]).isEqualTo(Math.max(1, 10 * overloadRate[1] / 8));
      assertThat(r.overload().run().sent()).isPositive();
      assertThat(r.overload().healthyAfter()).isTrue();
      assertThat(r.overload().heapHighWaterBytes()).isPositive();
    }
  }

  @Test
  void concurrencyFallsAsBatchesGrow() {
    assertThat(ServeBench.concurrency(1)).isEqualTo(16);
    assertThat(ServeBench.concurrency(64)).isEqualTo(4);
    assertThat(ServeBench.concurrency(65)).isEqualTo(2);
    assertThat(ServeBench.concurrency(1024)).isEqualTo(2);
    assertThat(ServeBench.concurrency(1025)).isEqualTo(1);
  }
}
