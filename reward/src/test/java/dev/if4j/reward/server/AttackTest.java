package dev.if4j.reward.server;

import static dev.if4j.reward.server.ServerTesting.NO_COMMA;
import static dev.if4j.reward.server.ServerTesting.quote;
import static dev.if4j.reward.server.ServerTesting.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.reward.JsonTree;
import dev.if4j.reward.RewardConfig;
import dev.if4j.reward.RewardFunction;
import dev.if4j.reward.RewardTesting;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The server half of the attack suite (docs/security.md, "Reward server"): each attack runs against
 * a live server on 127.0.0.1 for a few seconds while a normal client keeps sending one-sample
 * requests on fresh connections, and every one of those must be answered 200 within {@link #BOUND}.
 *
 * <p>The limits are scaled down (48 connections, a 1 s header deadline, 4 request slots) so that
 * each attack uses more than the limit it targets in a few seconds on two cores; the attackers use
 * about 100 sockets (the test runs with {@code ulimit -n} of 1,024 or more).
 */
@Timeout(120)
class AttackTest {
  static final String TOKEN = "attack-test-token";
  static final int MAX_CONNECTIONS = 48;
  static final Duration HEADER_TIMEOUT = Duration.ofSeconds(1);
  /** Slow bodies at once: more than the two workers, so that a body holding anything would show. */
  static final int SLOW_BODIES = 12;
  /** A normal request's latency bound under attack: the header deadline plus generous slack for a busy 2-core machine. */
  static final long BOUND = 3_000;
  static final Duration ATTACK = Duration.ofSeconds(4);

  static RewardServer server;

  @BeforeAll
  static void start() throws Exception {
    ServerConfig config = ServerConfig.defaults().withPort(0).withThreads(2).withToken(TOKEN)
        .withDrainTimeout(Duration.ofSeconds(2))
        .withConnections(new ServerConfig.ConnectionLimits(MAX_CONNECTIONS, HEADER_TIMEOUT, Duration.ofSeconds(2), 64 * 1024))
        .withSamples(new ServerConfig.SampleLimits(64, 65_536));
    RewardConfig scoring = RewardConfig.defaults().withSampleTimeout(Duration.ofMillis(300));
    server = RewardServer.start(new RewardFunction(RewardTesting.IFEVAL, scoring), config);
  }

  @AfterAll
  static void stop() {
    server.drain(Duration.ofSeconds(2));
  }

  @Test
  void slowLorisConnectionsAreClosedAtTheirHeaderDeadlineAndEvictedPastTheLimit() throws Exception {
    int attackers = MAX_CONNECTIONS + 16;
    long timeoutsBefore = headerTimeouts();
    long evictedBefore = evicted();
    Outcome o = underAttack(attackers, socket -> {
      OutputStream out = socket.getOutputStream();
      out.write("POST /v1/score HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
      for (int line = 0; ; line++) {
        Thread.sleep(200);
        out.write(("X-Dribble-" + line + ": a\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
      }
    });
    o.assertNormalClientServed();
    assertThat(o.closedByServer.get()).as("loris connections closed by the server").isGreaterThanOrEqualTo(attackers);
    assertThat(headerTimeouts() - timeoutsBefore + evicted() - evictedBefore).as("closed by deadline or eviction").isPositive();
    assertThat(o.maxOpen.get()).as("open connections").isLessThanOrEqualTo(MAX_CONNECTIONS + 8);
  }

  @Test
  void moreIdleConnectionsThanTheLimitOnlyEvictEachOther() throws Exception {
    int attackers = 2 * MAX_CONNECTIONS;
    long evictedBefore = evicted();
    Outcome o = underAttack(attackers, socket -> {
      // Connect and say nothing; the server closes the connection (read returns -1).
      while (socket.getInputStream().read() >= 0) {
        // an answer to nothing cannot come; keep reading until closed
      }
      throw new IOException("closed");
    });
    o.assertNormalClientServed();
    assertThat(evicted() - evictedBefore).as("idle connections evicted").isPositive();
    assertThat(o.maxOpen.get()).as("open connections").isLessThanOrEqualTo(MAX_CONNECTIONS + 8);
  }

  @Test
  void pastTheLimitIdleKeepAliveConnectionsAreClosedBeforeHeadersInProgress() throws Exception {
    long evictedBefore = evicted();
    long timeoutsBefore = headerTimeouts();
    List<Socket> idle = new ArrayList<>();
    List<Socket> headers = new ArrayList<>();
    try {
      // 36 kept-alive connections that made one request each and wait, 8 sending a header slowly.
      for (int i = 0; i < 36; i++) {
        Socket s = connect();
        s.getOutputStream().write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        readResponse(s.getInputStream());
        idle.add(s);
      }
      for (int i = 0; i < 8; i++) {
        Socket s = connect();
        s.getOutputStream().write("POST /v1/score HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
        headers.add(s);
      }
      Thread.sleep(150); // past the grace of a header in progress
      // Then more new connections than the 4 places left: room must be made.
      List<Socket> newcomers = new ArrayList<>();
      for (int i = 0; i < 12; i++) newcomers.add(connect());
      Thread.sleep(300);
      // Headers first: they are within their 1 s deadline only for a few hundred milliseconds more.
      int headersClosed = closedCount(headers);
      int idleClosed = closedCount(idle);
      assertThat(evicted() - evictedBefore).isPositive();
      assertThat(idleClosed).as("idle keep-alive connections closed for room").isPositive();
      // A header in progress may meet its 1 s deadline on a stalled machine, but is never closed for room
      // while idle connections are left.
      assertThat(headersClosed).as("headers in progress closed while idle ones were left")
          .isLessThanOrEqualTo((int) (headerTimeouts() - timeoutsBefore));
      assertThat(idleClosed).as("idle ones left").isLessThan(idle.size());
      for (Socket s : newcomers) s.close();
    } finally {
      for (Socket s : idle) s.close();
      for (Socket s : headers) s.close();
    }
  }

  private static Socket connect() throws IOException {
    Socket s = new Socket();
    s.connect(new InetSocketAddress("127.0.0.1", server.port()), 2_000);
    return s;
  }

  /** How many of {@code sockets} the server has closed (a read sees the end of the stream). */
  private static int closedCount(List<Socket> sockets) throws IOException {
    int closed = 0;
    for (Socket s : sockets) {
      s.setSoTimeout(1);
      try {
        if (s.getInputStream().read() < 0) closed++;
      } catch (SocketTimeoutException open) {
        // still open
      } catch (IOException reset) {
        closed++;
      }
    }
    return closed;
  }

  /** Reads one response (headers and a Content-Length body) off a kept-alive connection. */
  private static void readResponse(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) throw new IOException("closed mid-response");
      head.append((char) b);
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
    int length = m.find() ? Integer.parseInt(m.group(1)) : 0;
    in.readNBytes(length);
  }

  @Test
  void slowBodiesBlockNobodyAndAreCutOffAtTheMinimumRate() throws Exception {
    int attackers = SLOW_BODIES;
    long slowBefore = server.metrics().rejectedCount("too_slow");
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    Outcome o = underAttack(attackers, socket -> {
      OutputStream out = socket.getOutputStream();
      out.write(("POST /v1/score HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
          + "\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      byte[] dribble = new byte[512];
      java.util.Arrays.fill(dribble, (byte) ' ');
      socket.setSoTimeout(50);
      while (true) {
        out.write(dribble); // 5 KiB/s: far below the 64 KiB/s minimum
        out.flush();
        try {
          int status = readStatus(socket.getInputStream());
          statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
          throw new IOException("answered " + status);
        } catch (SocketTimeoutException notYet) {
          Thread.sleep(50);
        }
      }
    });
    o.assertNormalClientServed();
    assertThat(server.metrics().rejectedCount("too_slow") - slowBefore).as("slow bodies cut off").isGreaterThanOrEqualTo(attackers);
    assertThat(statuses.keySet()).as("what the slow bodies got").containsOnly(408);
  }

  @Test
  void aQuadraticPromptSearchIsLinearAndBlocksNobody() throws Exception {
    // A near miss for a restart-from-scratch search: the prompt matches the query everywhere but in
    // its middle, so each start position costs half the prompt.
    String half = "a".repeat(16 * 1024);
    String prompt = half + "b" + half;
    String query = "a".repeat(2 << 20);
    String body = "{\"query\": [" + quote(query) + "], \"prompts\": [" + quote(prompt) + "], \"labels\": [" + NO_COMMA + "]}";
    ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
    try {
      List<Future<Integer>> attacks = new ArrayList<>();
      long t0 = System.nanoTime();
      for (int i = 0; i < 3; i++) attacks.add(pool.submit(() -> request("/get_reward", body).status()));
      Normal normal = Normal.run(Duration.ofMillis(1_500));
      for (Future<Integer> a : attacks) assertThat(a.get()).isEqualTo(400);
      long millis = (System.nanoTime() - t0) / 1_000_000;
      assertThat(millis).as("three 2 Mi-character queries searched").isLessThan(BOUND);
      normal.assertServed();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aSampleWithTooManyInstructionsIsRefusedNamingIt() throws Exception {
    StringBuilder ids = new StringBuilder();
    StringBuilder kwargs = new StringBuilder();
    for (int i = 0; i < 65; i++) {
      ids.append(i == 0 ? "" : ", ").append("\"punctuation:no_comma\"");
      kwargs.append(i == 0 ? "" : ", ").append("{}");
    }
    String gt = "{\"instruction_id_list\": [" + ids + "], \"kwargs\": [" + kwargs + "]}";
    Reply r = request("/v1/score", "{\"samples\": [" + sample("x", NO_COMMA) + ", " + sample("x", gt) + "]}");
    assertThat(r.status()).isEqualTo(400);
    Map<String, Object> error = r.error();
    assertThat(error).containsEntry("field", "samples[1].ground_truth").containsEntry("sample", 1L);
    assertThat((String) error.get("message")).contains("65 instructions").contains("at most 64");

    String keyword = "k".repeat(65_537);
    String longArg = "{\"instruction_id_list\": [\"keywords:existence\"], \"kwargs\": [{\"keywords\": [\"a\", " + quote(keyword) + "]}]}";
    Reply arg = request("/v1/score", "{\"samples\": [" + sample("x", longArg) + "]}");
    assertThat(arg.status()).isEqualTo(400);
    assertThat(arg.error()).containsEntry("field", "samples[0].ground_truth.kwargs[0].keywords[1]");
  }

  @Test
  void heavySamplesAtTheLimitsTimeOutWithoutStallingOtherBatches() throws Exception {
    // Ten samples of 64 instructions each on a 262 KB response, one with a 20,000-character
    // near-miss keyword: the instructions' costs add up, and the keyword search is the worst case
    // of a restart-from-scratch search. Each sample has 300 ms.
    String response = "a ".repeat(131_072);
    String nearMiss = "a ".repeat(5_000) + "b" + " a".repeat(5_000);
    StringBuilder samples = new StringBuilder();
    for (int s = 0; s < 10; s++) {
      StringBuilder ids = new StringBuilder();
      StringBuilder kwargs = new StringBuilder();
      for (int i = 0; i < 64; i++) {
        String sep = i == 0 ? "" : ", ";
        if (s == 0 && i == 0) {
          ids.append(sep).append("\"keywords:frequency\"");
          kwargs.append(sep).append("{\"keyword\": ").append(quote(nearMiss)).append(", \"frequency\": 1, \"relation\": \"at least\"}");
        } else {
          ids.append(sep).append(i % 2 == 0 ? "\"length_constraints:number_sentences\"" : "\"detectable_format:number_highlighted_sections\"");
          kwargs.append(sep).append(i % 2 == 0 ? "{\"num_sentences\": 3, \"relation\": \"at least\"}" : "{\"num_highlights\": 2}");
        }
      }
      samples.append(s == 0 ? "" : ", ").append(sample(response, "{\"instruction_id_list\": [" + ids + "], \"kwargs\": [" + kwargs + "]}"));
    }
    String heavy = "{\"samples\": [" + samples + "]}";
    StringBuilder normalBatch = new StringBuilder();
    for (int i = 0; i < 63; i++) normalBatch.append(i == 0 ? "" : ", ").append(sample(i % 2 == 0 ? "a, b" : "a b", NO_COMMA));
    ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
    try {
      long t0 = System.nanoTime();
      Future<Reply> attack = pool.submit(() -> request("/v1/score", heavy));
      Thread.sleep(100);
      long n0 = System.nanoTime();
      Reply normal = request("/v1/score", "{\"samples\": [" + normalBatch + "]}");
      long normalMillis = (System.nanoTime() - n0) / 1_000_000;
      assertThat(normal.status()).isEqualTo(200);
      assertThat(normal.results()).hasSize(63);
      assertThat(normalMillis).as("a normal 63-sample batch next to the heavy one").isLessThan(BOUND);
      Reply heavyReply = attack.get();
      assertThat(heavyReply.status()).isEqualTo(200);
      assertThat(heavyReply.results()).hasSize(10);
      assertThat(heavyReply.results().get(0).get("guard")).as("the near-miss sample").isIn("timeout", null);
      assertThat((System.nanoTime() - t0) / 1_000_000).as("the heavy request, 10 samples of <= 300 ms on 2 workers")
          .isLessThan(10 * 300 / 2 + BOUND);
      Normal.run(Duration.ofMillis(500)).assertServed();
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- the normal client and the attack harness ----

  interface Behaviour {
    void run(Socket socket) throws Exception;
  }

  record Outcome(Normal normal, AtomicInteger closedByServer, AtomicInteger maxOpen) {
    void assertNormalClientServed() {
      normal.assertServed();
    }
  }

  /**
   * Runs {@code attackers} connections doing {@code behaviour} (each reconnecting when the server
   * closes it) for {@link #ATTACK}, while the normal client sends requests.
   */
  static Outcome underAttack(int attackers, Behaviour behaviour) throws Exception {
    AtomicInteger closed = new AtomicInteger();
    AtomicInteger maxOpen = new AtomicInteger();
    long end = System.nanoTime() + ATTACK.toNanos();
    ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
    List<Socket> sockets = java.util.Collections.synchronizedList(new ArrayList<>());
    try {
      for (int i = 0; i < attackers; i++) {
        pool.submit(() -> {
          while (System.nanoTime() < end) {
            try (Socket s = new Socket()) {
              sockets.add(s);
              s.connect(new InetSocketAddress("127.0.0.1", server.port()), 2_000);
              behaviour.run(s);
            } catch (InterruptedException e) {
              return null;
            } catch (Exception e) {
              if (System.nanoTime() < end) closed.incrementAndGet();
            }
          }
          return null;
        });
      }
      Thread.sleep(300); // let the attack build up
      Thread watcher = Thread.ofVirtual().start(() -> {
        while (System.nanoTime() < end) {
          maxOpen.accumulateAndGet(server.openConnections(), Math::max);
          try {
            Thread.sleep(20);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      Normal normal = Normal.run(Duration.ofNanos(end - System.nanoTime()));
      watcher.join();
      return new Outcome(normal, closed, maxOpen);
    } finally {
      pool.shutdownNow();
      synchronized (sockets) {
        for (Socket s : sockets) {
          try {
            s.close();
          } catch (IOException ignored) {
            // closing is all we wanted
          }
        }
      }
    }
  }

  /**
   * A normal client: one-sample requests on fresh connections, one after another, for a while. A
   * connection closed before any answer (made room for under a connection flood) is retried at
   * once, as HTTP clients retry a request the server never took; the latency counts the retries.
   */
  record Normal(List<Integer> statuses, long maxMillis, List<String> failures, int reconnects) {
    static Normal run(Duration d) {
      List<Integer> statuses = new ArrayList<>();
      List<String> failures = new ArrayList<>();
      int reconnects = 0;
      long max = 0;
      long end = System.nanoTime() + d.toNanos();
      String body = "{\"samples\": [" + sample("a b", NO_COMMA) + "]}";
      while (System.nanoTime() < end) {
        long t0 = System.nanoTime();
        for (int attempt = 0; ; attempt++) {
          try {
            statuses.add(request("/v1/score", body).status());
            break;
          } catch (NotTaken e) {
            if (attempt == 4) {
              failures.add(e.toString());
              break;
            }
            reconnects++;
          } catch (IOException e) {
            failures.add(e.toString());
            break;
          }
        }
        max = Math.max(max, (System.nanoTime() - t0) / 1_000_000);
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      return new Normal(statuses, max, failures, reconnects);
    }

    void assertServed() {
      String seen = "statuses " + statuses + ", failures " + failures + ", slowest " + maxMillis + " ms, reconnects "
          + reconnects;
      System.out.println("AttackTest normal client: " + statuses.size() + " requests, " + seen.substring(seen.indexOf("failures")));
      assertThat(failures).as(seen).isEmpty();
      assertThat(statuses).as(seen).isNotEmpty().containsOnly(200);
      assertThat(maxMillis).as(seen).isLessThan(BOUND);
    }
  }

  record Reply(int status, String body) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> results() throws IOException {
      return (List<Map<String, Object>>) ((Map<String, Object>) JsonTree.parse(body)).get("results");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> error() throws IOException {
      return (Map<String, Object>) ((Map<String, Object>) JsonTree.parse(body)).get("error");
    }
  }

  /** One request on a fresh connection (Connection: close), with the token, within {@link #BOUND} plus the scoring time. */
  static Reply request(String path, String body) throws IOException {
    byte[] payload = body.getBytes(StandardCharsets.UTF_8);
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", server.port()), (int) BOUND);
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
          + "\r\nContent-Type: application/json\r\nContent-Length: " + payload.length + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.write(payload);
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.UTF_8);
      if (text.isEmpty()) throw new NotTaken();
      int status = Integer.parseInt(text.substring(9, 12));
      int bodyAt = text.indexOf("\r\n\r\n");
      return new Reply(status, bodyAt < 0 ? "" : text.substring(bodyAt + 4));
    }
  }

  /** The server closed the connection without an answer: it never took the request. */
  static final class NotTaken extends IOException {
    private static final long serialVersionUID = 1L;

    NotTaken() {
      super("connection closed before any answer");
    }
  }

  /** The status of the response that starts on {@code in}. */
  static int readStatus(InputStream in) throws IOException {
    byte[] line = new byte[12];
    int n = 0;
    while (n < 12) {
      int r = in.read(line, n, 12 - n);
      if (r < 0) throw new IOException("closed before a status line");
      n += r;
    }
    return Integer.parseInt(new String(line, 9, 3, StandardCharsets.US_ASCII));
  }

  private static long headerTimeouts() {
    return counter("if4j_reward_header_timeouts_total");
  }

  private static long evicted() {
    return counter("if4j_reward_connections_evicted_total");
  }

  private static long counter(String name) {
    for (String line : server.metrics().render().split("\n")) {
      if (line.startsWith(name + " ")) return (long) Double.parseDouble(line.substring(name.length() + 1).trim());
    }
    throw new AssertionError("no metric " + name + " in " + server.metrics().render());
  }
}
