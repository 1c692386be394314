package dev.if4j.reward.server;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code if4j serve-bench}'s measurement of one server: after a warm-up, the closed-loop rate and
 * latency of each batch size, then optionally an overload run at 10x the sustained rate. Progress
 * is reported as it happens (a run takes minutes), the figures returned at the end.
 */
public final class ServeBench {
  private ServeBench() {}

  /** What to measure; times in seconds. {@code concurrency} null: by batch size ({@link #concurrency}). */
  public record Settings(List<Integer> batchSizes, Integer concurrency, double warmupSeconds, double seconds,
      int maxRequests, boolean overload, int overloadBatch, double overloadSeconds) {
    public Settings {
      batchSizes = List.copyOf(batchSizes);
    }
  }

  /** Told each stage as it starts or ends, so that a long run shows where it is. */
  public interface Progress {
    void warmingUp(double seconds);

    void measuring();

    void measured(LoadGenerator.Run run);

    void overloading(int batchSize, double requestsPerSecond, double sustainedSamplesPerSecond, double seconds);
  }

  /** The overload run, whether the server answered its health check after it, and the heap high-water of this process. */
  public record OverloadResult(LoadGenerator.Overload run, boolean healthyAfter, long heapHighWaterBytes) {}

  /** Each batch size's closed-loop run, in order; the overload run, or null when not asked for. */
  public record Result(List<LoadGenerator.Run> runs, OverloadResult overload) {}

  /**
   * At most this many overload requests open: below the server's 1,024 connections, so that every
   * request is answered by the server (with a result or a 429/503), none dropped by the operating system.
   */
  static final int OVERLOAD_MAX_OUTSTANDING = 1000;

  public static Result run(LoadGenerator load, Settings s, Progress progress) throws InterruptedException {
    if (s.warmupSeconds() > 0) {
      progress.warmingUp(s.warmupSeconds());
      load.closedLoop(64, 4, seconds(s.warmupSeconds()), Integer.MAX_VALUE);
    }
    progress.measuring();
    List<LoadGenerator.Run> runs = new ArrayList<>();
    double sustainedRate = 0;
    for (int b : s.batchSizes()) {
      int c = s.concurrency() != null ? s.concurrency() : concurrency(b);
      LoadGenerator.Run r = load.closedLoop(b, c, seconds(s.seconds()), s.maxRequests());
      runs.add(r);
      progress.measured(r);
      if (b == s.overloadBatch()) sustainedRate = r.samplesPerSecond();
    }
    return new Result(runs, s.overload() ? overload(load, s, sustainedRate, progress) : null);
  }

  /** Requests in flight by default: enough to keep the server's workers busy, fewer as batches grow. */
  public static int concurrency(int batchSize) {
    return batchSize == 1 ? 16 : batchSize <= 64 ? 4 : batchSize <= 1024 ? 2 : 1;
  }

  /** Floods at 10x the sustained rate of the overload batch size (measured first when the table did not). */
  private static OverloadResult overload(LoadGenerator load, Settings s, double sustainedRate, Progress progress)
      throws InterruptedException {
    if (sustainedRate == 0) {
      sustainedRate = load.closedLoop(s.overloadBatch(), 4, seconds(Math.min(s.seconds(), 5)), s.maxRequests())
          .samplesPerSecond();
    }
    double requestsPerSecond = Math.max(1, 10 * sustainedRate / s.overloadBatch());
    progress.overloading(s.overloadBatch(), requestsPerSecond, sustainedRate, s.overloadSeconds());
    AtomicLong heap = new AtomicLong();
    Thread watcher = Thread.ofPlatform().daemon().start(() -> watchHeap(heap));
    LoadGenerator.Overload o = load.overload(s.overloadBatch(), requestsPerSecond, seconds(s.overloadSeconds()),
        OVERLOAD_MAX_OUTSTANDING);
    watcher.interrupt();
    return new OverloadResult(o, load.healthy(), heap.get());
  }

  /** Samples this process's heap use every 20 ms into {@code highWater} until interrupted. */
  private static void watchHeap(AtomicLong highWater) {
    Runtime rt = Runtime.getRuntime();
    while (!Thread.currentThread().isInterrupted()) {
      highWater.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** One measured round of OpenRLHF's per-sample traffic, with the CPU it cost ({@code NaN} where not known). */
  public record PerSampleRound(OpenRlhfReplay.Result result, double serverCpuSeconds, double clientCpuSeconds,
      String loadAverage) {
    /** Every try of the round, at least 1: the requests answered and the tries that failed. */
    public int tries() {
      return Math.max(1, result.answered() + result.failedTries().values().stream().mapToInt(Integer::intValue).sum());
    }
  }

  /** Told when the per-sample warm-up is over and as each round ends. */
  public interface PerSampleProgress {
    void warmedUp();

    void measured(PerSampleRound round);
  }

  /**
   * {@code serve-bench --per-sample}: a warm-up of a tenth of the requests, then {@code rounds}
   * bursts of {@code requests} single-sample requests ({@link OpenRlhfReplay}), each with the CPU
   * the server (read from its metrics, when it is another process) and this process spent on it;
   * unlike samples/s, CPU per try does not fall when the neighbours take the cores. The samples
   * lost over the measured rounds.
   */
  public static int perSample(LoadGenerator load, List<byte[]> samples, int requests, int rounds,
      boolean serverInProcess, PerSampleProgress progress) throws IOException {
    OpenRlhfReplay.run(load.base(), load.token(), samples, Math.max(1, requests / 10), REPLAY_TRY_TIMEOUT);
    progress.warmedUp();
    int lost = 0;
    for (int round = 0; round < rounds; round++) {
      double serverBefore = serverInProcess ? Double.NaN : serverCpuSeconds(load);
      double clientBefore = ownCpuSeconds();
      OpenRlhfReplay.Result r = OpenRlhfReplay.run(load.base(), load.token(), samples, requests, REPLAY_TRY_TIMEOUT);
      double serverCpu = serverCpuSeconds(load) - serverBefore;
      double clientCpu = ownCpuSeconds() - clientBefore;
      lost += r.lost();
      progress.measured(new PerSampleRound(r, serverCpu, clientCpu, loadAverage()));
    }
    return lost;
  }

  private static final Duration REPLAY_TRY_TIMEOUT = Duration.ofSeconds(180);

  /**
   * The server's CPU seconds so far ({@code NaN} when it does not say): per request, what the
   * server costs, which the neighbours' load does not inflate as it does latency.
   */
  private static double serverCpuSeconds(LoadGenerator load) {
    try {
      return load.serverMetric("if4j_reward_process_cpu_seconds_total");
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Double.NaN;
    }
  }

  /** This process's CPU seconds so far ({@code NaN} where the JVM does not say). */
  private static double ownCpuSeconds() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        && os.getProcessCpuTime() >= 0 ? os.getProcessCpuTime() / 1e9 : Double.NaN;
  }

  /** The 1-minute load average (the machine is shared: figures mean little without it). */
  public static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  static Duration seconds(double s) {
    return Duration.ofNanos((long) (s * 1e9));
  }
}
