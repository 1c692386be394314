package dev.if4j.text;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps a stream of items on a thread pool and hands the results on in input order.
 *
 * <p>At most {@code window} items are read ahead of the one being handed on, so memory stays flat
 * on any input size; the calling thread reads items and writes results, the pool does the work. An
 * exception thrown by the work ends the run and is rethrown to the caller after the results before
 * it have been handed on.
 */
public final class OrderedParallel {
  private OrderedParallel() {}

  /** Items to work on; {@code null} at the end. */
  @FunctionalInterface
  public interface Source<I> {
    I next() throws IOException;
  }

  /** Where results go, in input order. */
  @FunctionalInterface
  public interface Sink<O> {
    void accept(O result) throws IOException;
  }

  private static final AtomicInteger POOLS = new AtomicInteger();

  public static <I, O> void run(Source<I> source, Function<? super I, ? extends O> work, Sink<? super O> sink,
      int threads, int window) throws IOException {
    if (threads <= 1) {
      for (I item = source.next(); item != null; item = source.next()) sink.accept(work.apply(item));
      return;
    }
    int pool = POOLS.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "if4j-" + pool + "-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    ArrayDeque<Future<? extends O>> inFlight = new ArrayDeque<>();
    int limit = Math.max(window, threads);
    try {
      for (I item = source.next(); item != null; item = source.next()) {
        I it = item;
        inFlight.add(executor.submit(() -> work.apply(it)));
        while (!inFlight.isEmpty() && (inFlight.size() >= limit || inFlight.peek().isDone())) {
          sink.accept(await(inFlight.poll()));
        }
      }
      while (!inFlight.isEmpty()) sink.accept(await(inFlight.poll()));
    } finally {
      for (Future<?> f : inFlight) f.cancel(true);
      executor.shutdownNow();
    }
  }

  private static <O> O await(Future<O> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) throw r;
      if (cause instanceof Error err) throw err;
      throw new IllegalStateException(cause);
    }
  }
}
