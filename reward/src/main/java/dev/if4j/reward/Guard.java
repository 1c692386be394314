package dev.if4j.reward;

import java.util.Locale;

/** Why a sample was given the fallback score instead of being judged. */
public enum Guard {
  /** The answer is longer than the configured maximum. */
  TOO_LONG,
  /** Judging it ran past the per-sample time budget. */
  TIMEOUT,
  /** The reasoning trace never closes, and the policy is {@link UnclosedThink#FALLBACK}. */
  UNCLOSED_THINK;

  /** {@code too_long}, {@code timeout}, {@code unclosed_think}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
