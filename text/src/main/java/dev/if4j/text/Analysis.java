package dev.if4j.text;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A named fact about a text (its word count, its sentences, its language...) that a {@link
 * TextView} computes at most once and caches.
 *
 * <p>Declare analyses as constants next to the code that needs them: {@code static final
 * Analysis<Integer> WORDS = Analysis.of("words", v -> ...)}. Each constant gets a slot in every
 * view's cache, so looking one up is an array read.
 */
public final class Analysis<T> {
  private static final AtomicInteger NEXT_SLOT = new AtomicInteger();

  private final String name;
  private final Function<TextView, T> compute;
  final int slot;

  private Analysis(String name, Function<TextView, T> compute) {
    this.name = Objects.requireNonNull(name);
    this.compute = Objects.requireNonNull(compute);
    this.slot = NEXT_SLOT.getAndIncrement();
  }

  /** A new analysis; create each one once (as a constant), not per call. */
  public static <T> Analysis<T> of(String name, Function<TextView, T> compute) {
    return new Analysis<>(name, compute);
  }

  T computeOn(TextView view) {
    return compute.apply(view);
  }

  static int slotCount() {
    return NEXT_SLOT.get();
  }

  @Override
  public String toString() {
    return "Analysis[" + name + "]";
  }
}
