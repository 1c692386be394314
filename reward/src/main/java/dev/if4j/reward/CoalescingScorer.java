package dev.if4j.reward;

import dev.if4j.text.io.InputProblemException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scores many callers' small batches together: a per-sample client (OpenRLHF sends one HTTP request
 * per sample, thousands at once) would otherwise pay a {@link BatchScorer} batch (runners, a watcher)
 * per sample.
 *
 * <p>Callers queue their samples; one dispatcher thread hands the queue to the scorer as batches of
 * up to {@code maxBatch} samples, at most one batch per worker in the rule stage at once. So nothing
 * waits when the workers are free (a lone request is dispatched at once: no timer, no window), and
 * while they are busy the requests that arrive meanwhile pile up and leave together as the next
 * batch. Requests are coalesced only with requests of an equal {@link RewardConfig} (per-request
 * options stay per request); each caller gets exactly its own results, in its order. A sample that
 * cannot be judged (an {@link InputProblemException} at its sample) fails only its own request, with its own index;
 * the others of its batch are scored again without it. The judge stage of hybrid samples runs after
 * the batch gives its slot back, so a slow judge does not hold the rule workers.
 *
 * <p>Memory is the callers' to bound: this queue holds what they handed in (the reward server
 * admits samples against {@code --max-queued-samples} before they get here).
 */
public final class CoalescingScorer implements AutoCloseable {
  /** Samples per coalesced batch: enough to keep per-batch overhead small, few enough to keep latency low. */
  public static final int DEFAULT_MAX_BATCH = 1024;

  private final BatchScorer scorer;
  private final int maxBatch;
  private final Semaphore slots;
  private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final ExecutorService batches = Executors.newVirtualThreadPerTaskExecutor();
  private final Thread dispatcher;
  private final AtomicLong batchCount = new AtomicLong();
  private final AtomicLong requestCount = new AtomicLong();
  private volatile boolean closed;

  public CoalescingScorer(BatchScorer scorer, int maxBatch) {
    if (maxBatch < 1) throw new IllegalArgumentException("maxBatch must be at least 1, got " + maxBatch);
    this.scorer = Objects.requireNonNull(scorer);
    this.maxBatch = maxBatch;
    this.slots = new Semaphore(scorer.threads());
    this.dispatcher = Thread.ofPlatform().daemon().name("if4j-coalescer").start(this::dispatch);
  }

