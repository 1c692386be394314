package dev.if4j.text;

import java.util.List;

/**
 * CPython's {@code random.Random} (placeholder: being ported). Same seed, same stream.
 */
public final class PyRandom {
  public PyRandom(long seed) {
    throw new UnsupportedOperationException("PyRandom is not ported yet");
  }

  /** {@code random()}: a double in [0, 1). */
  public double random() {
    throw new UnsupportedOperationException();
  }

  /** {@code randint(a, b)}: inclusive on both ends. */
  public int randint(int a, int b) {
    throw new UnsupportedOperationException();
  }

  /** {@code choice(seq)}. */
  public <T> T choice(List<T> seq) {
    throw new UnsupportedOperationException();
  }

  /** {@code sample(population, k)}. */
  public <T> List<T> sample(List<T> population, int k) {
    throw new UnsupportedOperationException();
  }

  /** {@code gauss(mu, sigma)}. */
  public double gauss(double mu, double sigma) {
    throw new UnsupportedOperationException();
  }
}
