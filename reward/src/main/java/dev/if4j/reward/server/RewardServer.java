package dev.if4j.reward.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.if4j.reward.BatchScorer;
import dev.if4j.reward.CoalescingScorer;
import dev.if4j.reward.JsonTree;
import dev.if4j.reward.RewardConfig;
import dev.if4j.reward.RewardFunction;
import dev.if4j.reward.RewardResult;
import dev.if4j.reward.RewardSample;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.text.resources.ResourceMissingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.FutureCallback;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The batch reward server: Jetty's core HTTP server (no servlets), one virtual thread per request,
 * judging on a {@link BatchScorer}'s workers.
 *
 * <ul>
 *   <li>{@code POST /v1/score}: {@code {"samples": [...], "options": {...}}} → {@code {"results": [...]}},
 *       in order.
 *   <li>{@code POST /get_reward}: OpenRLHF's remote reward API.
 *   <li>{@code GET /healthz}, {@code GET /metrics} (Prometheus text).
 * </ul>
 *
 * <p>Before a request is read (so before the bearer token is seen), the {@link ConnectionGuard}
 * bounds connections: a header deadline, a connection limit that closes idle connections first, and
 * Jetty's idle timeout. A request body must arrive at a minimum rate ({@link BodyReader}) and holds
 * no request slot while it does. What the server takes on is then bounded three ways, so that
 * overload costs a retry, never memory: a request body larger than the request limit is refused
 * (413); body bytes held at once are bounded (past it, the rest of the body is read to nowhere and
 * 429 answers); samples admitted and not yet answered are bounded in number (429). Refusals carry
 * {@code Retry-After}. {@link #drain} (the shutdown hook of {@code if4j serve}) refuses new requests
 * with 503 and waits for those in flight.
 */
public final class RewardServer implements AutoCloseable {
  static final String SCORE = "/v1/score";
  static final String GET_REWARD = "/get_reward";
  static final String HEALTHZ = "/healthz";
  static final String METRICS = "/metrics";

  private static final String JSON = "application/json";
  /** The accept queue the server asks for; the kernel caps it ({@link #kernelAcceptQueueCap}). */
  public static final int ACCEPT_QUEUE = 16_384;
  /** Buffers each size class of Jetty's pool keeps for reuse; past it, buffers are allocated and collected. */
  private static final int POOLED_BUFFERS_PER_SIZE = 1024;
  /** The most heap the pool keeps in idle buffers. */
  private static final long POOLED_HEAP_BYTES = 64L << 20;

  private final ServerConfig config;
  private final RewardFunction function;
  private final BatchScorer scorer;
  private final RewardMetrics metrics = new RewardMetrics();
  private final StampCache stamp;
  private final Server jetty;
  private final ServerConnector connector;
  private final ConnectionGuard guard;
  private final BodyReader bodies;
  private final ExecutorService handlers;
  private final Semaphore queue;
  private final Semaphore kibibytes;
  private final CoalescingScorer coalescer;
  private final AtomicInteger inflight = new AtomicInteger();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final byte[] expectedAuth;
  private volatile boolean draining;

  private RewardServer(RewardFunction function, ServerConfig config) {
    this.config = config;
    this.function = function;
    this.stamp = new StampCache(function);
    this.scorer = new BatchScorer(function, config.threads());
    this.queue = new Semaphore(config.maxQueuedSamples());
    this.kibibytes = new Semaphore((int) Math.min(Integer.MAX_VALUE, kib(config.maxInflightBytes())));
    this.coalescer = new CoalescingScorer(scorer, CoalescingScorer.DEFAULT_MAX_BATCH);
    this.expectedAuth = config.token() == null ? null : ("Bearer " + config.token()).getBytes(StandardCharsets.UTF_8);
    this.handlers = Executors.newVirtualThreadPerTaskExecutor();
    ServerConfig.ConnectionLimits limits = config.connections();
    this.guard = new ConnectionGuard(limits.maxConnections(), limits.headerTimeout());
    this.bodies = new BodyReader(config.maxRequestBytes(), limits.headerTimeout().toNanos(),
        limits.minBodyBytesPerSecond(), kibibytes);
    // Jetty's own threads only select and parse; requests run on virtual threads (handle()).
    QueuedThreadPool pool = new QueuedThreadPool(32, 4);
    pool.setName("if4j-http");
    pool.setDaemon(true);
    this.jetty = new Server(pool, null, bufferPool());
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    // A request's header is a request line, a host, a token, a type and a length: 16 KiB is plenty.
    http.setRequestHeaderSize(16 * 1024);
    HttpConnectionFactory http1 = new HttpConnectionFactory(http);
    // Read buffers of 8 KiB (Jetty's default). A connection holds its buffer until its handler has
    // read the body out of it, and a per-sample client has thousands of requests waiting at once:
    // with 64 KiB ones, 16,384 of them held a gigabyte of heap, and the collector copied it. A batch
    // of megabytes is read in more chunks, each one a cheap read.
    http1.setInputBufferSize(8 * 1024);
    // Bodies are copied into a byte[] and answers written from one: heap buffers spare a copy
    // through direct memory each way.
    http1.setUseInputDirectByteBuffers(false);
    http1.setUseOutputDirectByteBuffers(false);
    this.connector = new ServerConnector(jetty, 1, 1, http1);
    connector.setHost(config.host());
    connector.setPort(config.port());
    connector.setIdleTimeout(limits.idleTimeout().toMillis());
    // A per-sample client opens thousands of connections at once: a short backlog drops their SYNs
    // and costs each a second's retransmission (the kernel caps it at net.core.somaxconn).
    connector.setAcceptQueueSize(ACCEPT_QUEUE);
    connector.addEventListener(guard);
    jetty.addConnector(connector);
    // Where the guard cannot make room fast enough, stop accepting: new connections queue in the
    // kernel, in order, while the guard closes idle and stalled ones.
    jetty.addBean(new NetworkConnectionLimit(ConnectionGuard.hardLimit(limits.maxConnections()), connector));
    jetty.setHandler(new Handler.Abstract(Invocable.InvocationType.NON_BLOCKING) {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        // Marked busy here, on Jetty's thread, so that the guard never takes a request being
        // handled for an idle connection or a slow header.
        var connection = request.getConnectionMetaData().getConnection();
        guard.requestStarted(connection);
        Callback done = Callback.from(() -> {
          guard.requestEnded(connection);
          callback.succeeded();
        }, failure -> {
          guard.requestEnded(connection);
          callback.failed(failure);
        });
        handlers.execute(() -> RewardServer.this.handle(new Exchange(request, response, done)));
        return true;
      }
    });
    metrics.gauge("queued_samples", () -> config.maxQueuedSamples() - queue.availablePermits());
    metrics.gauge("queue_capacity_samples", config::maxQueuedSamples);
    metrics.gauge("inflight_requests", inflight::get);
    metrics.gauge("inflight_body_bytes", this::heldBodyBytes);
    metrics.gauge("workers", scorer::threads);
    metrics.counter("coalesced_batches_total", coalescer::batches);
    metrics.counter("coalesced_requests_total", coalescer::requests);
    metrics.gauge("stuck_workers", scorer::stuckWorkers);
    metrics.gauge("draining", () -> draining ? 1 : 0);
    metrics.gauge("open_connections", guard::openConnections);
    metrics.gauge("max_connections", limits::maxConnections);
    metrics.counter("header_timeouts_total", guard::headerTimeouts);
    metrics.counter("connections_evicted_total", guard::evicted);
    var judge = function.verification().judge();
    if (judge != null) {
      metrics.counter("judge_cache_hits_total", judge::cacheHits);
      metrics.counter("judge_cache_misses_total", judge::cacheMisses);
      metrics.counter("judge_requests_total", judge::requests);
      metrics.gauge("judge_queued_requests", judge::queued);
    }
  }

  /** The kernel holds fewer connections waiting to be accepted ({@code cap}) than a server of a config wants at once. */
  public record AcceptQueueShortfall(int cap, int wanted) {}

  /**
   * Whether the kernel's cap on the accept queue ({@link #kernelAcceptQueueCap}) is below what a
   * server of {@code config} wants (its connection limit, at most {@link #ACCEPT_QUEUE}); empty when
   * it is not, or when the cap cannot be read.
   */
  public static Optional<AcceptQueueShortfall> acceptQueueShortfall(ServerConfig config) {
    int cap = kernelAcceptQueueCap();
    int wanted = Math.min(ACCEPT_QUEUE, config.connections().maxConnections());
    return cap > 0 && cap < wanted ? Optional.of(new AcceptQueueShortfall(cap, wanted)) : Optional.empty();
  }

  /**
   * Linux's cap on accept queues ({@code net.core.somaxconn}), or -1 where it cannot be read. A burst
   * of more new connections than the queue holds has the excess SYNs dropped and resent after a
   * second or more: the 3 to 5 s stalls of a per-sample client's rounds.
   */
  public static int kernelAcceptQueueCap() {
    try {
      // Read as lines: /proc files report a size of 0, and a read sized by it may come back short.
      try (BufferedReader r = Files.newBufferedReader(Path.of("/proc/sys/net/core/somaxconn"))) {
        return Integer.parseInt(r.readLine().strip());
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /**
   * Jetty's buffer pool, bounded per size. Unbounded (Jetty's default), it grows to a buffer per
   * connection of the largest burst (16,384 for a per-sample client), and each later acquisition
   * scans that many entries for a free one while the burst holds them.
   */
  private static ArrayByteBufferPool bufferPool() {
    return new ArrayByteBufferPool(0, -1, -1, POOLED_BUFFERS_PER_SIZE, POOLED_HEAP_BYTES, POOLED_HEAP_BYTES);
  }

  /** Starts a server judging with {@code function} (whose defaults are the scoring configuration). */
  public static RewardServer start(RewardFunction function, ServerConfig config) throws IOException {
    RewardServer s = new RewardServer(Objects.requireNonNull(function), Objects.requireNonNull(config));
    try {
      s.jetty.start();
    } catch (Exception e) {
      s.shutDownQuietly();
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof BindException b) throw b;
      }
      throw e instanceof IOException io ? io : new IOException("cannot start the HTTP server: " + e.getMessage(), e);
    }
    s.guard.start(s.jetty.getScheduler());
    return s;
  }

  private void shutDownQuietly() {
    try {
      jetty.stop();
    } catch (Exception ignored) {
      // Starting failed already; that is the error to report.
    }
    handlers.shutdown();
    coalescer.close();
    scorer.close();
  }

  /** The port it listens on (the chosen one when started with port 0). */
  public int port() {
    return connector.getLocalPort();
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

  /** Batches the coalescer handed to the workers, and the requests they carried (see {@link CoalescingScorer}). */
  public long[] coalesced() {
    return new long[] {coalescer.batches(), coalescer.requests()};
  }

  /** Connections open now. */
  public int openConnections() {
    return guard.openConnections();
  }

  /** The scorer's count of samples that ran out of time. */
  public long timeouts() {
    return scorer.timeouts();
  }

  /** Workers written off now (judging a sample past its budget, asked to stop). */
  public int stuckWorkers() {
    return scorer.stuckWorkers();
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
    guard.stop();
    shutDownQuietly();
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

  private void handle(Exchange ex) {
    long start = System.nanoTime();
    String path = ex.path();
    String endpoint = switch (path) {
      case SCORE, GET_REWARD, HEALTHZ, METRICS -> path;
      default -> "other";
    };
    int status;
    // Counted before the draining check: drain() waits for every request that got past it.
    inflight.incrementAndGet();
    try {
      status = route(ex, path);
      ex.succeeded();
    } catch (IOException e) {
      // The client went away mid-request or mid-response: nothing left to answer.
      status = 499;
      ex.failed(e);
    } catch (RuntimeException e) {
      // A bug: say so, if the answer has not started yet.
      status = 500;
      try {
        error(ex, 500, "internal error: " + e + " (a bug in if4j; please report it with the request)", -1);
        ex.succeeded();
      } catch (IOException | RuntimeException again) {
        // The headers were sent already, or the client is gone: failing the exchange is all we can do.
        ex.failed(e);
      }
    } finally {
      inflight.decrementAndGet();
    }
    metrics.request(endpoint, status, (System.nanoTime() - start) / 1e9);
  }

  private int route(Exchange ex, String path) throws IOException {
    String method = ex.method();
    if (path.equals(HEALTHZ)) {
      if (!method.equals("GET") && !method.equals("HEAD")) return methodNotAllowed(ex, "GET");
      return draining
          ? send(ex, 503, json("{\"status\":\"draining\"}"), JSON, 5)
          : send(ex, 200, json("{\"status\":\"ok\",\"registry\":\"" + function.evaluator().registry().name()
              + "\",\"stamp\":" + new String(stamp.json(), StandardCharsets.UTF_8) + "}"), JSON, -1);
    }
    if (draining) {
      metrics.rejected("draining");
      ex.header("Connection", "close");
      return error(ex, 503, "the server is shutting down; retry on another replica or later", 5);
    }
    if (expectedAuth != null && !authorised(ex)) {
      ex.header("WWW-Authenticate", "Bearer");
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

  private boolean authorised(Exchange ex) {
    String got = ex.requestHeader("Authorization");
    return got != null && MessageDigest.isEqual(expectedAuth, got.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Whether a request body may be read as JSON: {@code application/json} (any parameters, such as a
   * charset), or no Content-Type at all (clients that label nothing send raw JSON; trainers' clients
   * label theirs). Anything else is a different format, refused (415) rather than misread.
   */
  static boolean isJsonType(String contentType) {
    if (contentType == null) return true;
    int semicolon = contentType.indexOf(';');
    String media = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    return media.equals(JSON);
  }

  private int score(Exchange ex, String path) throws IOException {
    long declared = ex.contentLength();
    if (declared > config.maxRequestBytes()) {
      metrics.rejected("too_large");
      ex.header("Connection", "close");
      return error(ex, 413, "the request body is " + declared + " bytes; the limit is " + config.maxRequestBytes()
          + " (split the batch, or start the server with a larger --max-request-bytes)", -1);
    }
    String type = ex.requestHeader("Content-Type");
    if (!isJsonType(type)) {
      metrics.rejected("unsupported_media_type");
      discardBody(ex);
      return error(ex, 415, "the request body must be JSON (Content-Type: application/json), not " + type
          + " (curl -d labels its body application/x-www-form-urlencoded: add -H 'Content-Type: application/json')", -1);
    }
    if (queue.availablePermits() == 0) {
      // The queue is full: refuse before parsing, so that overload costs the least work per request.
      metrics.rejected("queue_full");
      discardBody(ex);
      return error(ex, 429, queueFull(), 1);
    }
    BodyReader.Body body;
    try {
      body = bodies.read(ex.request, declared);
    } catch (BodyReader.NoRoom e) {
      // Too many bodies held already: read this one to nowhere (memory stays flat) and ask for a retry.
      metrics.rejected("inflight_bytes");
      discardBody(ex);
      return error(ex, 429, "memory bound reached: the server holds " + heldBodyBytes() + " bytes of request bodies,"
          + " its limit (--max-inflight-bytes) is " + config.maxInflightBytes() + "; retry after the pause", 1);
    } catch (BodyReader.TooLarge e) {
      metrics.rejected("too_large");
      ex.header("Connection", "close");
      return error(ex, 413, "the request body is larger than the limit of " + config.maxRequestBytes() + " bytes", -1);
    } catch (BodyReader.TooSlow e) {
      return tooSlow(ex, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return error(ex, 503, "interrupted while reading the request (the server is stopping)", 5);
    }
    // No bound on requests as such: each holds a connection (bounded by --max-connections), its
    // body's bytes (bounded above) and its samples (bounded below), and those are what cost memory.
    try (body) {
      metrics.heldBodyBytes(heldBodyBytes());
      return scoreAdmitted(ex, path, body.bytes());
    }
  }

  private String queueFull() {
    return "memory bound reached: the work queue holds " + queuedSamples() + " samples, its limit"
        + " (--max-queued-samples) is " + config.maxQueuedSamples() + "; retry after the pause";
  }

  private int tooSlow(Exchange ex, BodyReader.TooSlow e) throws IOException {
    metrics.rejected("too_slow");
    ex.header("Connection", "close");
    return error(ex, 408, "the request body arrived too slowly (" + e.received + " bytes in " + e.elapsedMillis
        + " ms; the minimum is " + config.connections().minBodyBytesPerSecond() + " bytes/s after "
        + config.connections().headerTimeout().toMillis() + " ms)", -1);
  }

  /** Request-body bytes reserved now (reservations are whole kibibytes). */
  private long heldBodyBytes() {
    return (kib(config.maxInflightBytes()) - kibibytes.availablePermits()) * 1024;
  }

  private int scoreAdmitted(Exchange ex, String path, byte[] raw) throws IOException {
    Object body;
    try (JsonParser p = JsonTree.FACTORY.createParser(raw)) {
      body = JsonTree.readDocument(p);
    } catch (JsonProcessingException e) {
      return error(ex, 400, "malformed JSON: " + JsonTree.describe(e), -1);
    } catch (JsonTree.Malformed e) {
      return error(ex, 400, "malformed JSON: " + e.getMessage(), -1);
    }
    List<RewardSample> samples;
    RewardConfig scoring;
    try {
      if (path.equals(SCORE)) {
        RequestReader.Batch b = RequestReader.score(body, function, config.samples());
        samples = b.samples();
        scoring = b.config();
      } else {
        samples = RequestReader.getReward(body, function, config.samples());
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
      return error(ex, 429, queueFull(), 1);
    }
    List<RewardResult> results;
    try {
      metrics.queued(queuedSamples());
      results = coalescer.score(samples, scoring);
    } catch (InputProblemException e) {
      String sampleField = e.field() == null ? "" : e.field();
      String field = (path.equals(SCORE) ? "samples[" + e.sample() + "]." : "labels[" + e.sample() + "].") + sampleField;
      if (!path.equals(SCORE) && sampleField.startsWith("ground_truth")) {
        field = "labels[" + e.sample() + "]" + sampleField.substring("ground_truth".length());
      }
      return badRequest(ex, BadRequestException.field(field, e.sample(), e.problem()));
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
   * usable (the client may still be sending); a body past the limit, or too slow, closes the
   * connection instead.
   */
  private void discardBody(Exchange ex) throws IOException {
    try {
      bodies.discard(ex.request);
    } catch (BodyReader.TooLarge | BodyReader.TooSlow e) {
      ex.header("Connection", "close");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ex.header("Connection", "close");
    }
  }

  private int badRequest(Exchange ex, BadRequestException e) throws IOException {
    metrics.rejected("bad_request");
    return send(ex, e.status(), ResponseWriter.error(e.status(), e.getMessage(), e.field(), e.sample()), JSON, -1);
  }

  private int methodNotAllowed(Exchange ex, String allowed) throws IOException {
    ex.header("Allow", allowed);
    return error(ex, 405, ex.method() + " is not allowed here; use " + allowed, -1);
  }

  private int error(Exchange ex, int code, String message, int retryAfterSeconds) throws IOException {
    return send(ex, code, ResponseWriter.error(code, message, null, -1), JSON, retryAfterSeconds);
  }

  private static int send(Exchange ex, int code, byte[] body, String type, int retryAfterSeconds) throws IOException {
    ex.header("Content-Type", type);
    if (retryAfterSeconds >= 0) ex.header("Retry-After", Integer.toString(retryAfterSeconds));
    ex.send(code, ex.method().equals("HEAD") ? new byte[0] : body);
    return code;
  }

  private static byte[] json(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static long kib(long bytes) {
    return Math.max(1, (bytes + 1023) / 1024);
  }

  /** One request and its answer, as the handlers see them (Jetty's request, response and completion). */
  private static final class Exchange {
    final Request request;
    final Response response;
    final Callback callback;

    Exchange(Request request, Response response, Callback callback) {
      this.request = request;
      this.response = response;
      this.callback = callback;
    }

    String path() {
      String p = request.getHttpURI().getPath();
      return p == null ? "/" : p;
    }

    String method() {
      return request.getMethod();
    }

    String requestHeader(String name) {
      return request.getHeaders().get(name);
    }

    long contentLength() {
      return request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
    }

    void header(String name, String value) {
      response.getHeaders().put(name, value);
    }

    /** Sends the whole answer and waits until it is written (the handler runs on a virtual thread). */
    void send(int code, byte[] body) throws IOException {
      response.setStatus(code);
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
      FutureCallback written = new FutureCallback();
      response.write(true, ByteBuffer.wrap(body), written);
      try {
        written.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while answering", e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
      }
    }

    void succeeded() {
      callback.succeeded();
    }

    void failed(Throwable t) {
      callback.failed(t);
    }
  }
}
