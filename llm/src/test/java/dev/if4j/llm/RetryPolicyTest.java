package dev.if4j.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private final RetryPolicy policy = new RetryPolicy(8, Duration.ofMillis(100), Duration.ofMillis(1000));

  @Test
  void theWaitDoublesWithinTheUpperHalfOfItsCeilingUpToTheMaximum() {
    SplittableRandom random = new SplittableRandom(1);
    long[] ceilings = {100, 200, 400, 800, 1000, 1000, 1000};
    for (int failures = 1; failures <= ceilings.length; failures++) {
      long ceiling = ceilings[failures - 1];
      for (int i = 0; i < 200; i++) {
        assertThat(policy.delayMillis(failures, -1, random)).isBetween(ceiling / 2, ceiling);
      }
    }
  }

  @Test
  void theWaitsAreSpreadNotEqual() {
    SplittableRandom random = new SplittableRandom(2);
    java.util.Set<Long> seen = new java.util.HashSet<>();
    for (int i = 0; i < 50; i++) seen.add(policy.delayMillis(3, -1, random));
    assertThat(seen.size()).isGreaterThan(20);
  }

  @Test
  void retryAfterIsHonouredUpToTheMaximum() {
    SplittableRandom random = new SplittableRandom(3);
    assertThat(policy.delayMillis(1, 700, random)).isEqualTo(700);
    assertThat(policy.delayMillis(1, 60_000, random)).isEqualTo(1000);
    assertThat(policy.delayMillis(4, 10, random)).isBetween(400L, 800L);
  }

  @Test
  void aHugeAttemptNumberDoesNotOverflow() {
    assertThat(policy.delayMillis(1_000, -1, new SplittableRandom(4))).isBetween(500L, 1000L);
  }
}
