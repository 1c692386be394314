package dev.if4j.reward.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback load generator for the reward server: closed-loop throughput and latency per batch size,
 * and an open-loop overload run (OpenRLHF's per-sample traffic: {@link OpenRlhfReplay}; the samples:
 * {@link BenchSamples}). Bounded in requests and in time; bodies are serialised once, up front, so
 * the client spends its CPU on HTTP, not on JSON.
 */
public final class LoadGenerator {
  private final URI base;
  private final URI score;
  private final URI health;
  private final String token;
  private final List<byte[]> samples;
  private final HttpClient client;

  /**
   * @param base the server, e.g. {@code http://127.0.0.1:8000}
   * @param token its bearer token, or {@code null}
   * @param samples serialised sample objects ({@link BenchSamples})
   */
  public LoadGenerator(URI base, String token, List<byte[]> samples) {
    if (samples.isEmpty()) throw new IllegalArgumentException("no samples to send");
    this.base = base;
    this.score = base.resolve(RewardServer.SCORE);
    this.health = base.resolve(RewardServer.HEALTHZ);
    this.token = token;
    this.samples = List.copyOf(samples);
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .executor(Executors.newVirtualThreadPerTaskExecutor())
        .build();
  }

  public URI base() {
    return base;
  }

  public String token() {
    return token;
  }

  /** What a closed-loop run measured. */
  public record Run(int batchSize, int concurrency, int requests, long samples, double seconds,
      double samplesPerSecond, double p50Millis, double p99Millis, double maxMillis, int failures,
      String firstFailure) {}

  /** What an overload run saw. */
  public record Overload(int batchSize, double offeredRequestsPerSecond, double seconds, int sent,
      Map<Integer, Integer> statuses, int transportErrors, int wrongResultCounts, int skippedAtClientLimit,
      String firstError) {
    public int answered(int status) {
      return statuses.getOrDefault(status, 0);
    }
  }

  /**
   * {@code concurrency} clients each send batches of {@code batchSize} back to back for {@code
   * duration} (and at most {@code maxRequests} requests in all).
   */
  public Run closedLoop(int batchSize, int concurrency, Duration duration, int maxRequests) throws InterruptedException {
    List<byte[]> bodies = BenchSamples.batchBodies(samples, batchSize);
    AtomicInteger turn = new AtomicInteger();
    long end = System.nanoTime() + duration.toNanos();
    AtomicInteger budget = new AtomicInteger(maxRequests);
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger failures = new AtomicInteger();
    AtomicLong firstFailureSet = new AtomicLong();
    String[] firstFailure = new String[1];
    long start = System.nanoTime();
    try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int c = 0; c < concurrency; c++) {
        clients.submit(() -> {
          while (System.nanoTime() < end && budget.getAndDecrement() > 0) {
            long t0 = System.nanoTime();
            String problem;
            try {
              byte[] body = bodies.get(Math.floorMod(turn.getAndIncrement(), bodies.size()));
              HttpResponse<byte[]> r = client.send(request(body, Duration.ofSeconds(120)), HttpResponse.BodyHandlers.ofByteArray());
              problem = r.statusCode() == 200 ? null : "HTTP " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8);
            } catch (IOException e) {
              problem = e.toString();
            } catch (InterruptedException e) {
              return null;
            }
            long t1 = System.nanoTime();
            if (problem == null) {
              latencies.add(t1 - t0);
            } else {
              failures.incrementAndGet();
              if (firstFailureSet.compareAndSet(0, 1)) firstFailure[0] = problem;
            }
          }
          return null;
        });
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    long ok = sorted.length;
    return new Run(batchSize, concurrency, (int) ok + failures.get(), ok * batchSize, seconds,
        ok * batchSize / seconds, percentile(sorted, 0.50), percentile(sorted, 0.99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, failures.get(), firstFailure[0]);
  }

