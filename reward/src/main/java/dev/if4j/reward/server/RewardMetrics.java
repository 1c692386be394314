package dev.if4j.reward.server;

import dev.if4j.constraints.InstructionVerdict;
import dev.if4j.reward.Guard;
import dev.if4j.reward.RewardResult;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * The server's counters, rendered in Prometheus' text format by {@link #render()}.
 *
 * <p>Label sets are bounded: endpoints and status codes are the server's own, guards an enum, and
 * instruction ids are counted only once the registry has accepted them.
 */
public final class RewardMetrics {
  /** Request latency buckets, in seconds: from one small request to a large batch on a busy host. */
  private static final double[] LATENCY_BUCKETS = {
    0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};

  private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
  private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> samples = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> rejections = new ConcurrentHashMap<>();
  private final Map<Guard, LongAdder> guards = new ConcurrentHashMap<>();
  private final Map<String, InstructionCounts> instructions = new ConcurrentHashMap<>();
  private final AtomicLong queuedHighWater = new AtomicLong();
  private final AtomicLong heldBodyBytesHighWater = new AtomicLong();
  private final Map<String, LongSupplier> gauges = new ConcurrentHashMap<>();
  private final Map<String, LongSupplier> counters = new ConcurrentHashMap<>();
  /** Per-sample stage times, in seconds: a registry check takes microseconds, a judge call seconds. */
  private static final double[] STAGE_BUCKETS = {
    0.00001, 0.00005, 0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60};
  private final Histogram ruleSeconds = new Histogram(STAGE_BUCKETS);
  private final Histogram judgeSeconds = new Histogram(STAGE_BUCKETS);
  private final LongAdder judgeFailures = new LongAdder();
  private final LongAdder judgeAsked = new LongAdder();

  /** Registers a counter read at each scrape ({@code if4j_reward_<name>}, which should end in {@code _total}). */
  public void counter(String name, LongSupplier value) {
    counters.put(name, value);
  }

  /** Judge calls that failed for good, as seen in answered results. */
  public long judgeFailures() {
    return judgeFailures.sum();
  }

  /** Samples whose rule part was timed (every judged sample). */
  public long ruleTimings() {
    return ruleSeconds.count.sum();
  }

  /** Samples whose judge was asked. */
  public long judgeTimings() {
    return judgeSeconds.count.sum();
  }

  /** Registers a gauge read at each scrape ({@code if4j_reward_<name>}). */
  public void gauge(String name, LongSupplier value) {
    gauges.put(name, value);
  }

  /** A request to {@code endpoint} answered with {@code status} after {@code seconds}. */
  public void request(String endpoint, int status, double seconds) {
    requests.computeIfAbsent(endpoint + "\u0000" + status, k -> new LongAdder()).increment();
    latency.computeIfAbsent(endpoint, k -> new Histogram()).observe(seconds);
  }

  /** A request refused for {@code reason} (queue full, draining, too large, in-flight bytes...). */
  public void rejected(String reason) {
    rejections.computeIfAbsent(reason, k -> new LongAdder()).increment();
  }

  public long rejectedCount(String reason) {
    LongAdder a = rejections.get(reason);
    return a == null ? 0 : a.sum();
  }

  /** The queue held {@code queued} samples at some moment (kept as a high-water mark). */
  public void queued(long queued) {
    queuedHighWater.accumulateAndGet(queued, Math::max);
  }

  public long queuedHighWater() {
    return queuedHighWater.get();
  }

  /** Request bodies reserved at once, in bytes, at some moment (kept as a high-water mark). */
  public void heldBodyBytes(long bytes) {
    heldBodyBytesHighWater.accumulateAndGet(bytes, Math::max);
  }

  /** The most request-body bytes the server has reserved at once since start. */
  public long heldBodyBytesHighWater() {
    return heldBodyBytesHighWater.get();
  }

  /** Results answered on {@code endpoint}: samples, guard hits and per-instruction verdicts. */
  public void results(String endpoint, List<RewardResult> results) {
    samples.computeIfAbsent(endpoint, k -> new LongAdder()).add(results.size());
    for (RewardResult r : results) {
      if (r.ruleNanos() > 0) ruleSeconds.observe(r.ruleNanos() / 1e9);
      if (r.hybrid() != null && r.hybrid().judgeCalled()) {
        judgeAsked.increment();
        judgeSeconds.observe(r.hybrid().judgeNanos() / 1e9);
        if (r.hybrid().judgeFailure() != null) judgeFailures.increment();
      }
      if (r.guard() != null) {
        guards.computeIfAbsent(r.guard(), k -> new LongAdder()).increment();
        continue;
      }
      for (InstructionVerdict v : r.verdicts()) {
        InstructionCounts c = instructions.computeIfAbsent(v.instructionId(), k -> new InstructionCounts());
        c.judged.increment();
        if (v.strict()) c.strict.increment();
        if (r.hasLoose()) {
          c.looseJudged.increment();
          if (v.loose()) c.loose.increment();
        }
      }
    }
  }

  public long samplesCount(String endpoint) {
    LongAdder a = samples.get(endpoint);
    return a == null ? 0 : a.sum();
  }

  public long guardCount(Guard g) {
    LongAdder a = guards.get(g);
    return a == null ? 0 : a.sum();
  }

  /** Prometheus text exposition format, version 0.0.4. */
  public String render() {
    StringBuilder sb = new StringBuilder(4096);
    header(sb, "requests_total", "counter", "HTTP requests by endpoint and status code.");
    new TreeMap<>(requests).forEach((k, v) -> {
      int z = k.indexOf('\u0000');
      line(sb, "requests_total", "endpoint=\"" + k.substring(0, z) + "\",code=\"" + k.substring(z + 1) + "\"", v.sum());
    });
    header(sb, "request_duration_seconds", "histogram", "Time from request to response, by endpoint.");
    new TreeMap<>(latency).forEach((endpoint, h) -> h.render(sb, "request_duration_seconds", "endpoint=\"" + endpoint + "\""));
    header(sb, "samples_total", "counter", "Samples scored, by endpoint.");
    new TreeMap<>(samples).forEach((k, v) -> line(sb, "samples_total", "endpoint=\"" + k + "\"", v.sum()));
    header(sb, "rejections_total", "counter", "Requests refused (429, 503, 413), by reason.");
    new TreeMap<>(rejections).forEach((k, v) -> line(sb, "rejections_total", "reason=\"" + k + "\"", v.sum()));
    header(sb, "guard_hits_total", "counter", "Samples given the fallback score, by guard.");
    for (Guard g : Guard.values()) line(sb, "guard_hits_total", "guard=\"" + g.wireName() + "\"", guardCount(g));
    header(sb, "instruction_checks_total", "counter", "Instructions judged, by instruction id.");
    Map<String, InstructionCounts> byId = new TreeMap<>(instructions);
    byId.forEach((id, c) -> line(sb, "instruction_checks_total", "instruction=\"" + escape(id) + "\"", c.judged.sum()));
    header(sb, "instruction_followed_total", "counter", "Instructions followed, by instruction id and judging.");
    byId.forEach((id, c) -> {
      line(sb, "instruction_followed_total", "instruction=\"" + escape(id) + "\",judging=\"strict\"", c.strict.sum());
      line(sb, "instruction_followed_total", "instruction=\"" + escape(id) + "\",judging=\"loose\"", c.loose.sum());
    });
    header(sb, "instruction_pass_rate", "gauge", "Fraction of judged instructions followed, by id and judging.");
    byId.forEach((id, c) -> {
      long n = c.judged.sum();
      long nl = c.looseJudged.sum();
      if (n > 0) line(sb, "instruction_pass_rate", "instruction=\"" + escape(id) + "\",judging=\"strict\"", (double) c.strict.sum() / n);
      if (nl > 0) line(sb, "instruction_pass_rate", "instruction=\"" + escape(id) + "\",judging=\"loose\"", (double) c.loose.sum() / nl);
    });
    header(sb, "rule_duration_seconds", "histogram", "Time of a sample's rule part (registry checks, sandboxed rules).");
    ruleSeconds.render(sb, "rule_duration_seconds", "");
    header(sb, "judge_duration_seconds", "histogram", "Time from asking the LLM judge about a sample to its verdict (cache hits included).");
    judgeSeconds.render(sb, "judge_duration_seconds", "");
    header(sb, "judge_samples_total", "counter", "Samples whose LLM judge was asked.");
    line(sb, "judge_samples_total", "", judgeAsked.sum());
    header(sb, "judge_failures_total", "counter", "Samples whose LLM judge call failed for good (after retries).");
    line(sb, "judge_failures_total", "", judgeFailures.sum());
    new TreeMap<>(counters).forEach((name, c) -> {
      header(sb, name, "counter", "Count since start.");
      line(sb, name, "", c.getAsLong());
    });
    header(sb, "queued_samples_high_water", "gauge", "The most samples queued at once since start.");
    line(sb, "queued_samples_high_water", "", queuedHighWater.get());
    header(sb, "inflight_body_bytes_high_water", "gauge", "The most request-body bytes held at once since start.");
    line(sb, "inflight_body_bytes_high_water", "", heldBodyBytesHighWater.get());
    new TreeMap<>(gauges).forEach((name, g) -> {
      header(sb, name, "gauge", "Current value.");
      line(sb, name, "", g.getAsLong());
    });
    renderProcess(sb);
    return sb.toString();
  }

  /**
   * What the whole process costs: its CPU time (what a request costs does not grow with the
   * neighbours' load, unlike its latency) and its heap.
   */
  private static void renderProcess(StringBuilder sb) {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        && os.getProcessCpuTime() >= 0) {
      header(sb, "process_cpu_seconds_total", "counter", "CPU time of the server process, all threads (HTTP, judging, collector, compiler).");
      line(sb, "process_cpu_seconds_total", "", os.getProcessCpuTime() / 1e9);
    }
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    header(sb, "heap_used_bytes", "gauge", "Heap in use now, garbage included.");
    line(sb, "heap_used_bytes", "", heap.getUsed());
    header(sb, "heap_max_bytes", "gauge", "The heap's limit (-Xmx; the JVM's default is a quarter of the memory).");
    line(sb, "heap_max_bytes", "", heap.getMax());
  }

  private static void header(StringBuilder sb, String name, String type, String help) {
    sb.append("# HELP if4j_reward_").append(name).append(' ').append(help).append('\n');
    sb.append("# TYPE if4j_reward_").append(name).append(' ').append(type).append('\n');
  }

  private static void line(StringBuilder sb, String name, String labels, double value) {
    sb.append("if4j_reward_").append(name);
    if (!labels.isEmpty()) sb.append('{').append(labels).append('}');
    sb.append(' ').append(format(value)).append('\n');
  }

  private static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
    return String.format(Locale.ROOT, "%.6g", v);
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  private static final class InstructionCounts {
    final LongAdder judged = new LongAdder();
    final LongAdder strict = new LongAdder();
    final LongAdder looseJudged = new LongAdder();
    final LongAdder loose = new LongAdder();
  }

  private static final class Histogram {
    final double[] bounds;
    final LongAdder[] buckets;
    final LongAdder count = new LongAdder();
    final DoubleAdder sum = new DoubleAdder();

    Histogram() {
      this(LATENCY_BUCKETS);
    }

    Histogram(double[] bounds) {
      this.bounds = bounds;
      this.buckets = new LongAdder[bounds.length];
      for (int i = 0; i < buckets.length; i++) buckets[i] = new LongAdder();
    }

    void observe(double seconds) {
      for (int i = 0; i < bounds.length; i++) {
        if (seconds <= bounds[i]) {
          buckets[i].increment();
          break;
        }
      }
      count.increment();
      sum.add(seconds);
    }

    void render(StringBuilder sb, String name, String labels) {
      long cumulative = 0;
      String sep = labels.isEmpty() ? "" : ",";
      for (int i = 0; i < bounds.length; i++) {
        cumulative += buckets[i].sum();
        line(sb, name + "_bucket", labels + sep + "le=\"" + bounds[i] + "\"", cumulative);
      }
      line(sb, name + "_bucket", labels + sep + "le=\"+Inf\"", count.sum());
      line(sb, name + "_sum", labels, sum.sum());
      line(sb, name + "_count", labels, count.sum());
    }
  }
}
