package dev.if4j.llm.judge;

/**
 * What one judge call gave: a verdict, or a failure with its reason.
 *
 * @param verdict the integer of the first {@code [[n]]} (0 when the completion has none), or -1 on failure
 * @param failure why the call failed for good, or {@code null}
 * @param cached whether the verdict came from the cache (or from an identical call in flight)
 * @param key the cache key of the call (SHA-256 hex)
 */
public record JudgeOutcome(long verdict, String failure, boolean cached, String key) {
  public static JudgeOutcome of(long verdict, boolean cached, String key) {
    return new JudgeOutcome(verdict, null, cached, key);
  }

  public static JudgeOutcome failed(String reason, String key) {
    return new JudgeOutcome(-1, reason, false, key);
  }

  public boolean failed() {
    return failure != null;
  }
}
