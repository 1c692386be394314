package dev.if4j.cli;

import dev.if4j.reward.server.BenchSamples;
import dev.if4j.reward.server.LoadGenerator;
import dev.if4j.reward.server.OpenRlhfReplay;
import dev.if4j.reward.server.RewardServer;
import dev.if4j.reward.server.ServeBench;
import dev.if4j.reward.server.ServerConfig;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "serve-bench",
    mixinStandardHelpOptions = true,
    description = {
      "Loopback load generator for the reward server: samples/s and p50/p99 latency of POST /v1/score"
          + " for each batch size, after a warm-up; with --overload, then 10x the measured rate for a"
          + " bounded time, counting 200s, 429s/503s and anything else.",
      "Without --url it starts a server in this process on 127.0.0.1 (a free port) with the scoring"
          + " options given here. Bounded: --seconds per size and --max-requests per size.",
      "With --per-sample N, replays OpenRLHF's reward client instead: N single-sample POST /get_reward"
          + " requests at once, each on a new connection, each tried 5 times with a fixed 1 s pause"
          + " (Retry-After ignored); reports refused tries, lost samples, samples/s and p50/p99 latency."
    })
final class ServeBenchCommand implements Callable<Integer> {
  private final CliEnv env;

  @Spec CommandSpec spec;

  @Option(names = "--url", paramLabel = "URL", description = "A running server (default: start one here).")
  URI url;

  @Option(names = "--token-file", paramLabel = "FILE", description = "Bearer token for --url.")
  String tokenFile;

  @Option(names = "--input", paramLabel = "FILE",
      description = "IFEval-style rows (prompt, response, instruction_id_list, kwargs). Default:"
          + " ../shared/parity/ifeval/fuzz.golden.jsonl when present, else built-in samples.")
  String input;

  @Option(names = "--synthetic",
      description = "Use the built-in samples (cheap instructions that need no language data): measures"
          + " the server more than the checkers.")
  boolean synthetic;

  @Option(names = "--batch-sizes", paramLabel = "N,...", split = ",", defaultValue = "1,64,1024,8192",
      description = "Batch sizes to measure (default: ${DEFAULT-VALUE}).")
  List<Integer> batchSizes;

  @Option(names = "--concurrency", paramLabel = "N",
      description = "Requests in flight at once (default: 16 for batches of 1, 4 up to 64, 2 up to 1024, else 1).")
  Integer concurrency;

  @Option(names = "--seconds", paramLabel = "S", defaultValue = "10",
      description = "Length of each measurement (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--warmup", paramLabel = "S", defaultValue = "10",
      description = "Warm-up before measuring (default: ${DEFAULT-VALUE}).")
  double warmup;

  @Option(names = "--max-requests", paramLabel = "N", defaultValue = "200000",
      description = "At most this many requests per measurement (default: ${DEFAULT-VALUE}).")
  int maxRequests;

  @Option(names = "--overload", description = "Then flood at 10x the measured rate (see --overload-seconds).")
  boolean overload;

  @Option(names = "--overload-seconds", paramLabel = "S", defaultValue = "10",
      description = "Length of the overload run (default: ${DEFAULT-VALUE}).")
  double overloadSeconds;

  @Option(names = "--overload-batch", paramLabel = "N", defaultValue = "256",
      description = "Batch size of the overload run (default: ${DEFAULT-VALUE}).")
  int overloadBatch;

  @Option(names = "--per-sample", paramLabel = "N",
      description = "Replay OpenRLHF's per-sample traffic: N concurrent single-sample requests (see above).")
  Integer perSample;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "1",
      description = "With --per-sample: measured rounds after the warm-up (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Mixin Options.Judging judging;

  @Mixin RewardOptions reward;

  @Mixin Options.Resources resources;

