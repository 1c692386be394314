package dev.if4j.reward;

import static dev.if4j.reward.RewardTesting.gt;
import static dev.if4j.reward.RewardTesting.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.text.io.InputProblemException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class BatchScorerTest {
  @Test
  void resultsComeBackInInputOrderAndMatchOneByOneScoring() throws Exception {
    RewardFunction fn = new RewardFunction(RewardTesting.IFEVAL, RewardConfig.defaults());
    List<RewardSample> samples = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String text = i % 3 == 0 ? "a, b" : "plain words " + i;
      samples.add(sample(text, gt("punctuation:no_comma", Map.of(),
          "length_constraints:number_words", Map.of("relation", "at least", "num_words", (long) (i % 5)))));
    }
    try (BatchScorer scorer = new BatchScorer(fn, 3)) {
      List<RewardResult> got = scorer.scoreAll(samples);
      assertThat(got).hasSize(300);
      for (int i = 0; i < samples.size(); i++) {
        assertThat(got.get(i)).as("sample %d", i).isEqualTo(fn.score(samples.get(i)));
      }
      assertThat(scorer.scoreAll(List.of())).isEmpty();
    }
  }

  @Test
  @Timeout(30)
  void aSampleOverItsBudgetGetsTheFallbackAndDoesNotStallTheBatch() throws Exception {
    RewardConfig config = RewardConfig.defaults().withSampleTimeout(Duration.ofMillis(100)).withFallbackScore(-1);
    RewardFunction fn = new RewardFunction(RewardTesting.SLOW, config);
    List<RewardSample> samples = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      long millis = i == 3 || i == 4 ? 3_000 : 1; // two runaways: as many as there are workers
      samples.add(sample("ok", gt("test:slow", Map.of("millis", millis))));
    }
    List<String> timedOut = new ArrayList<>();
    try (BatchScorer scorer = new BatchScorer(fn, 2)) {
      scorer.onTimeout(s -> timedOut.add(s.response()));
      long t0 = System.nanoTime();
      List<RewardResult> got = scorer.scoreAll(samples);
      long millis = (System.nanoTime() - t0) / 1_000_000;
      assertThat(millis).as("the batch waited for no runaway").isLessThan(2_500);
      assertThat(got.get(3).guard()).isEqualTo(Guard.TIMEOUT);
      assertThat(got.get(3).score()).isEqualTo(-1.0);
      assertThat(got.get(4).guard()).isEqualTo(Guard.TIMEOUT);
      for (int i = 0; i < 40; i++) {
        if (i != 3 && i != 4) assertThat(got.get(i).score()).as("sample %d", i).isEqualTo(1.0);
      }
      assertThat(scorer.timeouts()).isEqualTo(2);
      assertThat(timedOut).hasSize(2);
      // They ignore their interrupt: written off once the grace after it has passed.
      assertThat(scorer.stuckWorkers()).isEqualTo(2);
      assertThat(scorer.poolCapacity()).isEqualTo(4);
      // Once the runaways end, the written-off workers leave and the pool shrinks back.
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (scorer.stuckWorkers() > 0 && System.nanoTime() < deadline) Thread.sleep(20);
      assertThat(scorer.stuckWorkers()).isZero();
      assertThat(scorer.poolCapacity()).isEqualTo(2);
      // And the scorer still works.
      assertThat(scorer.scoreAll(samples.subList(0, 3))).extracting(RewardResult::score).containsOnly(1.0);
    }
  }

  @Test
  @Timeout(30)
  void aTimedOutSampleIsInterruptedAndItsWorkerGoesOnWithTheBatch() throws Exception {
    RewardConfig config = RewardConfig.defaults().withSampleTimeout(Duration.ofMillis(100));
    RewardFunction fn = new RewardFunction(RewardTesting.SLOW, config);
    List<RewardSample> samples = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      samples.add(i == 2 || i == 9 ? sample("ok", gt("test:interruptible", Map.of())) : sample("ok", gt("test:slow", Map.of("millis", 1L))));
    }
    int before = RewardTesting.INTERRUPTED_CHECKS.get();
    try (BatchScorer scorer = new BatchScorer(fn, 1)) {
      long t0 = System.nanoTime();
      List<RewardResult> got = scorer.scoreAll(samples);
      long millis = (System.nanoTime() - t0) / 1_000_000;
      assertThat(got.get(2).guard()).isEqualTo(Guard.TIMEOUT);
      assertThat(got.get(9).guard()).isEqualTo(Guard.TIMEOUT);
      for (int i = 0; i < 20; i++) {
        if (i != 2 && i != 9) assertThat(got.get(i).guard()).as("sample %d", i).isNull();
      }
      // Each runaway costs its budget, not its 10 s: the one worker was interrupted and went on.
      assertThat(millis).isLessThan(2_000);
      assertThat(RewardTesting.INTERRUPTED_CHECKS.get() - before).as("checks that saw their interrupt").isEqualTo(2);
      assertThat(scorer.stuckWorkers()).as("nobody written off").isZero();
      assertThat(scorer.poolCapacity()).isEqualTo(1);
      // The interrupt does not leak into the worker's next sample.
      assertThat(scorer.scoreAll(samples.subList(0, 2))).extracting(RewardResult::guard).containsOnlyNulls();
    }
  }

  @Test
  void withoutABudgetASlowSampleIsWaitedFor() throws Exception {
    RewardConfig config = RewardConfig.defaults().withSampleTimeout(Duration.ZERO);
    RewardFunction fn = new RewardFunction(RewardTesting.SLOW, config);
    try (BatchScorer scorer = new BatchScorer(fn, 1)) {
      List<RewardResult> got = scorer.scoreAll(List.of(sample("ok", gt("test:slow", Map.of("millis", 300L)))));
      assertThat(got.get(0).guard()).isNull();
      assertThat(got.get(0).score()).isEqualTo(1.0);
    }
  }

  @Test
  void aBadSampleFailsTheBatchNamingItsIndex() throws Exception {
    RewardFunction fn = new RewardFunction(RewardTesting.IFEVAL, RewardConfig.defaults());
    List<RewardSample> samples = new ArrayList<>();
    for (int i = 0; i < 50; i++) samples.add(sample("x", gt("punctuation:no_comma", Map.of())));
    samples.set(17, sample("x", gt("length_constraints:number_words", Map.of("num_words", "many"))));
    try (BatchScorer scorer = new BatchScorer(fn, 2)) {
      assertThatThrownBy(() -> scorer.scoreAll(samples))
          .isInstanceOf(InputProblemException.class)
          .hasMessageStartingWith("sample 17: ground_truth.kwargs[0]: ")
          .satisfies(e -> assertThat(((InputProblemException) e).sample()).isEqualTo(17));
    }
  }
}
