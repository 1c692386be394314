package dev.if4j.constraints;

import dev.if4j.text.PyRandom;
import java.util.List;
import java.util.Objects;

/**
 * What a constraint sees while it is built: its arguments, and a seeded stand-in for the global
 * random generator that the reference draws from when an argument is missing or invalid.
 *
 * <p>Every draw marks the constraint as {@linkplain #referenceRandom() reference-random}: the
 * reference's verdict for it depends on its unseeded RNG, so no implementation can reproduce it,
 * while if4j's stays deterministic (same seed, same value).
 */
public final class BuildContext {
  /** Seed of the generator that fills missing arguments, unless the caller picks another. */
  public static final long DEFAULT_FILL_SEED = 0L;

  private final Args args;
  private final long fillSeed;
  private PyRandom random;
  private boolean referenceRandom;

  public BuildContext(Args args, long fillSeed) {
    this.args = Objects.requireNonNull(args);
    this.fillSeed = fillSeed;
  }

  /** A context whose fills come from {@code random} (prompt synthesis draws all arguments so). */
  public static BuildContext drawingFrom(Args args, PyRandom random) {
    BuildContext ctx = new BuildContext(args, DEFAULT_FILL_SEED);
    ctx.random = Objects.requireNonNull(random);
    return ctx;
  }

  public Args args() {
    return args;
  }

  public String instructionId() {
    return args.instructionId();
  }

  /** Python's {@code random.randint(a, b)}, as the reference calls it for a missing argument. */
  public int randint(int a, int b) {
    return rng().randint(a, b);
  }

  /** Python's {@code random.choice(options)}. */
  public <T> T choice(List<T> options) {
    return rng().choice(options);
  }

  /** Python's {@code random.sample(population, k)}. */
  public <T> List<T> sample(List<T> population, int k) {
    return rng().sample(population, k);
  }

  /**
   * Marks the constraint reference-random without drawing: for deterministic rules that replace a
   * reference draw (e.g. counting the letter the prompt asked for instead of a random one).
   */
  public void markReferenceRandom() {
    referenceRandom = true;
  }

  /** True when the reference would have drawn at random while building this constraint. */
  public boolean referenceRandom() {
    return referenceRandom;
  }

  private PyRandom rng() {
    referenceRandom = true;
    if (random == null) random = new PyRandom(fillSeed);
    return random;
  }
}