  ServeBenchCommand(CliEnv env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    if (!(seconds > 0) || !(warmup >= 0) || maxRequests < 1 || !(overloadSeconds > 0) || overloadBatch < 1) {
      throw new ParameterException(spec.commandLine(), "--seconds, --overload-seconds, --overload-batch and"
          + " --max-requests must be positive, --warmup not negative");
    }
    for (int b : batchSizes) {
      if (b < 1) throw new ParameterException(spec.commandLine(), "--batch-sizes: " + b + " is not a batch size");
    }
    String token = tokenFile == null ? null
        : Files.readString(FileArgs.existingFile(spec, env, tokenFile, "--token-file"), StandardCharsets.UTF_8).strip();
    List<byte[]> samples;
    String source;
    Path rows = input != null ? FileArgs.existingFile(spec, env, input, "--input")
        : env.resolve(BenchCommand.DEFAULT_INPUT).normalize();
    if (!synthetic && Files.isRegularFile(rows)) {
      samples = BenchSamples.fromRows(rows, 100_000);
      source = rows + " (" + samples.size() + " rows)";
    } else {
      samples = BenchSamples.synthetic();
      source = "built-in IFEval-style samples (" + samples.size() + ")";
    }
    if (samples.isEmpty()) throw new ParameterException(spec.commandLine(), "--input: " + rows + " has no usable rows");
    PrintStream out = env.out();
    if (perSample != null) return perSample(out, samples, source, token);
    RewardServer server = null;
    URI target = url;
    if (target == null) {
      int maxBatch = batchSizes.stream().mapToInt(Integer::intValue).max().orElse(1);
      ServerConfig config = ServerConfig.defaults().withPort(0).withThreads(judging.threads)
          .withMaxQueuedSamples(Math.max(ServerConfig.DEFAULT_MAX_QUEUED_SAMPLES, 4 * maxBatch));
      server = RewardServer.start(RewardOptions.function(env, spec, judging, resources.store(env),
          reward.config(spec)), config);
      target = server.uri();
    }
    try {
      LoadGenerator load = new LoadGenerator(target, token, samples);
      out.printf(Locale.ROOT, "if4j serve-bench: %s -> %s%s; Java %s, %d cores available%n", source, target,
          server != null ? " (in-process server, " + judging.threads + " workers)" : "", Runtime.version(),
          Runtime.getRuntime().availableProcessors());
      ServeBench.Result result = ServeBench.run(load, new ServeBench.Settings(batchSizes, concurrency, warmup, seconds,
          maxRequests, overload, overloadBatch, overloadSeconds), new Printer(out));
      if (result.overload() != null) printOverload(out, result.overload(), server);
      out.flush();
    } finally {
      if (server != null) server.drain(Duration.ofSeconds(5));
    }
    return Main.OK;
  }

  /** Prints each stage of the closed-loop table and the overload run as it happens. */
  private record Printer(PrintStream out) implements ServeBench.Progress {
    @Override
    public void warmingUp(double seconds) {
      out.printf(Locale.ROOT, "warm-up: %.0f s...%n", seconds);
      out.flush();
    }

    @Override
    public void measuring() {
      out.printf(Locale.ROOT, "%7s %5s %9s %12s %9s %9s %9s %8s%n",
          "batch", "conc", "requests", "samples/s", "p50 ms", "p99 ms", "max ms", "failed");
    }

    @Override
    public void measured(LoadGenerator.Run r) {
      out.printf(Locale.ROOT, "%7d %5d %9d %,12.0f %9.1f %9.1f %9.1f %8d%n", r.batchSize(), r.concurrency(), r.requests(),
          r.samplesPerSecond(), r.p50Millis(), r.p99Millis(), r.maxMillis(), r.failures());
      if (r.firstFailure() != null) out.println("  first failure: " + r.firstFailure());
      out.flush();
    }

    @Override
    public void overloading(int batchSize, double requestsPerSecond, double sustained, double seconds) {
      out.printf(Locale.ROOT, "overload: batches of %d at %.0f requests/s (10x the sustained %,.0f samples/s) for %.0f s...%n",
          batchSize, requestsPerSecond, sustained, seconds);
      out.flush();
    }
  }

  private static void printOverload(PrintStream out, ServeBench.OverloadResult result, RewardServer server) {
    LoadGenerator.Overload o = result.run();
    out.printf(Locale.ROOT, "  sent %d (offered %.0f/s), answers by status %s, transport errors %d,"
        + " 200s with a wrong result count %d, not sent (client bound) %d; healthy after: %s%n",
        o.sent(), o.offeredRequestsPerSecond(), o.statuses(), o.transportErrors(), o.wrongResultCounts(),
        o.skippedAtClientLimit(), result.healthyAfter());
    if (o.firstError() != null) out.println("  first transport error: " + o.firstError());
    if (server != null) {
      out.printf(Locale.ROOT, "  server: queued samples high-water %d (bound %d), rejections: queue_full %d,"
          + " inflight_bytes %d; heap high-water (client and server) %d MiB%n",
          server.metrics().queuedHighWater(), server.config().maxQueuedSamples(),
          server.metrics().rejectedCount("queue_full"),
          server.metrics().rejectedCount("inflight_bytes"), result.heapHighWaterBytes() >> 20);
    }
  }

