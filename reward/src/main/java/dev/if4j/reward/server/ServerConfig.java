package dev.if4j.reward.server;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How the reward server listens and how much it takes on.
 *
 * @param host the address to bind (loopback by default: exposing a scorer is the operator's choice)
 * @param port the port (0: any free one)
 * @param token the bearer token every request but {@code /healthz} must carry, or {@code null} for none
 * @param threads judging workers (one per core by default)
 * @param maxRequestBytes a larger request body is refused (413) unread
 * @param maxInflightBytes request bytes held at once (received, queued or scored); past it, 429
 * @param maxQueuedSamples samples admitted and not yet answered; a request that would pass it gets 429
 * @param drainTimeout how long a shutdown waits for requests in flight
 * @param connections the per-connection limits ({@link ConnectionLimits})
 * @param samples the per-sample limits ({@link SampleLimits})
 */
public record ServerConfig(String host, int port, String token, int threads, long maxRequestBytes,
    long maxInflightBytes, int maxQueuedSamples, Duration drainTimeout,
    ConnectionLimits connections, SampleLimits samples) {
  public static final long DEFAULT_MAX_REQUEST_BYTES = 64L << 20;
  public static final long DEFAULT_MAX_INFLIGHT_BYTES = 512L << 20;
  public static final int DEFAULT_MAX_QUEUED_SAMPLES = 65_536;
  /** The most connections the default allows: 541 prompts × 8 samples of OpenRLHF, posted at once, four times over. */
  public static final int DEFAULT_MAX_CONNECTIONS = 16_384;

  /**
   * What a connection may hold before its request is read: all enforced before the bearer token is
   * seen (see {@link ConnectionGuard} and docs/security.md).
   *
   * @param maxConnections open connections; past it, idle ones are closed first, then silent new
   *     ones, then the oldest still sending a header; an eighth more at most while none can be
   *     closed, then accepting pauses
   * @param headerTimeout from a request's first byte (a new connection's opening) to the end of its header
   * @param idleTimeout a kept-alive connection with no request, or a request body with no byte, for
   *     this long is closed
   * @param minBodyBytesPerSecond a request body must arrive at this average rate (after a grace of
   *     {@code headerTimeout}); slower, the request gets 408 and the connection is closed
   */
  public record ConnectionLimits(int maxConnections, Duration headerTimeout, Duration idleTimeout,
      long minBodyBytesPerSecond) {
    public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MIN_BODY_BYTES_PER_SECOND = 64 * 1024;

    public ConnectionLimits {
      Objects.requireNonNull(headerTimeout, "headerTimeout");
      Objects.requireNonNull(idleTimeout, "idleTimeout");
      if (maxConnections < 8) throw new IllegalArgumentException("at least 8 connections must be allowed, got " + maxConnections);
      if (headerTimeout.toMillis() < 100) throw new IllegalArgumentException("the header timeout must be at least 100 ms, got " + headerTimeout);
      if (idleTimeout.toMillis() < 100) throw new IllegalArgumentException("the idle timeout must be at least 100 ms, got " + idleTimeout);
      if (minBodyBytesPerSecond < 1) {
        throw new IllegalArgumentException("the minimum body rate must be at least 1 byte/s, got " + minBodyBytesPerSecond);
      }
    }

    /**
     * {@value #DEFAULT_MAX_CONNECTIONS} where the process's open-file limit allows it (past the limit,
     * an eighth more are accepted while the guard makes room, and 1,024 files stay for the JVM, the
     * judge and the sandbox), else what it allows (at least half of it); 10 s for a header, 30 s
     * idle, 64 KiB/s for bodies.
     */
    public static ConnectionLimits defaults() {
      return new ConnectionLimits(defaultMaxConnections(), DEFAULT_HEADER_TIMEOUT, DEFAULT_IDLE_TIMEOUT,
          DEFAULT_MIN_BODY_BYTES_PER_SECOND);
    }

    static int defaultMaxConnections() {
      return maxConnectionsFor(openFileLimit());
    }

    /** The default connection limit under an open-file limit of {@code files} (-1: unknown). */
    static int maxConnectionsFor(long files) {
      if (files <= 0) return 1024;
      long fitting = Math.max(files / 2, (files - 1024) * 8 / 9);
      return (int) Math.max(8, Math.min(DEFAULT_MAX_CONNECTIONS, fitting));
    }

    /**
     * {@code ulimit -n} of this process, or -1 where the platform does not say. (The JVM raises its
     * soft limit to the hard one at start on Linux and macOS, so this is {@code ulimit -Hn} of the
     * shell that started it.)
     */
    static long openFileLimit() {
      return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean u
          ? u.getMaxFileDescriptorCount() : -1;
    }
  }

  /**
   * What one sample may ask for, checked while the request is read (400 naming the sample and field):
   * the cost of judging grows with the instructions and with their arguments' length.
   *
   * @param maxInstructions instructions (or VerInstruct checkers) of one sample
   * @param maxArgumentChars characters of one argument value (a keyword, a phrase, a prompt to
   *     repeat, a checker's text), in UTF-16 units
   */
  public record SampleLimits(int maxInstructions, int maxArgumentChars) {
    public static final int DEFAULT_MAX_INSTRUCTIONS = 64;
    public static final int DEFAULT_MAX_ARGUMENT_CHARS = 65_536;

    public SampleLimits {
      if (maxInstructions < 1) throw new IllegalArgumentException("at least 1 instruction per sample must be allowed");
      if (maxArgumentChars < 1) throw new IllegalArgumentException("arguments of at least 1 character must be allowed");
    }

    public static SampleLimits defaults() {
      return new SampleLimits(DEFAULT_MAX_INSTRUCTIONS, DEFAULT_MAX_ARGUMENT_CHARS);
    }
  }

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(drainTimeout, "drainTimeout");
    Objects.requireNonNull(connections, "connections");
    Objects.requireNonNull(samples, "samples");
    if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be 0..65535, got " + port);
    if (token != null && token.isEmpty()) throw new IllegalArgumentException("the token must not be empty");
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    if (maxRequestBytes < 1024) throw new IllegalArgumentException("the request size limit must be at least 1 KiB");
    if (maxInflightBytes < maxRequestBytes) {
      throw new IllegalArgumentException("the in-flight byte limit (" + maxInflightBytes
          + ") must be at least the request size limit (" + maxRequestBytes + ")");
    }
    if (maxQueuedSamples < 1) throw new IllegalArgumentException("the sample queue must hold at least 1 sample");
    if (drainTimeout.isNegative()) throw new IllegalArgumentException("the drain timeout must not be negative");
  }

  /**
   * 127.0.0.1, port 8000, no token, all cores, 64 MiB requests, 512 MiB of request bodies in
   * flight, 65,536 samples queued, the default connection and sample limits.
   */
  public static ServerConfig defaults() {
    return new ServerConfig("127.0.0.1", 8000, null, Runtime.getRuntime().availableProcessors(),
        DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_INFLIGHT_BYTES, DEFAULT_MAX_QUEUED_SAMPLES, Duration.ofSeconds(30), ConnectionLimits.defaults(), SampleLimits.defaults());
  }

  public ServerConfig withHost(String h) {
    return with(d -> d.host = h);
  }

  public ServerConfig withPort(int p) {
    return with(d -> d.port = p);
  }

  public ServerConfig withToken(String t) {
    return with(d -> d.token = t);
  }

  public ServerConfig withThreads(int t) {
    return with(d -> d.threads = t);
  }

  /** Sets the request size limit, raising the in-flight limit to match when it is below. */
  public ServerConfig withMaxRequestBytes(long b) {
    return with(d -> {
      d.maxRequestBytes = b;
      d.maxInflightBytes = Math.max(b, d.maxInflightBytes);
    });
  }

  public ServerConfig withMaxInflightBytes(long b) {
    return with(d -> d.maxInflightBytes = b);
  }

  public ServerConfig withMaxQueuedSamples(int n) {
    return with(d -> d.maxQueuedSamples = n);
  }

  public ServerConfig withDrainTimeout(Duration t) {
    return with(d -> d.drainTimeout = t);
  }

  public ServerConfig withConnections(ConnectionLimits c) {
    return with(d -> d.connections = c);
  }

  public ServerConfig withSamples(SampleLimits s) {
    return with(d -> d.samples = s);
  }

  /** A copy with {@code change} applied, validated by the record's constructor. */
  private ServerConfig with(Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return d.build();
  }

  /** The components as mutable fields: each {@code with*} method changes one, then builds a new config. */
  private static final class Draft {
    String host;
    int port;
    String token;
    int threads;
    long maxRequestBytes;
    long maxInflightBytes;
    int maxQueuedSamples;
    Duration drainTimeout;
    ConnectionLimits connections;
    SampleLimits samples;

    Draft(ServerConfig c) {
      host = c.host;
      port = c.port;
      token = c.token;
      threads = c.threads;
      maxRequestBytes = c.maxRequestBytes;
      maxInflightBytes = c.maxInflightBytes;
      maxQueuedSamples = c.maxQueuedSamples;
      drainTimeout = c.drainTimeout;
      connections = c.connections;
      samples = c.samples;
    }

    ServerConfig build() {
      return new ServerConfig(host, port, token, threads, maxRequestBytes, maxInflightBytes, maxQueuedSamples,
          drainTimeout, connections, samples);
    }
  }
}
