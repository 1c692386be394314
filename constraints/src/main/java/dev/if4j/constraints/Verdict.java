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
  private final boolean referenceRaises;

  private Verdict(boolean followed, Supplier<String> why) {
    this(followed, why, false);
  }

  private Verdict(boolean followed, Supplier<String> why, boolean referenceRaises) {
    this.followed = followed;
    this.why = Objects.requireNonNull(why);
    this.referenceRaises = referenceRaises;
  }

  /**
   * Not followed because the reference checker raises {@code exception} on this text (e.g. {@code
   * "IndexError: list index out of range"}), which aborts its evaluator. A raise also ends the
   * reference's loose search: variants after it are never tried (see {@link #referenceRaises()}).
   */
  public static Verdict referenceRaises(String exception) {
    return new Verdict(false, () -> "the reference raises " + exception, true);
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

  /** Whether the reference raises here rather than answering (an upstream version's crash). */
  public boolean referenceRaises() {
    return referenceRaises;
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
