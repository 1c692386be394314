package dev.if4j.reward;

import static dev.if4j.reward.RewardTesting.gt;
import static dev.if4j.reward.RewardTesting.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.text.io.InputProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CoalescingScorerTest {
  static final RewardGroundTruth NO_COMMA = gt("punctuation:no_comma", Map.of());
  static final RewardGroundTruth LOWER = gt("change_case:english_lowercase", Map.of());

  /** Request {@code i}: one to three samples whose rewards depend on {@code i}, so a mix-up shows. */
  static List<RewardSample> request(int i) {
    List<RewardSample> out = new ArrayList<>();
    for (int j = 0; j <= i % 3; j++) {
      out.add(sample((i + j) % 2 == 0 ? "a, b " + i : "a b " + i, (i + j) % 5 == 0 ? LOWER : NO_COMMA));
    }
    return out;
  }

  @Test
  @Timeout(60)
  void concurrentRequestsGetTheirOwnResultsUnderTheirOwnOptions() throws Exception {
    RewardFunction fn = new RewardFunction(RewardTesting.IFEVAL, RewardConfig.defaults());
    RewardConfig scaled = RewardConfig.defaults().withScale(10);
    int requests = 3_000;
    try (BatchScorer batch = new BatchScorer(fn, 2); CoalescingScorer scorer = new CoalescingScorer(batch, 64);
        ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<List<RewardResult>>> answers = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        List<RewardSample> samples = request(i);
        RewardConfig config = i % 2 == 0 ? fn.defaults() : scaled;
        answers.add(callers.submit(() -> scorer.score(samples, config)));
      }
      for (int i = 0; i < requests; i++) {
        RewardConfig config = i % 2 == 0 ? fn.defaults() : scaled;
        List<RewardResult> got = answers.get(i).get();
        List<RewardSample> samples = request(i);
        assertThat(got).as("request %d", i).hasSize(samples.size());
        for (int j = 0; j < samples.size(); j++) {
          assertThat(got.get(j).score()).as("request %d sample %d", i, j).isEqualTo(fn.score(samples.get(j), config).score());
        }
      }
      assertThat(scorer.requests()).isEqualTo(requests);
      assertThat(scorer.batches()).as("requests were coalesced").isLessThan(requests);
    }
  }

  @Test
  @Timeout(60)
  void aBadSampleFailsOnlyItsOwnRequestWithItsOwnIndex() throws Exception {
    RewardFunction fn = new RewardFunction(RewardTesting.IFEVAL, RewardConfig.defaults());
    RewardGroundTruth bad = gt("length_constraints:number_words", Map.of("num_words", "many"));
    try (BatchScorer batch = new BatchScorer(fn, 1); CoalescingScorer scorer = new CoalescingScorer(batch, 1024);
        ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<List<RewardResult>>> answers = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        List<RewardSample> samples = new ArrayList<>(List.of(sample("a b", NO_COMMA), sample("a, b", NO_COMMA)));
        if (i % 50 == 7) samples.set(1, sample("x", bad));
        answers.add(callers.submit(() -> scorer.score(samples, fn.defaults())));
      }
      for (int i = 0; i < 200; i++) {
        if (i % 50 == 7) {
          try {
            answers.get(i).get();
            throw new AssertionError("request " + i + " has a bad sample and was scored");
          } catch (java.util.concurrent.ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(InputProblemException.class);
            assertThat(((InputProblemException) e.getCause()).sample()).isEqualTo(1);
          }
        } else {
          assertThat(answers.get(i).get()).extracting(RewardResult::score).as("request %d", i).containsExactly(1.0, 0.0);
        }
      }
    }
  }
}
