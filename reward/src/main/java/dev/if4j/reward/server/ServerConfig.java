package dev.if4j.reward.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How the reward server listens and how much it takes on.
 *
 * @param host the address to bind (loopback by default: exposing a scorer is the operator's choice)
 * @param port the port (0: any free one)
 * @param token the bearer token every request but {@code /healthz} must carry, or {@code null} for none
 * @param threads judging workers (one per core by default)
 * @param maxRequestBytes a larger request body is refused (413) unread
 * @param maxInflightBytes request bodies held at once (being read, queued or scored); past it, 429
 * @param maxInflightRequests scoring requests held at once; past it, 429 (kept below the connection
 *     bound of 1,024, so that an overloaded server answers rather than drops connections)
 * @param maxQueuedSamples samples admitted and not yet answered; a request that would pass it gets 429
 * @param drainTimeout how long a shutdown waits for requests in flight
 */
public record ServerConfig(String host, int port, String token, int threads, long maxRequestBytes,
    long maxInflightBytes, int maxInflightRequests, int maxQueuedSamples, Duration drainTimeout) {
  public static final long DEFAULT_MAX_REQUEST_BYTES = 64L << 20;
  public static final long DEFAULT_MAX_INFLIGHT_BYTES = 512L << 20;
  public static final int DEFAULT_MAX_QUEUED_SAMPLES = 65_536;
  public static final int DEFAULT_MAX_INFLIGHT_REQUESTS = 128;

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(drainTimeout, "drainTimeout");
    if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be 0..65535, got " + port);
    if (token != null && token.isEmpty()) throw new IllegalArgumentException("the token must not be empty");
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    if (maxRequestBytes < 1024) throw new IllegalArgumentException("the request size limit must be at least 1 KiB");
    if (maxInflightBytes < maxRequestBytes) {
      throw new IllegalArgumentException("the in-flight byte limit (" + maxInflightBytes
          + ") must be at least the request size limit (" + maxRequestBytes + ")");
    }
    if (maxInflightRequests < 1) throw new IllegalArgumentException("at least 1 request must be allowed in flight");
    if (maxQueuedSamples < 1) throw new IllegalArgumentException("the sample queue must hold at least 1 sample");
    if (drainTimeout.isNegative()) throw new IllegalArgumentException("the drain timeout must not be negative");
  }

  /**
   * 127.0.0.1, port 8000, no token, all cores, 64 MiB requests, 512 MiB and 128 requests in flight,
   * 65,536 samples queued.
   */
  public static ServerConfig defaults() {
    return new ServerConfig("127.0.0.1", 8000, null, Runtime.getRuntime().availableProcessors(),
        DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_INFLIGHT_BYTES, DEFAULT_MAX_INFLIGHT_REQUESTS,
        DEFAULT_MAX_QUEUED_SAMPLES, Duration.ofSeconds(30));
  }

  public ServerConfig withHost(String h) {
    return new ServerConfig(h, port, token, threads, maxRequestBytes, maxInflightBytes, maxInflightRequests, maxQueuedSamples, drainTimeout);
  }

  public ServerConfig withPort(int p) {
    return new ServerConfig(host, p, token, threads, maxRequestBytes, maxInflightBytes, maxInflightRequests, maxQueuedSamples, drainTimeout);
  }

  public ServerConfig withToken(String t) {
    return new ServerConfig(host, port, t, threads, maxRequestBytes, maxInflightBytes, maxInflightRequests, maxQueuedSamples, drainTimeout);
  }

  public ServerConfig withThreads(int t) {
    return new ServerConfig(host, port, token, t, maxRequestBytes, maxInflightBytes, maxInflightRequests, maxQueuedSamples, drainTimeout);
  }

  /** Sets the request size limit, raising the in-flight limit to match when it is below. */
  public ServerConfig withMaxRequestBytes(long b) {
    return new ServerConfig(host, port, token, threads, b, Math.max(b, maxInflightBytes), maxInflightRequests, maxQueuedSamples, drainTimeout);
  }

  public ServerConfig withMaxInflightBytes(long b) {
    return new ServerConfig(host, port, token, threads, maxRequestBytes, b, maxInflightRequests, maxQueuedSamples, drainTimeout);
  }

  public ServerConfig withMaxInflightRequests(int n) {
    return new ServerConfig(host, port, token, threads, maxRequestBytes, maxInflightBytes, n, maxQueuedSamples, drainTimeout);
  }

  public ServerConfig withMaxQueuedSamples(int n) {
    return new ServerConfig(host, port, token, threads, maxRequestBytes, maxInflightBytes, maxInflightRequests, n, drainTimeout);
  }

  public ServerConfig withDrainTimeout(Duration d) {
    return new ServerConfig(host, port, token, threads, maxRequestBytes, maxInflightBytes, maxInflightRequests, maxQueuedSamples, d);
  }
}