  /**
   * The rewards of {@code samples}, in order, scored with whatever other callers' samples of the same
   * configuration are waiting.
   *
   * @throws InputProblemException when one of these samples cannot be judged (its index is in {@code samples})
   * @throws InterruptedException when the caller is interrupted while waiting
   */
  public List<RewardResult> score(List<RewardSample> samples, RewardConfig config) throws InterruptedException {
    if (samples.isEmpty()) return List.of();
    if (closed) throw new IllegalStateException("the scorer is closed");
    Pending p = new Pending(samples, Objects.requireNonNull(config));
    queue.add(p);
    if (closed) p.result.completeExceptionally(new IllegalStateException("the scorer is closed"));
    try {
      return Arrays.asList(p.result.get());
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) throw r;
      if (cause instanceof Error err) throw err;
      if (cause instanceof InterruptedException) throw new InterruptedException("scoring was interrupted (the scorer is closing)");
      throw new IllegalStateException(cause);
    }
  }

  /** Batches handed to the scorer since start. */
  public long batches() {
    return batchCount.get();
  }

  /** Callers' requests scored since start (over {@link #batches()}: how many requests a batch carries). */
  public long requests() {
    return requestCount.get();
  }

  /** Requests waiting for a batch now. */
  public int waiting() {
    return queue.size();
  }

  @Override
  public void close() {
    closed = true;
    dispatcher.interrupt();
    batches.shutdownNow();
    for (Pending p; (p = queue.poll()) != null; ) {
      p.result.completeExceptionally(new IllegalStateException("the scorer is closed"));
    }
  }

  /** One caller's samples and where its results go. */
  private static final class Pending {
    final List<RewardSample> samples;
    final RewardConfig config;
    final CompletableFuture<RewardResult[]> result = new CompletableFuture<>();

    Pending(List<RewardSample> samples, RewardConfig config) {
      this.samples = samples;
      this.config = config;
    }
  }

  private void dispatch() {
    // Requests drained from the queue with another configuration than the batch being gathered:
    // they lead the next batches, in arrival order.
    Deque<Pending> held = new ArrayDeque<>();
    List<Pending> taken = new ArrayList<>();
    try {
      while (!closed) {
        taken = new ArrayList<>(List.of(held.isEmpty() ? queue.take() : held.poll()));
        // Waits only while every worker has a batch: that is when the next batch fills up.
        slots.acquire();
        List<Pending> batch = gather(taken.get(0), held);
        taken = batch;
        batchCount.incrementAndGet();
        requestCount.addAndGet(batch.size());
        batches.execute(() -> run(batch));
        taken = List.of();
      }
    } catch (InterruptedException e) {
      // Closing.
    } catch (RuntimeException e) {
      // The executor refused the batch: closing.
    } finally {
      // Whatever was taken from the queue and not handed on is answered, so that no caller waits forever.
      for (Pending p : taken) p.result.completeExceptionally(new IllegalStateException("the scorer is closed"));
      for (Pending p : held) p.result.completeExceptionally(new IllegalStateException("the scorer is closed"));
    }
  }

  /** {@code first} and the waiting requests of its configuration, up to {@code maxBatch} samples. */
  private List<Pending> gather(Pending first, Deque<Pending> held) {
    List<Pending> batch = new ArrayList<>();
    batch.add(first);
    int size = first.samples.size();
    Deque<Pending> skipped = new ArrayDeque<>();
    for (Pending p; size < maxBatch && (p = held.isEmpty() ? queue.poll() : held.poll()) != null; ) {
      if (p.config.equals(first.config) && size + p.samples.size() <= maxBatch) {
        batch.add(p);
        size += p.samples.size();
      } else {
        skipped.add(p);
      }
    }
    // What was skipped goes before what is still held, so that arrival order is kept.
    while (!skipped.isEmpty()) held.addFirst(skipped.pollLast());
    return batch;
  }

  private void run(List<Pending> batch) {
    boolean slotHeld = true;
    List<Pending> left = batch;
    try {
      RewardConfig config = batch.get(0).config;
      while (!left.isEmpty()) {
        List<RewardSample> all = new ArrayList<>();
        for (Pending p : left) all.addAll(p.samples);
        RewardResult[] out;
        try {
          out = scorer.scoreRules(all, config);
        } catch (InputProblemException e) {
          left = withoutOwner(left, e);
          continue;
        }
        slots.release();
        slotHeld = false;
        scorer.askJudge(all, out, config);
        int offset = 0;
        for (Pending p : left) {
          p.result.complete(Arrays.copyOfRange(out, offset, offset + p.samples.size()));
          offset += p.samples.size();
        }
        left = List.of();
      }
    } catch (InterruptedException | RuntimeException | Error e) {
      for (Pending p : left) p.result.completeExceptionally(e);
    } finally {
      if (slotHeld) slots.release();
    }
  }

  /** Fails the request that holds the sample {@code e} names (with its own index); the others remain. */
  private static List<Pending> withoutOwner(List<Pending> left, InputProblemException e) {
    List<Pending> rest = new ArrayList<>(left.size() - 1);
    int offset = 0;
    for (Pending p : left) {
      int local = e.sample() - offset;
      if (local >= 0 && local < p.samples.size()) {
        p.result.completeExceptionally(e.atSample(local));
      } else {
        rest.add(p);
      }
      offset += p.samples.size();
    }
    return rest;
  }
}