  /** The OpenRLHF replay: a warm-up of a tenth of the requests, then {@code --rounds} full bursts. */
  private int perSample(PrintStream out, List<byte[]> samples, String source, String token) throws Exception {
    if (perSample < 1 || rounds < 1) throw new ParameterException(spec.commandLine(), "--per-sample and --rounds must be positive");
    RewardServer server = null;
    URI target = url;
    if (target == null) {
      // Each request holds a connection at both ends, in this one process.
      long files = openFileLimit();
      if (files > 0 && 2L * perSample + 1024 > files) {
        throw new ParameterException(spec.commandLine(), "--per-sample " + perSample + " needs " + (2L * perSample + 1024)
            + " open files with the server in this process; the limit (ulimit -Hn) is " + files
            + ": raise it, or start 'if4j serve' separately and pass --url");
      }
      ServerConfig config = ServerConfig.defaults().withPort(0).withThreads(judging.threads);
      server = RewardServer.start(RewardOptions.function(env, spec, judging, resources.store(env), reward.config(spec)), config);
      target = server.uri();
    }
    try {
      LoadGenerator load = new LoadGenerator(target, token, samples);
      out.printf(Locale.ROOT, "if4j serve-bench --per-sample: %s -> %s%s; Java %s, %d cores available, load average %s,"
          + " net.core.somaxconn %d%n", source, target, server != null ? " (in-process server, " + judging.threads + " workers)" : "",
          Runtime.version(), Runtime.getRuntime().availableProcessors(), ServeBench.loadAverage(), RewardServer.kernelAcceptQueueCap());
      out.flush();
      boolean inProcess = server != null;
      int lost = ServeBench.perSample(load, samples, perSample, rounds, inProcess, new ServeBench.PerSampleProgress() {
        @Override
        public void warmedUp() {
          // CPU per try, server and client apart (each a process of its own only with --url).
          out.printf(Locale.ROOT, "%9s %9s %6s %12s %9s %9s %9s %14s %14s %6s  %s%n", "requests", "answered", "lost",
              "samples/s", "p50 ms", "p99 ms", "max ms", "server CPU", "client CPU", "load", "failed tries by status");
        }

        @Override
        public void measured(ServeBench.PerSampleRound round) {
          printRound(out, round, inProcess);
        }
      });
      if (server != null) {
        out.println("* in-process: the server's CPU is in the client's column (pass --url for each apart)");
        Runtime rt = Runtime.getRuntime();
        System.gc();
        out.printf(Locale.ROOT, "server: body bytes held high-water %d KiB (bound %d MiB), queued samples high-water %d"
            + " (bound %d), coalesced %d requests into %d batches; heap after a collection %d MiB (client and server,"
            + " max %d MiB); load average %s%n",
            server.metrics().heldBodyBytesHighWater() >> 10, server.config().maxInflightBytes() >> 20,
            server.metrics().queuedHighWater(), server.config().maxQueuedSamples(), server.coalesced()[1],
            server.coalesced()[0], (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20, ServeBench.loadAverage());
      } else {
        out.printf(Locale.ROOT, "load average %s%n", ServeBench.loadAverage());
      }
      out.flush();
      return lost == 0 ? Main.OK : Main.INTERNAL;
    } finally {
      if (server != null) server.drain(Duration.ofSeconds(5));
    }
  }

  private static void printRound(PrintStream out, ServeBench.PerSampleRound round, boolean inProcess) {
    OpenRlhfReplay.Result r = round.result();
    int tries = round.tries();
    String clientCpu = microsPerTry(round.clientCpuSeconds(), tries);
    out.printf(Locale.ROOT, "%9d %9d %6d %,12.0f %9.1f %9.1f %9.1f %14s %14s %6s  %s%n", r.requests(), r.answered(),
        r.lost(), r.samplesPerSecond(), r.p50Millis(), r.p99Millis(), r.maxMillis(),
        microsPerTry(round.serverCpuSeconds(), tries), inProcess ? clientCpu + "*" : clientCpu, round.loadAverage(),
        r.failedTries().isEmpty() ? "none" : r.failedTries());
    if (r.firstFailure() != null) out.println("  first failure: " + r.firstFailure().lines().findFirst().orElse(""));
    out.flush();
  }

  private static String microsPerTry(double cpuSeconds, int tries) {
    return Double.isNaN(cpuSeconds) ? "-" : String.format(Locale.ROOT, "%.0f us/req", cpuSeconds * 1e6 / tries);
  }

  private static long openFileLimit() {
    return ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.UnixOperatingSystemMXBean u ? u.getMaxFileDescriptorCount() : -1;
  }
}
