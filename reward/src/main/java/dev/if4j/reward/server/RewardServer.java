package dev.if4j.reward.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.if4j.reward.BatchScorer;
import dev.if4j.reward.JsonTree;
import dev.if4j.reward.RewardConfig;
import dev.if4j.reward.RewardFunction;
import dev.if4j.reward.RewardResult;
import dev.if4j.reward.RewardSample;
import dev.if4j.reward.SampleInputException;
import dev.if4j.text.resources.ResourceMissingException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The batch reward server: the JDK's HTTP server, one virtual thread per request, judging on a
 * {@link BatchScorer}'s workers.
 *
 * <ul>
 *   <li>{@code POST /v1/score}: {@code {"samples": [...], "options": {...}}} → {@code {"results": [...]}},
 *       in order.
 *   <li>{@code POST /get_reward}: OpenRLHF's remote reward API.
 *   <li>{@code GET /healthz}, {@code GET /metrics} (Prometheus text).
 * </ul>
 *
 * <p>What it takes on is bounded three ways, so that overload costs a retry, never memory: a request
 * body larger than the request limit is refused unread (413); bodies held at once are bounded in
 * bytes (past it, the body is read to nowhere and 429 answers); samples admitted and not yet answered
 * are bounded in number (429). Refusals carry {@code Retry-After}. {@link #drain} (the shutdown hook
 * of {@code if4j serve}) refuses new requests with 503 and waits for those in flight.
 */
public final class RewardServer implements AutoCloseable {
  static {
    // Small responses must not wait for Nagle's algorithm: a reward request is a round trip.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    // Open connections cost memory: bound them (the JDK's default is unbounded). Past the bound,
    // new connections are closed unanswered; clients retry.
    if (System.getProperty("jdk.httpserver.maxConnections") == null) {
      System.setProperty("jdk.httpserver.maxConnections", "1024");
    }
    // Keep-alive connections the server keeps open between requests. The JDK's default (200) closes
    // connections of a busy client that may be sending its next request on them already; idle
    // connections cost little, so keep as many as may be open.
    if (System.getProperty("sun.net.httpserver.maxIdleConnections") == null) {
      System.setProperty("sun.net.httpserver.maxIdleConnections", "1024");
    }
  }

  static final String SCORE = "/v1/score";
  static final String GET_REWARD = "/get_reward";
  static final String HEALTHZ = "/healthz";
  static final String METRICS = "/metrics";

  private static final String JSON = "application/json";

  /** Jackson names the (redacted) source in nested locations; the message reads better without. */
  private static final Pattern SOURCE_NOISE = Pattern.compile("\\[Source: [^;\\]]*; ");

  private final ServerConfig config;
  private final RewardFunction function;
  private final BatchScorer scorer;
  private final RewardMetrics metrics = new RewardMetrics();
  private final StampCache stamp;
  private final HttpServer http;
  private final ExecutorService handlers;
  private final Semaphore queue;
  private final Semaphore kibibytes;
  private final Semaphore requests;
  private final AtomicInteger inflight = new AtomicInteger();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final byte[] expectedAuth;
  private volatile boolean draining;

