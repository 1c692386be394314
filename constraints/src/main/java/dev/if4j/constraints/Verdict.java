package dev.if4j.constraints;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Whether one response variant follows one constraint, and why.
 *
 * <p>The reason is computed only when asked for (an evaluation of millions of rows never formats a
 * sentence it does not print).
 */
public final class Verdict {
  private static final Supplier<String> NO_REASON = () -> "";

  private final boolean followed;
  private final Supplier<String> why;

  private Verdict(boolean followed, Supplier<String> why) {
    this.followed = followed;
    this.why = Objects.requireNonNull(why);
  }

  /** A verdict whose reason is built from {@code why} on demand, e.g. {@code () -> "found 2 bullets, expected 3"}. */
  public static Verdict of(boolean followed, Supplier<String> why) {
    return new Verdict(followed, why);
  }

  public static Verdict followed(Supplier<String> why) {
    return new Verdict(true, why);
  }

  public static Verdict notFollowed(Supplier<String> why) {
    return new Verdict(false, why);
  }

  public static Verdict of(boolean followed) {
    return new Verdict(followed, NO_REASON);
  }

  public boolean isFollowed() {
    return followed;
  }

  /** A short human explanation ("found 2 bullet points, expected exactly 3"). */
  public String reason() {
    return why.get();
  }

  @Override
  public String toString() {
    return (followed ? "followed: " : "not followed: ") + reason();
  }
}