  /**
   * Sends batches of {@code batchSize} at a fixed rate, whatever the answers, for {@code duration},
   * with at most {@code maxOutstanding} requests open at once (a request that would pass that bound
   * is counted as skipped, not sent). Every answer is classified: 200 with the right number of
   * results, 429, 503, another status, or a transport error.
   */
  public Overload overload(int batchSize, double requestsPerSecond, Duration duration, int maxOutstanding)
      throws InterruptedException {
    List<byte[]> bodies = BenchSamples.batchBodies(samples, batchSize);
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    AtomicInteger transportErrors = new AtomicInteger();
    AtomicInteger wrongCounts = new AtomicInteger();
    AtomicInteger skipped = new AtomicInteger();
    String[] firstError = new String[1];
    Semaphore outstanding = new Semaphore(maxOutstanding);
    long intervalNanos = (long) (1e9 / requestsPerSecond);
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    int sent = 0;
    List<CompletableFuture<Void>> all = new ArrayList<>();
    for (long next = start; next < end; next += intervalNanos) {
      long wait = next - System.nanoTime();
      if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
      if (!outstanding.tryAcquire()) {
        skipped.incrementAndGet();
        continue;
      }
      byte[] body = bodies.get(sent % bodies.size());
      all.add(client.sendAsync(request(body, Duration.ofSeconds(60)), HttpResponse.BodyHandlers.ofByteArray())
          .handle((r, e) -> {
            outstanding.release();
            if (e != null) {
              transportErrors.incrementAndGet();
              synchronized (firstError) {
                if (firstError[0] == null) firstError[0] = e.toString();
              }
              return null;
            }
            statuses.merge(r.statusCode(), 1, Integer::sum);
            if (r.statusCode() == 200 && countResults(r.body()) != batchSize) wrongCounts.incrementAndGet();
            return null;
          }));
      sent++;
    }
    double offered = sent / ((System.nanoTime() - start) / 1e9);
    for (var f : all) {
      try {
        f.get(120, TimeUnit.SECONDS);
      } catch (ExecutionException | TimeoutException e) {
        transportErrors.incrementAndGet();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Overload(batchSize, offered, seconds, sent, new TreeMap<>(statuses), transportErrors.get(),
        wrongCounts.get(), skipped.get(), firstError[0]);
  }

  /**
   * A metric of the server's {@code GET /metrics} without labels (e.g. {@code
   * if4j_reward_process_cpu_seconds_total}), or {@code NaN} when the server does not report it.
   */
  public double serverMetric(String name) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(score.resolve(RewardServer.METRICS)).timeout(Duration.ofSeconds(30)).GET();
    if (token != null) b.header("Authorization", "Bearer " + token);
    HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) throw new IOException("GET " + RewardServer.METRICS + ": HTTP " + r.statusCode());
    String prefix = name + " ";
    return r.body().lines().filter(l -> l.startsWith(prefix)).mapToDouble(l -> Double.parseDouble(l.substring(prefix.length())))
        .findFirst().orElse(Double.NaN);
  }

  /** True when {@code GET /healthz} answers 200. */
  public boolean healthy() {
    try {
      HttpResponse<Void> r = client.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).GET().build(),
          HttpResponse.BodyHandlers.discarding());
      return r.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private HttpRequest request(byte[] body, Duration timeout) {
    HttpRequest.Builder b = HttpRequest.newBuilder(score)
        .timeout(timeout)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) b.header("Authorization", "Bearer " + token);
    return b.build();
  }

  /** The number of results in a {@code /v1/score} answer (each has exactly one "score" key). */
  static int countResults(byte[] body) {
    byte[] key = "\"score\":".getBytes(StandardCharsets.US_ASCII);
    int count = 0;
    outer:
    for (int i = 0; i + key.length <= body.length; i++) {
      for (int j = 0; j < key.length; j++) {
        if (body[i + j] != key[j]) continue outer;
      }
      count++;
    }
    return count;
  }

  static double percentile(long[] sorted, double q) {
    if (sorted.length == 0) return 0;
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }


}
