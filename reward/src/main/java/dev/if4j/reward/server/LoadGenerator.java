package dev.if4j.reward.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.if4j.reward.JsonTree;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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
 * and an open-loop overload run. Bounded in requests and in time; bodies are serialised once, up
 * front, so the client spends its CPU on HTTP, not on JSON.
 */
public final class LoadGenerator {
  private static final JsonFactory JSON = new JsonFactory();

  private final URI score;
  private final URI health;
  private final String token;
  private final List<byte[]> samples;
  private final HttpClient client;

  /**
   * @param base the server, e.g. {@code http://127.0.0.1:8000}
   * @param token its bearer token, or {@code null}
   * @param samples serialised sample objects ({@link #samplesFromRows} or {@link #syntheticSamples})
   */
  public LoadGenerator(URI base, String token, List<byte[]> samples) {
    if (samples.isEmpty()) throw new IllegalArgumentException("no samples to send");
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
    List<byte[]> bodies = bodies(batchSize);
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
    List<byte[]> bodies = bodies(batchSize);
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
   * What a per-sample replay saw.
   *
   * @param requests single-sample requests (one per sample)
   * @param answered requests answered 200 within the tries
   * @param lost requests that got no 200 in {@link #OPENRLHF_TRIES} tries (OpenRLHF's reward stays None)
   * @param failedTries tries that got no 200 (refusals, errors), by status; -1 is a transport error
   * @param rewards each request's reward from its 200 answer ({@code NaN} where lost), in order
   * @param p50Millis from a request's first try to its 200, retries included
   */
  public record PerSample(int requests, int answered, int lost, Map<Integer, Integer> failedTries, double seconds,
      double samplesPerSecond, double p50Millis, double p99Millis, double maxMillis, String firstFailure,
      double[] rewards) {}

  /** OpenRLHF's tries per sample, and its fixed pause between them (it ignores Retry-After). */
  public static final int OPENRLHF_TRIES = 5;

  public static final Duration OPENRLHF_PAUSE = Duration.ofSeconds(1);

  /**
   * Replays OpenRLHF's per-sample reward client (v0.9.1 to v0.11): {@code requests} POSTs of one
   * sample each to {@code /get_reward} ({@code {"query": [prompt + response], "prompts": [prompt],
   * "labels": [ground_truth]}}), all started at once, each on a new connection that the client closes
   * after the answer (aiohttp opens a session per try, and closes it), each tried up to {@link #OPENRLHF_TRIES} times with a fixed {@link #OPENRLHF_PAUSE}
   * between tries whatever the answer said. One event loop drives them all ({@link PerSampleReplay}),
   * as asyncio does OpenRLHF's.
   *
   * @throws IOException when the client cannot even start (no selector)
   */
  public PerSample perSample(int requests, Duration tryTimeout) throws IOException {
    List<byte[]> bodies = new ArrayList<>(samples.size());
    for (byte[] sample : samples) bodies.add(getRewardBody(sample));
    String host = score.getHost();
    int port = score.getPort();
    String head = "POST " + RewardServer.GET_REWARD + " HTTP/1.1\r\nHost: " + host + ":" + port
        + "\r\nContent-Type: application/json\r\n" + (token == null ? "" : "Authorization: Bearer " + token + "\r\n");
    byte[][] distinct = new byte[bodies.size()][];
    for (int i = 0; i < distinct.length; i++) {
      byte[] body = bodies.get(i);
      byte[] header = (head + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
      distinct[i] = Arrays.copyOf(header, header.length + body.length);
      System.arraycopy(body, 0, distinct[i], header.length, body.length);
    }
    byte[][] perRequest = new byte[requests][];
    for (int i = 0; i < requests; i++) perRequest[i] = distinct[i % distinct.length];
    String bareHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    PerSampleReplay.Outcome o = new PerSampleReplay(new InetSocketAddress(bareHost, port), perRequest, OPENRLHF_TRIES,
        OPENRLHF_PAUSE, tryTimeout).run();
    double[] rewards = new double[requests];
    int answered = 0;
    for (int i = 0; i < requests; i++) {
      rewards[i] = o.answers()[i] == null ? Double.NaN : firstReward(o.answers()[i]);
      if (o.answers()[i] != null) answered++;
    }
    long[] sorted = Arrays.stream(o.latencyNanos()).filter(l -> l > 0).sorted().toArray();
    return new PerSample(requests, answered, requests - answered, o.failedTries(), o.seconds(), answered / o.seconds(),
        percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
        o.firstFailure(), rewards);
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

  /** {@code rewards[0]} of a {@code /get_reward} answer's body. */
  private static double firstReward(byte[] body) throws IOException {
    String text = new String(body, StandardCharsets.UTF_8);
    if (JsonTree.parse(text) instanceof Map<?, ?> m && m.get("rewards") instanceof List<?> r
        && r.size() == 1 && r.get(0) instanceof Number n) {
      return n.doubleValue();
    }
    throw new IOException("a 200 without one reward: " + text);
  }

  /** The {@code /get_reward} body OpenRLHF sends for one of our {@code /v1/score} samples. */
  static byte[] getRewardBody(byte[] sample) {
    Map<?, ?> s;
    try {
      s = (Map<?, ?>) JsonTree.parse(new String(sample, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String prompt = s.get("prompt") instanceof String p ? p : "";
    ByteArrayOutputStream out = new ByteArrayOutputStream(sample.length * 2 + 64);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("query");
      g.writeString(prompt + s.get("response"));
      g.writeEndArray();
      g.writeArrayFieldStart("prompts");
      g.writeString(prompt);
      g.writeEndArray();
      g.writeArrayFieldStart("labels");
      writeValue(g, s.get("ground_truth"));
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
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

  /**
   * Request bodies of {@code n} samples that between them cover every sample (so that each batch
   * size is measured on the same mix), as many as fit in 256 MiB.
   */
  List<byte[]> bodies(int n) {
    long total = 0;
    for (byte[] s : samples) total += s.length + 1;
    long perBody = Math.max(1, total * n / samples.size());
    int count = (int) Math.max(1, Math.min((samples.size() + n - 1) / n, (256L << 20) / perBody));
    List<byte[]> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) out.add(body(n, (int) ((long) i * n % samples.size())));
    return out;
  }

  /** {@code {"samples": [...]}} with {@code n} samples, taken in turn from {@code offset}. */
  byte[] body(int n, int offset) {
    int size = 16;
    for (int i = 0; i < n; i++) size += samples.get((offset + i) % samples.size()).length + 1;
    ByteArrayOutputStream out = new ByteArrayOutputStream(size);
    out.writeBytes("{\"samples\":[".getBytes(StandardCharsets.US_ASCII));
    for (int i = 0; i < n; i++) {
      if (i > 0) out.write(',');
      out.writeBytes(samples.get((offset + i) % samples.size()));
    }
    out.writeBytes("]}".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
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

  private static double percentile(long[] sorted, double q) {
    if (sorted.length == 0) return 0;
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  /**
   * Samples from IFEval-style rows ({@code prompt}, {@code response}, {@code instruction_id_list},
   * {@code kwargs}; e.g. the golden parity files), at most {@code max}.
   */
  public static List<byte[]> samplesFromRows(Path jsonl, int max) throws IOException {
    List<byte[]> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null && out.size() < max; line = r.readLine()) {
        if (line.isBlank()) continue;
        if (!(JsonTree.parse(line) instanceof Map<?, ?> row)) continue;
        Object response = row.get("response");
        Object ids = row.get("instruction_id_list");
        if (!(response instanceof String) || !(ids instanceof List<?>)) continue;
        out.add(sample(row.get("prompt"), (String) response, ids, row.get("kwargs")));
      }
    }
    return out;
  }

  /**
   * A small built-in set of IFEval-style samples (instructions that need no language data), for
   * when no rows file is at hand.
   */
  public static List<byte[]> syntheticSamples() {
    String para = "Rewards are computed for every sampled response. The server judges them in parallel. "
        + "Each instruction is checked with the same rules as the benchmark.";
    List<byte[]> out = new ArrayList<>();
    out.add(sample("Write without commas.", para, List.of("punctuation:no_comma"), List.of(Map.of())));
    out.add(sample("Use at least 20 words.", para + " " + para,
        List.of("length_constraints:number_words"), List.of(Map.of("relation", "at least", "num_words", 20))));
    out.add(sample("Give exactly 3 bullet points.", "* one\n* two\n* three",
        List.of("detectable_format:number_bullet_lists"), List.of(Map.of("num_bullets", 3))));
    out.add(sample("Wrap your answer in double quotes, no commas.", "\"" + para + "\"",
        List.of("startend:quotation", "punctuation:no_comma"), List.of(Map.of(), Map.of())));
    out.add(sample("Answer in JSON.", "```json\n{\"answer\": 42}\n```",
        List.of("detectable_format:json_format"), Arrays.asList(new Object[] {null})));
    out.add(sample("Mention 'server' twice and end with 'Is there anything else I can help with?'",
        "The server is fast. The server is safe. Is there anything else I can help with?",
        List.of("keywords:frequency", "startend:end_checker"),
        List.of(Map.of("keyword", "server", "frequency", 2, "relation", "at least"),
            Map.of("end_phrase", "Is there anything else I can help with?"))));
    out.add(sample("Highlight 2 sections with markdown.", "*first* part and *second* part",
        List.of("detectable_format:number_highlighted_sections"), List.of(Map.of("num_highlights", 2))));
    out.add(sample("Add a postscript starting with P.S.", para + "\n\nP.S. thanks",
        List.of("detectable_content:postscript"), List.of(Map.of("postscript_marker", "P.S."))));
    return out;
  }

  private static byte[] sample(Object prompt, String response, Object ids, Object kwargs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(response.length() + 256);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      if (prompt instanceof String p) g.writeStringField("prompt", p);
      g.writeStringField("response", response);
      g.writeObjectFieldStart("ground_truth");
      g.writeFieldName("instruction_id_list");
      writeValue(g, ids);
      g.writeFieldName("kwargs");
      writeValue(g, kwargs);
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void writeValue(JsonGenerator g, Object v) throws IOException {
    if (v == null) g.writeNull();
    else if (v instanceof String s) g.writeString(s);
    else if (v instanceof Boolean b) g.writeBoolean(b);
    else if (v instanceof Long l) g.writeNumber(l);
    else if (v instanceof Integer i) g.writeNumber(i);
    else if (v instanceof Double d) g.writeNumber(d);
    else if (v instanceof java.math.BigInteger b) g.writeNumber(b);
    else if (v instanceof List<?> l) {
      g.writeStartArray();
      for (Object o : l) writeValue(g, o);
      g.writeEndArray();
    } else if (v instanceof Map<?, ?> m) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        writeValue(g, e.getValue());
      }
      g.writeEndObject();
    } else {
      g.writeString(String.valueOf(v));
    }
  }
}
