package dev.if4j.text;

import java.util.Objects;
import java.util.function.Supplier;

/** A thread-safe memoising supplier: computes once, on first use, then returns the same value. */
public final class Lazy<T> implements Supplier<T> {
  private final Supplier<? extends T> compute;
  private volatile T value;

  private Lazy(Supplier<? extends T> compute) {
    this.compute = Objects.requireNonNull(compute);
  }

  public static <T> Lazy<T> of(Supplier<? extends T> compute) {
    return new Lazy<>(compute);
  }

  /** Whether the value has been computed. */
  boolean isDone() {
    return value != null;
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = Objects.requireNonNull(compute.get(), "lazy value");
          value = v;
        }
      }
    }
    return v;
  }
}
