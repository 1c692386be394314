package dev.if4j.constraints;

import dev.if4j.text.PyRandom;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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

  /**
   * The fix that forbids draws at check time: with it enabled, an argument the reference would fill
   * at random (missing, negative, out of range) is an {@link ArgumentException} instead.
   */
  public static final String NO_RANDOM_ARGS = "no-random-args";

  private final Args args;
  private final long fillSeed;
  private final Set<String> fixes;
  /** True in prompt synthesis, where every argument is drawn ({@link #synthesis}). */
  private boolean synthesis;
  private List<ArgSpec> declared = List.of();
  private PyRandom random;
  private boolean referenceRandom;
  /** The context this one was derived from by {@link #withArgs}: it draws and is marked for both. */
  private BuildContext parent;

  public BuildContext(Args args, long fillSeed) {
    this(args, fillSeed, Set.of());
  }

  /**
   * A context in which the fixes named {@code fixes} are enabled (see {@link #fixed}); the set is
   * read, not copied (one is built per row and instruction), so it must not change.
   */
  public BuildContext(Args args, long fillSeed, Set<String> fixes) {
    this.args = Objects.requireNonNull(args);
    this.fillSeed = fillSeed;
    this.fixes = Objects.requireNonNull(fixes);
  }

  /** A context whose fills come from {@code random} (prompt synthesis draws all arguments so). */
  public static BuildContext drawingFrom(Args args, PyRandom random) {
    BuildContext ctx = new BuildContext(args, DEFAULT_FILL_SEED);
    ctx.random = Objects.requireNonNull(random);
    ctx.synthesis = true;
    return ctx;
  }

  /**
   * True in prompt synthesis ({@link #drawingFrom}), also in a context derived from it: every
   * argument is drawn, so a checker whose reference raises on a missing argument draws a valid one
   * instead (there is no row to judge).
   */
  public boolean synthesis() {
    return synthesis || parent != null && parent.synthesis();
  }

  public Args args() {
    return args;
  }

  /**
   * This context with {@code other} in place of its arguments: the same fixes and the same
   * generator, and a draw made through either marks both reference-random. For a checker that hands
   * its arguments, translated, to another checker class (M-IFEval's relation words in French and
   * Japanese, given to Google's classes in English).
   */
  public BuildContext withArgs(Args other) {
    BuildContext child = new BuildContext(other, fillSeed, fixes);
    child.parent = this;
    return child;
  }

  public String instructionId() {
    return args.instructionId();
  }

  /**
   * Whether fix {@code fixId} is enabled: a constraint class with a repaired behaviour reads this
   * once, while it is built, and keeps the reference's behaviour otherwise.
   */
  public boolean fixed(String fixId) {
    return fixes.contains(fixId);
  }

  /** Set by {@link ConstraintType} before the factory runs: names the arguments in errors. */
  void declare(List<ArgSpec> specs) {
    this.declared = specs;
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
    if (parent != null) parent.markReferenceRandom();
    referenceRandom = true;
  }

  /** True when the reference would have drawn at random while building this constraint. */
  public boolean referenceRandom() {
    return referenceRandom;
  }

  private PyRandom rng() {
    if (parent != null) {
      referenceRandom = true;
      return parent.rng();
    }
    // A drawing context (prompt synthesis) has its generator already and always may draw.
    if (random == null && fixes.contains(NO_RANDOM_ARGS)) throw refusedDraw();
    referenceRandom = true;
    if (random == null) random = new PyRandom(fillSeed);
    return random;
  }

  private ArgumentException refusedDraw() {
    String missing = declared.stream().map(ArgSpec::name).filter(n -> !args.has(n))
        .reduce((a, b) -> a + "', '" + b).orElse(null);
    return new ArgumentException(args.instructionId(), missing != null ? missing : "kwargs",
        missing != null ? null : args.asMap(),
        (missing != null ? "missing" : "invalid") + ": the reference would fill it in at random;"
            + " fix " + NO_RANDOM_ARGS + " never draws, so give every argument a valid value");
  }
}
