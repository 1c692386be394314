package dev.if4j.reward;

import dev.if4j.text.io.InputProblemException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Scores batches on a fixed pool of worker threads (one per core by default), in input order, with a
 * per-sample time budget that no sample can break.
 *
 * <p>Each batch gets up to one runner per worker; a runner takes the batch's next sample until none
 * is left, so a batch of 8,192 keeps every core busy without 8,192 tasks. The caller's thread
 * watches the runners: a sample judged for longer than {@link RewardConfig#sampleTimeout()} gets
 * the fallback result ({@link Guard#TIMEOUT}) at once, its runner's thread is <b>interrupted</b>
 * (the {@link dev.if4j.constraints.Evaluator} stops between instructions when it sees that, with an
 * unchecked exception that counts as the timeout), and a fresh runner is queued to carry on with
 * the batch, taking the worker as soon as the interrupted sample lets go of it. A worker that has
 * not stopped {@link #STOP_GRACE_NANOS} after its interrupt (a checker that does not look) is
 * written off: the pool grows by one thread, and shrinks back when the worker finally finishes and
 * drops its late result. At most {@code maxStuckWorkers} workers are written off at a time; past
 * that, samples still get their timeout result, but the batch's remaining samples wait for a worker.
 *
 * <p>Thread-safe: any number of callers may score batches at once; they share the workers.
 */
public final class BatchScorer implements AutoCloseable {
  /** Told about every sample that ran out of time. */
  public interface TimeoutListener {
    void onTimeout(RewardSample sample);
  }

  /** How long an interrupted sample may take to stop before its worker is written off. */
  static final long STOP_GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private final RewardFunction function;
  private final int threads;
  private final int maxStuckWorkers;
  private final ThreadPoolExecutor pool;
  private final AtomicInteger stuck = new AtomicInteger();
  private final AtomicLong timeouts = new AtomicLong();
  private volatile TimeoutListener timeoutListener = s -> {};

  /** A scorer with {@code threads} workers that writes off at most {@code 4 × threads} of them. */
  public BatchScorer(RewardFunction function, int threads) {
    this(function, threads, Math.max(4, 4 * threads));
  }

  public BatchScorer(RewardFunction function, int threads, int maxStuckWorkers) {
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    if (maxStuckWorkers < 0) throw new IllegalArgumentException("maxStuckWorkers must not be negative");
    this.function = Objects.requireNonNull(function);
    this.threads = threads;
    this.maxStuckWorkers = maxStuckWorkers;
    AtomicInteger n = new AtomicInteger();
    // The queue holds runners (at most one per worker per batch in flight), not samples: callers
    // bound how many batches are in flight.
    this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
        r -> {
          Thread t = new Thread(r, "if4j-reward-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  public RewardFunction function() {
    return function;
  }

  public int threads() {
    return threads;
  }

  /** Workers currently written off (judging a sample past its budget). */
  public int stuckWorkers() {
    return stuck.get();
  }

  /** Samples that ran out of time since this scorer was made. */
  public long timeouts() {
    return timeouts.get();
  }

  public void onTimeout(TimeoutListener listener) {
    this.timeoutListener = Objects.requireNonNull(listener);
  }

  /** The rewards of {@code samples} under the function's default configuration. */
  public List<RewardResult> scoreAll(List<RewardSample> samples) throws InterruptedException {
    return scoreAll(samples, function.defaults());
  }

  /**
   * The rewards of {@code samples}, in order.
   *
   * @throws InputProblemException when a sample cannot be judged (the batch stops; no partial result)
   * @throws InterruptedException when the caller is interrupted (the batch's remaining samples are dropped)
   */
  public List<RewardResult> scoreAll(List<RewardSample> samples, RewardConfig config) throws InterruptedException {
    if (samples.isEmpty()) return List.of();
    RewardResult[] out = scoreRules(samples, config);
    askJudge(samples, out, config);
    return Arrays.asList(out);
  }

  /**
   * The rule stage of {@link #scoreAll}: every sample judged on the workers; hybrid samples' results
   * are still {@linkplain RewardResult#judgePending() waiting for the judge} ({@link #askJudge}).
   */
  RewardResult[] scoreRules(List<RewardSample> samples, RewardConfig config) throws InterruptedException {
    if (pool.isShutdown()) throw new IllegalStateException("the scorer is closed");
    int n = samples.size();
    Batch batch = new Batch(samples, config);
    int runners = Math.min(threads, n);
    for (int i = 0; i < runners; i++) batch.launch();
    long budget = config.sampleTimeout().toNanos();
    try {
      while (!batch.await(budget > 0 ? watchInterval(budget) : TimeUnit.SECONDS.toNanos(1))) {
        if (budget > 0) batch.expire(budget);
      }
    } catch (InterruptedException e) {
      batch.abandon();
      throw e;
    } finally {
      // Nobody watches this batch's runners from here on: one still busy with an interrupted sample
      // is written off now (and comes back when it stops), so that later batches keep every worker.
      batch.writeOffUnstopped();
    }
    batch.rethrow();
    RewardResult[] out = new RewardResult[n];
    for (int i = 0; i < n; i++) out[i] = batch.results.get(i);
    return out;
  }

  /**
   * The judge stage of hybrid samples: every pending judge call of the batch is sent at once (the
   * judge bounds its own requests in flight), off the rule workers, and the caller waits for all.
   * The judge's own timeouts and retries bound the wait; the sample time budget is the rule part's.
   */
  void askJudge(List<RewardSample> samples, RewardResult[] out, RewardConfig config) throws InterruptedException {
    List<CompletableFuture<Void>> calls = null;
    for (int i = 0; i < out.length; i++) {
      if (!out[i].judgePending()) continue;
      if (calls == null) calls = new ArrayList<>();
      int at = i;
      calls.add(function.completeJudge(samples.get(i), out[i], config).thenAccept(r -> out[at] = r));
    }
    if (calls == null) return;
    try {
      CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("judge stage failed: " + e.getCause(), e.getCause());
    }
  }

  /** How often the caller looks for overdue samples: often enough to keep the overrun small. */
  private static long watchInterval(long budgetNanos) {
    return Math.max(TimeUnit.MILLISECONDS.toNanos(1), Math.min(budgetNanos / 4, TimeUnit.MILLISECONDS.toNanos(50)));
  }

  /** Stops the workers (samples being judged finish in the background). */
  @Override
  public void close() {
    pool.shutdownNow();
  }

  private synchronized void growPool() {
    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
  }

  private synchronized void shrinkPool() {
    pool.setCorePoolSize(pool.getCorePoolSize() - 1);
    pool.setMaximumPoolSize(pool.getMaximumPoolSize() - 1);
  }

  /** One batch being scored. */
  private final class Batch {
    final List<RewardSample> samples;
    final RewardConfig config;
    final AtomicReferenceArray<RewardResult> results;
    final AtomicInteger next = new AtomicInteger();
    final AtomicInteger remaining;
    final CountDownLatch done = new CountDownLatch(1);
    final List<Runner> runners = new CopyOnWriteArrayList<>();
    final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    volatile boolean stopped;

    Batch(List<RewardSample> samples, RewardConfig config) {
      this.samples = samples;
      this.config = config;
      this.results = new AtomicReferenceArray<>(samples.size());
      this.remaining = new AtomicInteger(samples.size());
    }

    void launch() {
      Runner r = new Runner(this);
      runners.add(r);
      pool.execute(r);
    }

    boolean await(long nanos) throws InterruptedException {
      return done.await(nanos, TimeUnit.NANOSECONDS);
    }

    /** Records {@code r} as sample {@code i}'s result unless it has one (a timeout); false if it had. */
    boolean complete(int i, RewardResult r) {
      if (!results.compareAndSet(i, null, r)) return false;
      if (remaining.decrementAndGet() == 0) done.countDown();
      return true;
    }

    void fail(RuntimeException e) {
      // The lowest-numbered failure wins, so that the message is the same on every run that sees it.
      failure.accumulateAndGet(e, (a, b) -> a == null || index(b) < index(a) ? b : a);
      stopped = true;
      done.countDown();
    }

    private static int index(RuntimeException e) {
      return e instanceof InputProblemException p ? p.sample() : -1;
    }

    void rethrow() {
      RuntimeException e = failure.get();
      if (e != null) throw e;
    }

    /**
     * Gives overdue samples their timeout result, interrupts their runners and queues replacements;
     * writes off runners that have not stopped within the grace after their interrupt.
     */
    void expire(long budget) {
      long now = System.nanoTime();
      for (Runner r : runners) {
        int i;
        synchronized (r) {
          i = r.current;
          if (i < 0) continue;
          if (r.written) {
            if (!r.replaced && now - r.interruptedAt > STOP_GRACE_NANOS) writeOff(r);
            continue;
          }
          if (now - r.started < budget + r.extraBudget) continue;
          // Under the runner's lock: it cannot finish this sample (and start another, which the
          // interrupt must not reach) before we have decided.
          r.written = true;
          r.interruptedAt = now;
          r.thread.interrupt();
        }
        RewardSample s = samples.get(i);
        complete(i, RewardResult.guarded(Guard.TIMEOUT, s.groundTruth().size(), config));
        timeouts.incrementAndGet();
        timeoutListener.onTimeout(s);
        if (next.get() < samples.size()) launch();
      }
    }

    void writeOffUnstopped() {
      for (Runner r : runners) {
        synchronized (r) {
          if (r.current >= 0 && r.written && !r.replaced) writeOff(r);
        }
      }
    }

    /** Makes up for a runner that ignores its interrupt: one more worker while it is stuck. */
    private void writeOff(Runner r) {
      if (stuck.incrementAndGet() <= maxStuckWorkers) {
        r.replaced = true;
        growPool();
      } else {
        stuck.decrementAndGet();
      }
    }

    void abandon() {
      stopped = true;
      next.set(samples.size());
    }
  }

  /** Takes a batch's samples one by one until none is left. */
  private final class Runner implements Runnable {
    final Batch batch;
    // Guarded by this runner's lock: the watcher and the runner decide a sample's fate under it.
    int current = -1;
    long started;
    /** The thread running this runner (what a timeout interrupts). */
    Thread thread;
    /** When the watcher interrupted the current sample. */
    long interruptedAt;
    /** Time the current sample may take beyond the batch's budget (its sandboxed rules' own limits). */
    long extraBudget;
    /** Set by the watcher when this runner's sample ran out of time. */
    boolean written;
    /** Set when the pool grew to make up for this runner (it ignored its interrupt). */
    boolean replaced;

    Runner(Batch batch) {
      this.batch = batch;
    }

    @Override
    public void run() {
      int n = batch.samples.size();
      while (!batch.stopped) {
        int i = batch.next.getAndIncrement();
        if (i >= n) return;
        long extra = function.extraTimeBudget(batch.samples.get(i)).toNanos();
        synchronized (this) {
          started = System.nanoTime();
          extraBudget = extra;
          current = i;
          thread = Thread.currentThread();
        }
        RewardResult r;
        try {
          r = function.score(batch.samples.get(i), batch.config);
        } catch (InputProblemException e) {
          if (finish()) batch.fail(e.atSample(i));
          return;
        } catch (RuntimeException | Error e) {
          if (finish()) batch.fail(e instanceof RuntimeException re ? re : new IllegalStateException(e));
          return;
        }
        if (!finish()) return;
        batch.complete(i, r);
      }
    }

    /**
     * Ends the current sample: true when its result is still wanted, false when the watcher gave it
     * the timeout result (then a replacement carries on and this runner leaves; whatever the
     * interrupted sample threw is that timeout, and the interrupt is cleared for the worker's next task).
     */
    private boolean finish() {
      boolean late;
      boolean wasReplaced;
      synchronized (this) {
        current = -1;
        late = written;
        wasReplaced = replaced;
      }
      if (late) {
        Thread.interrupted();
        batch.runners.remove(this);
      }
      if (late && wasReplaced) {
        stuck.decrementAndGet();
        shrinkPool();
      }
      return !late;
    }
  }

  /** For tests: the number of worker threads alive now. */
  int poolSize() {
    return pool.getPoolSize();
  }

  /** For tests and metrics: the configured number of workers right now (grows while some are stuck). */
  int poolCapacity() {
    return pool.getCorePoolSize();
  }
}
