package dev.if4j.llm;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A client of an OpenAI-compatible {@code /v1/chat/completions} endpoint (vLLM, SGLang, Ollama,
 * llama.cpp's server, OpenAI), on plain {@code java.net.http}.
 *
 * <p>Requests are asynchronous; the caller bounds how many are in flight. A failed attempt is
 * retried per the {@link RetryPolicy} when it may succeed later (429, 5xx, 408, timeouts,
 * connection errors, malformed 200 bodies); other 4xx fail at once. Waits between attempts are
 * scheduled on a timer, never slept on a thread.
 */
public final class ChatClient implements AutoCloseable {
  /** Told about each retry, for progress and statistics. */
  public interface Listener {
    Listener NONE = (failure, attempt, delayMillis) -> {};

    /** Attempt {@code attempt} failed with {@code failure}; the next comes in {@code delayMillis}. */
    void retrying(CallFailure failure, int attempt, long delayMillis);
  }

  /**
   * @param endpoint the chat-completions URI (see {@link #chatCompletionsUri})
   * @param apiKey sent as {@code Authorization: Bearer ...}, or null
   * @param requestTimeout the longest one attempt may take, from sending to the whole body
   * @param connectTimeout the longest a connection may take to open
   */
  public record Config(URI endpoint, String apiKey, Duration requestTimeout, Duration connectTimeout,
      RetryPolicy retry) {
    public Config {
      Objects.requireNonNull(endpoint, "endpoint");
      Objects.requireNonNull(requestTimeout, "requestTimeout");
      Objects.requireNonNull(connectTimeout, "connectTimeout");
      Objects.requireNonNull(retry, "retry");
    }
  }

  private static final int EXCERPT = 300;

  private final Config config;
  private final HttpClient http;
  private final ScheduledExecutorService timer;

  public ChatClient(Config config) {
    this.config = Objects.requireNonNull(config);
    // HTTP/1.1: the servers in question speak it; asking for HTTP/2 over cleartext would send an
    // Upgrade header on every first request that some of them mishandle.
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(config.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "if4j-llm-retry-timer");
      t.setDaemon(true);
      return t;
    });
  }

  public Config config() {
    return config;
  }

  /**
   * The chat-completions URI of {@code base}: a server root ({@code http://host:8000}), its API
   * root ({@code .../v1}) or the full path ({@code .../v1/chat/completions}) all work.
   */
  public static URI chatCompletionsUri(String base) {
    String b = base.strip();
    while (b.endsWith("/")) b = b.substring(0, b.length() - 1);
    if (!b.endsWith("/chat/completions")) b = b.endsWith("/v1") ? b + "/chat/completions" : b + "/v1/chat/completions";
    URI uri;
    try {
      uri = new URI(b);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + base + " (" + e.getReason() + ")");
    }
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
      throw new IllegalArgumentException("not an http(s) URL with a host: " + base);
    }
    return uri;
  }

  /** Sends {@code request}, retrying as the policy allows; fails with a {@link ChatException}. */
  public CompletableFuture<Completion> complete(ChatRequest request, Listener listener) {
    HttpRequest.Builder b = HttpRequest.newBuilder(config.endpoint())
        .timeout(config.requestTimeout())
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
    if (config.apiKey() != null) b.header("Authorization", "Bearer " + config.apiKey());
    HttpRequest http = b.build();
    CompletableFuture<Completion> result = new CompletableFuture<>();
    attempt(http, 1, result, listener);
    return result;
  }

  private void attempt(HttpRequest request, int attempt, CompletableFuture<Completion> result, Listener listener) {
    CompletableFuture<HttpResponse<byte[]>> sent;
    try {
      sent = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (RuntimeException e) {
      // The client is closed: the run is being torn down.
      result.completeExceptionally(new ChatException(
          new CallFailure(CallFailure.Kind.CONNECTION, 0, "client closed: " + e, -1), attempt));
      return;
    }
    sent.whenComplete((response, error) -> {
      CallFailure failure;
      if (error != null) {
        failure = classify(error);
      } else if (response.statusCode() == 200) {
        try {
          result.complete(Completion.parse(response.body()));
          return;
        } catch (Completion.MalformedException e) {
          failure = new CallFailure(CallFailure.Kind.MALFORMED, 200, e.getMessage(), -1);
        } catch (RuntimeException e) {
          failure = new CallFailure(CallFailure.Kind.MALFORMED, 200, "unreadable body: " + e, -1);
        }
      } else {
        failure = CallFailure.ofStatus(response.statusCode(), excerpt(response.body()),
            retryAfterMillis(response));
      }
      if (!failure.retryable() || attempt >= config.retry().maxAttempts()) {
        result.completeExceptionally(new ChatException(failure, attempt));
        return;
      }
      long delay = config.retry().delayMillis(attempt, failure.retryAfterMillis(), ThreadLocalRandom.current());
      listener.retrying(failure, attempt, delay);
      try {
        timer.schedule(() -> attempt(request, attempt + 1, result, listener), delay, TimeUnit.MILLISECONDS);
      } catch (RuntimeException e) {
        result.completeExceptionally(new ChatException(failure, attempt));
      }
    });
  }

  static CallFailure classify(Throwable error) {
    Throwable e = error;
    while (e instanceof CompletionException && e.getCause() != null) e = e.getCause();
    if (e instanceof HttpConnectTimeoutException) {
      return new CallFailure(CallFailure.Kind.CONNECTION, 0, "connect timed out", -1);
    }
    if (e instanceof HttpTimeoutException) {
      return new CallFailure(CallFailure.Kind.TIMEOUT, 0, "no complete response within the request timeout", -1);
    }
    if (e instanceof ConnectException) {
      return new CallFailure(CallFailure.Kind.CONNECTION, 0, "connection refused" + detail(e), -1);
    }
    if (e instanceof IOException) {
      return new CallFailure(CallFailure.Kind.CONNECTION, 0, "connection failed: " + e.getClass().getSimpleName()
          + detail(e), -1);
    }
    return new CallFailure(CallFailure.Kind.CONNECTION, 0, "request failed: " + e, -1);
  }

  private static String detail(Throwable e) {
    return e.getMessage() == null || e.getMessage().isEmpty() ? "" : " (" + e.getMessage() + ")";
  }

  private static String excerpt(byte[] body) {
    String s = new String(body, 0, Math.min(body.length, EXCERPT * 4), StandardCharsets.UTF_8).strip()
        .replaceAll("\\s+", " ");
    return s.length() > EXCERPT ? s.substring(0, EXCERPT) + "..." : s;
  }

  /** {@code Retry-After} in seconds (the HTTP-date form is rare from these servers and ignored). */
  private static long retryAfterMillis(HttpResponse<?> response) {
    String v = response.headers().firstValue("Retry-After").orElse(null);
    if (v == null) return -1;
    try {
      double seconds = Double.parseDouble(v.strip());
      return seconds >= 0 && seconds < 86_400 ? (long) (seconds * 1000) : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
    http.close();
  }
}