  private RewardServer(RewardFunction function, ServerConfig config) throws IOException {
    this.config = config;
    this.function = function;
    this.stamp = new StampCache(function);
    this.scorer = new BatchScorer(function, config.threads());
    this.queue = new Semaphore(config.maxQueuedSamples());
    this.kibibytes = new Semaphore((int) Math.min(Integer.MAX_VALUE, kib(config.maxInflightBytes())));
    this.requests = new Semaphore(config.maxInflightRequests());
    this.expectedAuth = config.token() == null ? null : ("Bearer " + config.token()).getBytes(StandardCharsets.UTF_8);
    this.handlers = Executors.newVirtualThreadPerTaskExecutor();
    this.http = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 1024);
    http.setExecutor(handlers);
    http.createContext("/", this::handle);
    metrics.gauge("queued_samples", () -> config.maxQueuedSamples() - queue.availablePermits());
    metrics.gauge("queue_capacity_samples", config::maxQueuedSamples);
    metrics.gauge("inflight_requests", inflight::get);
    metrics.gauge("inflight_body_bytes", this::heldBodyBytes);
    metrics.gauge("workers", scorer::threads);
    metrics.gauge("stuck_workers", scorer::stuckWorkers);
    metrics.gauge("draining", () -> draining ? 1 : 0);
    var judge = function.verifiers().judge();
    if (judge != null) {
      metrics.counter("judge_cache_hits_total", judge::cacheHits);
      metrics.counter("judge_cache_misses_total", judge::cacheMisses);
      metrics.counter("judge_requests_total", judge::requests);
      metrics.gauge("judge_queued_requests", judge::queued);
    }
  }

  /** Starts a server judging with {@code function} (whose defaults are the scoring configuration). */
  public static RewardServer start(RewardFunction function, ServerConfig config) throws IOException {
    RewardServer s = new RewardServer(Objects.requireNonNull(function), Objects.requireNonNull(config));
    s.http.start();
    return s;
  }

  /** The port it listens on (the chosen one when started with port 0). */
  public int port() {
    return http.getAddress().getPort();
  }

  /** {@code http://host:port}. */
  public URI uri() {
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return URI.create("http://" + host + ":" + port());
  }

  public RewardMetrics metrics() {
    return metrics;
  }

  public ServerConfig config() {
    return config;
  }

  /** Samples admitted and not yet answered. */
  public int queuedSamples() {
    return config.maxQueuedSamples() - queue.availablePermits();
  }

  /**
   * Graceful stop: new requests get 503 (with {@code Retry-After}), requests in flight finish (for up
   * to {@code timeout}), then the listener closes. True when nothing was cut off. A second call waits
   * for the first to finish.
   */
  public boolean drain(Duration timeout) {
    if (!stopping.compareAndSet(false, true)) {
      try {
        stopped.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return true;
    }
    draining = true;
    long deadline = System.nanoTime() + timeout.toNanos();
    boolean clean = true;
    while (inflight.get() > 0) {
      if (System.nanoTime() - deadline >= 0) {
        clean = false;
        break;
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        clean = false;
        break;
      }
    }
    http.stop(0);
    handlers.shutdown();
    scorer.close();
    stopped.countDown();
    return clean;
  }

  /** Blocks until the server has stopped. */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  @Override
  public void close() {
    drain(config.drainTimeout());
  }

  private void handle(HttpExchange ex) {
    long start = System.nanoTime();
    String path = ex.getRequestURI().getPath();
    String endpoint = switch (path) {
      case SCORE, GET_REWARD, HEALTHZ, METRICS -> path;
      default -> "other";
    };
    int status;
    // Counted before the draining check: drain() waits for every request that got past it.
    inflight.incrementAndGet();
    try {
      status = route(ex, path);
    } catch (IOException e) {
      // The client went away mid-request or mid-response: nothing left to answer.
      status = 499;
    } catch (RuntimeException e) {
      // A bug: say so, if the answer has not started yet.
      status = 500;
      try {
        error(ex, 500, "internal error: " + e + " (a bug in if4j; please report it with the request)", -1);
      } catch (IOException | RuntimeException ignored) {
        // The headers were sent already, or the client is gone: closing the exchange is all we can do.
      }
    } finally {
      ex.close();
      inflight.decrementAndGet();
    }
    metrics.request(endpoint, status, (System.nanoTime() - start) / 1e9);
  }

  private int route(HttpExchange ex, String path) throws IOException {
    String method = ex.getRequestMethod();
    if (path.equals(HEALTHZ)) {
      if (!method.equals("GET") && !method.equals("HEAD")) return methodNotAllowed(ex, "GET");
      return draining
          ? send(ex, 503, json("{\"status\":\"draining\"}"), JSON, 5)
          : send(ex, 200, json("{\"status\":\"ok\",\"registry\":\"" + function.evaluator().registry().name()
              + "\",\"stamp\":" + new String(stamp.json(), StandardCharsets.UTF_8) + "}"), JSON, -1);
    }
    if (draining) {
      metrics.rejected("draining");
      ex.getResponseHeaders().set("Connection", "close");
      return error(ex, 503, "the server is shutting down; retry on another replica or later", 5);
    }
    if (expectedAuth != null && !authorised(ex)) {
      ex.getResponseHeaders().set("WWW-Authenticate", "Bearer");
      return error(ex, 401, "missing or wrong bearer token (Authorization: Bearer <token>)", -1);
    }
    return switch (path) {
      case METRICS -> method.equals("GET")
          ? send(ex, 200, metrics.render().getBytes(StandardCharsets.UTF_8), "text/plain; version=0.0.4; charset=utf-8", -1)
          : methodNotAllowed(ex, "GET");
      case SCORE, GET_REWARD -> method.equals("POST") ? score(ex, path) : methodNotAllowed(ex, "POST");
      default -> error(ex, 404, "no such endpoint " + path + "; try POST " + SCORE + ", POST " + GET_REWARD
          + ", GET " + HEALTHZ + " or GET " + METRICS, -1);
    };
  }

  private boolean authorised(HttpExchange ex) {
    String got = ex.getRequestHeaders().getFirst("Authorization");
    return got != null && MessageDigest.isEqual(expectedAuth, got.getBytes(StandardCharsets.UTF_8));
  }

  private int score(HttpExchange ex, String path) throws IOException {
    long declared = contentLength(ex.getRequestHeaders());
    if (declared > config.maxRequestBytes()) {
      metrics.rejected("too_large");
      ex.getResponseHeaders().set("Connection", "close");
      return error(ex, 413, "the request body is " + declared + " bytes; the limit is " + config.maxRequestBytes()
          + " (split the batch, or start the server with a larger --max-request-bytes)", -1);
    }
    if (!requests.tryAcquire()) {
      metrics.rejected("inflight_requests");
      discardBody(ex);
      return error(ex, 429, "the server holds as many requests as it may (" + config.maxInflightRequests()
          + "); retry after the pause", 1);
    }
    try {
      return scoreHeld(ex, path, declared);
    } finally {
      requests.release();
    }
  }

  /** Request-body bytes reserved now (reservations are whole kibibytes). */
  private long heldBodyBytes() {
    return (kib(config.maxInflightBytes()) - kibibytes.availablePermits()) * 1024;
  }

  private int scoreHeld(HttpExchange ex, String path, long declared) throws IOException {
    if (queue.availablePermits() == 0) {
      // The queue is full: refuse before parsing, so that overload costs the least work per request.
      metrics.rejected("queue_full");
      discardBody(ex);
      return error(ex, 429, "the work queue is full (" + config.maxQueuedSamples() + " samples); retry after the pause", 1);
    }
    long reserve = kib(declared >= 0 ? declared : config.maxRequestBytes());
    if (!kibibytes.tryAcquire((int) reserve)) {
      // Too many bodies held already: read this one to nowhere (memory stays flat) and ask for a retry.
      metrics.rejected("inflight_bytes");
      discardBody(ex);
      return error(ex, 429, "the server holds as many request bodies as it may; retry after the pause", 1);
    }
    metrics.heldBodyBytes(heldBodyBytes());
    try {
      return scoreAdmitted(ex, path);
    } finally {
      kibibytes.release((int) reserve);
    }
  }

  private int scoreAdmitted(HttpExchange ex, String path) throws IOException {
    // Read the body whole, then parse: the server's request stream is slow to parse from in small
    // reads (a 13 MB batch took 4x longer), and the bytes are within the reservation anyway.
    byte[] raw;
    try (InputStream in = new Limited(ex.getRequestBody(), config.maxRequestBytes())) {
      raw = in.readAllBytes();
    } catch (TooLarge e) {
      metrics.rejected("too_large");
      ex.getResponseHeaders().set("Connection", "close");
      return error(ex, 413, "the request body is larger than the limit of " + config.maxRequestBytes() + " bytes", -1);
    }
    Object body;
    try (JsonParser p = JsonTree.FACTORY.createParser(raw)) {
      body = JsonTree.readDocument(p);
    } catch (JsonProcessingException e) {
      return error(ex, 400, "malformed JSON: " + SOURCE_NOISE.matcher(e.getOriginalMessage()).replaceAll("[")
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ")"), -1);
    } catch (JsonTree.Malformed e) {
      return error(ex, 400, "malformed JSON: " + e.getMessage(), -1);
    }
    List<RewardSample> samples;
    RewardConfig scoring;
    try {
      if (path.equals(SCORE)) {
        RequestReader.Batch b = RequestReader.score(body, function);
        samples = b.samples();
        scoring = b.config();
      } else {
        samples = RequestReader.getReward(body, function);
        scoring = function.defaults();
      }
    } catch (BadRequestException e) {
      return badRequest(ex, e);
    }
    int n = samples.size();
    if (n > config.maxQueuedSamples()) {
      metrics.rejected("too_large");
      return error(ex, 413, "a batch of " + n + " samples is larger than the server's queue ("
          + config.maxQueuedSamples() + "); split it, or start the server with a larger --max-queued-samples", -1);
    }
    if (!queue.tryAcquire(n)) {
      metrics.rejected("queue_full");
      return error(ex, 429, "the work queue is full (" + queuedSamples() + " of " + config.maxQueuedSamples()
          + " samples); retry after the pause", 1);
    }
    List<RewardResult> results;
    try {
      metrics.queued(queuedSamples());
      results = scorer.scoreAll(samples, scoring);
    } catch (SampleInputException e) {
      String field = (path.equals(SCORE) ? "samples[" + e.index() + "]." : "labels[" + e.index() + "].")
          + e.getCause().field();
      if (!path.equals(SCORE) && e.getCause().field().startsWith("ground_truth")) {
        field = "labels[" + e.index() + "]" + e.getCause().field().substring("ground_truth".length());
      }
      return badRequest(ex, BadRequestException.field(field, e.index(), e.getCause().problem()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return error(ex, 503, "interrupted while scoring (the server is stopping)", 5);
    } catch (ResourceMissingException e) {
      return error(ex, 500, "language data is missing on the server: " + e.getMessage(), -1);
    } finally {
      queue.release(n);
    }
    metrics.results(path, results);
    byte[] out = path.equals(SCORE) ? ResponseWriter.results(results, stamp.json())
        : ResponseWriter.getReward(results, scoring.computesLoose(), stamp.json());
    return send(ex, 200, out, JSON, -1);
  }

  /**
   * Reads the request body to nowhere, so that the answer can be sent on a connection that stays
   * usable (the client may still be sending); a body past the limit closes the connection instead.
   */
  private void discardBody(HttpExchange ex) throws IOException {
    try (InputStream in = new Limited(ex.getRequestBody(), config.maxRequestBytes())) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (TooLarge e) {
      ex.getResponseHeaders().set("Connection", "close");
    }
  }

  private int badRequest(HttpExchange ex, BadRequestException e) throws IOException {
    metrics.rejected("bad_request");
    return send(ex, e.status(), ResponseWriter.error(e.status(), e.getMessage(), e.field(), e.sample()), JSON, -1);
  }

  private int methodNotAllowed(HttpExchange ex, String allowed) throws IOException {
    ex.getResponseHeaders().set("Allow", allowed);
    return error(ex, 405, ex.getRequestMethod() + " is not allowed here; use " + allowed, -1);
  }

  private int error(HttpExchange ex, int code, String message, int retryAfterSeconds) throws IOException {
    return send(ex, code, ResponseWriter.error(code, message, null, -1), JSON, retryAfterSeconds);
  }

  private static int send(HttpExchange ex, int code, byte[] body, String type, int retryAfterSeconds) throws IOException {
    Headers h = ex.getResponseHeaders();
    h.set("Content-Type", type);
    if (retryAfterSeconds >= 0) h.set("Retry-After", Integer.toString(retryAfterSeconds));
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(code, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
    return code;
  }

  private static byte[] json(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static long contentLength(Headers h) {
    String v = h.getFirst("Content-Length");
    if (v == null) return -1;
    try {
      return Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static long kib(long bytes) {
    return Math.max(1, (bytes + 1023) / 1024);
  }

  /** A request body past the limit. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("request body too large", null);
    }
  }

  /** Reads at most {@code limit} bytes; one more is {@link TooLarge}. */
  private static final class Limited extends FilterInputStream {
    private long left;

    Limited(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0 && --left < 0) throw new TooLarge();
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        left -= n;
        if (left < 0) throw new TooLarge();
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      left -= s;
      if (left < 0) throw new TooLarge();
      return s;
    }
  }
}
