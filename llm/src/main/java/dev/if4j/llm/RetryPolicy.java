package dev.if4j.llm;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How often and how long to wait before trying a failed request again: exponential backoff with
 * jitter.
 *
 * <p>Before attempt {@code n + 1} (after {@code n} failures) the ceiling is {@code min(maxDelay,
 * baseDelay * 2^(n-1))} and the wait is drawn uniformly from its upper half ("equal jitter"): the
 * half that is fixed keeps a retry from landing at once, the half that is random spreads the
 * requests of one burst of 429s apart, so they do not come back together. A server's {@code
 * Retry-After} is honoured when it asks for longer, up to {@code maxDelay}.
 *
 * @param maxAttempts attempts per request, the first included (1: never retry)
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {
  public RetryPolicy {
    if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
    if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
      throw new IllegalArgumentException("need 0 <= baseDelay <= maxDelay");
    }
  }

  /** 6 attempts, 1 s doubling to at most 60 s: about 1.5 minutes of patience with a busy server. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(60));
  }

  /** The wait in milliseconds after {@code failures} failed attempts (1 or more). */
  public long delayMillis(int failures, long retryAfterMillis, RandomGenerator random) {
    long base = baseDelay.toMillis();
    long max = maxDelay.toMillis();
    int shift = Math.min(failures - 1, 40);
    long ceiling = base == 0 ? 0 : (base > (max >> shift) ? max : Math.min(max, base << shift));
    long half = ceiling / 2;
    long wait = ceiling - half + (half == 0 ? 0 : random.nextLong(half + 1));
    if (retryAfterMillis > wait) wait = Math.min(retryAfterMillis, max);
    return wait;
  }
}
