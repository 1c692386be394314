package dev.if4j.llm.loopback;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenAI-compatible chat-completions server on the loopback interface, answering as a {@link
 * Script} says: after a delay, with an error status, a malformed body, a dropped connection. For
 * tests of the client and for measuring the client's own overhead ({@link #instant()}); it binds
 * 127.0.0.1 only and never calls out.
 */
public final class LoopbackServer implements AutoCloseable {
  /**
   * A request as the script sees it.
   *
   * @param number 1-based arrival order over the server's life
   * @param attempt how many times this exact body has arrived (1 the first time; a client's
   *     retry sends the same body again)
   * @param body the parsed JSON body
   */
  public record Request(int number, int attempt, JsonNode body) {
    /** The content of the last message. */
    public String lastMessage() {
      JsonNode messages = body.path("messages");
      return messages.isArray() && !messages.isEmpty() ? messages.get(messages.size() - 1).path("content").asText() : "";
    }

    /** The {@code seed} field, or null. */
    public Long seed() {
      JsonNode s = body.get("seed");
      return s != null && s.canConvertToLong() ? s.asLong() : null;
    }

    /** How many messages the conversation has. */
    public int turns() {
      return body.path("messages").size();
    }
  }

  /** What to answer. */
  public sealed interface Reply permits Ok, Status, Raw, Drop, Truncated {}

  /** A completion with {@code content}, sent after {@code delayMillis}. */
  public record Ok(String content, String reasoning, String finishReason, long delayMillis) implements Reply {}

  /** An error status with a JSON error body and, when not null, a {@code Retry-After} header. */
  public record Status(int code, String retryAfter, long delayMillis) implements Reply {}

  /** Status {@code code} with {@code body} as it is (a malformed body when 200). */
  public record Raw(int code, String body) implements Reply {}

  /** The connection is closed without a response. */
  public record Drop() implements Reply {}

  /** Headers promising a body that is cut off half way. */
  public record Truncated() implements Reply {}

  /** Decides each reply. Called on the server's threads. */
  @FunctionalInterface
  public interface Script {
    Reply reply(Request request);
  }

  public static Ok ok(String content) {
    return new Ok(content, null, "stop", 0);
  }

  /**
   * A deterministic answer: it depends only on the conversation and the seed, so that a run can be
   * compared byte for byte with another.
   */
  public static String echo(Request r) {
    return "answer to [" + r.lastMessage() + "] turns=" + r.turns() + " seed=" + r.seed();
  }

  /** The script answering {@link #echo} at once. */
  public static Script instant() {
    return r -> ok(echo(r));
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService executor;
  private final Script script;
  private final boolean countAttempts;
  private final AtomicInteger requests = new AtomicInteger();
  private final ConcurrentHashMap<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
  private final List<Request> log = new ArrayList<>();
  private final boolean keepLog;

  private LoopbackServer(Script script, int threads, boolean countAttempts, boolean keepLog) throws IOException {
    this.script = Objects.requireNonNull(script);
    this.countAttempts = countAttempts;
    this.keepLog = keepLog;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    this.executor = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "loopback-server");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a server on a free loopback port; {@code threads} bounds the requests served at once. */
  public static LoopbackServer start(Script script, int threads) throws IOException {
    return new LoopbackServer(script, threads, true, true);
  }

  /** A server for throughput measurements: no attempt counting, no request log. */
  public static LoopbackServer startForBenchmark(Script script, int threads) throws IOException {
    return new LoopbackServer(script, threads, false, false);
  }

  /** The server's root, e.g. {@code http://127.0.0.1:40123}. */
  public URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Requests received so far. */
  public int requests() {
    return requests.get();
  }

  /** Every request received, in arrival order (unless started for a benchmark). */
  public List<Request> log() {
    synchronized (log) {
      return List.copyOf(log);
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] in = ex.getRequestBody().readAllBytes();
      if (!ex.getRequestMethod().equals("POST") || !ex.getRequestURI().getPath().equals("/v1/chat/completions")) {
        send(ex, 404, "{\"error\":{\"message\":\"not found\"}}".getBytes(StandardCharsets.UTF_8));
        return;
      }
      JsonNode body;
      try {
        body = MAPPER.readTree(in);
      } catch (IOException e) {
        send(ex, 400, "{\"error\":{\"message\":\"body is not JSON\"}}".getBytes(StandardCharsets.UTF_8));
        return;
      }
      int attempt = countAttempts
          ? attempts.computeIfAbsent(new String(in, StandardCharsets.UTF_8), k -> new AtomicInteger()).incrementAndGet()
          : 1;
      Request request = new Request(requests.incrementAndGet(), attempt, body);
      if (keepLog) {
        synchronized (log) {
          log.add(request);
        }
      }
      Reply reply = script.reply(request);
      switch (reply) {
        case Ok ok -> {
          sleep(ok.delayMillis());
          send(ex, 200, completion(body.path("model").asText("model"), ok, request.number()));
        }
        case Status st -> {
          sleep(st.delayMillis());
          if (st.retryAfter() != null) ex.getResponseHeaders().set("Retry-After", st.retryAfter());
          send(ex, st.code(), ("{\"error\":{\"message\":\"scripted " + st.code() + "\"}}").getBytes(StandardCharsets.UTF_8));
        }
        case Raw raw -> send(ex, raw.code(), raw.body().getBytes(StandardCharsets.UTF_8));
        case Drop d -> {
          // Closing the exchange before any response is sent makes the server close the connection.
        }
        case Truncated t -> {
          byte[] whole = completion("model", ok("never arrives whole"), request.number());
          ex.getResponseHeaders().set("Content-Type", "application/json");
          ex.sendResponseHeaders(200, whole.length);
          OutputStream os = ex.getResponseBody();
          os.write(whole, 0, whole.length / 2);
          os.flush();
          // The exchange is closed with the body half sent: the connection is dropped mid-body.
        }
      }
    } catch (IOException | RuntimeException e) {
      // The client went away (it timed out), or the server is stopping: nothing to answer.
    }
  }

  private static void sleep(long millis) {
    if (millis <= 0) return;
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("server stopping");
    }
  }

  private static void send(HttpExchange ex, int code, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(code, body.length);
    ex.getResponseBody().write(body);
  }

  private static byte[] completion(String model, Ok ok, int id) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("id", "chatcmpl-" + id);
      g.writeStringField("object", "chat.completion");
      g.writeStringField("model", model);
      g.writeArrayFieldStart("choices");
      g.writeStartObject();
      g.writeNumberField("index", 0);
      g.writeObjectFieldStart("message");
      g.writeStringField("role", "assistant");
      g.writeStringField("content", ok.content());
      if (ok.reasoning() != null) g.writeStringField("reasoning_content", ok.reasoning());
      g.writeEndObject();
      g.writeStringField("finish_reason", ok.finishReason());
      g.writeEndObject();
      g.writeEndArray();
      g.writeObjectFieldStart("usage");
      g.writeNumberField("prompt_tokens", 7);
      g.writeNumberField("completion_tokens", ok.content().length() / 4 + 1);
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
