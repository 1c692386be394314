package dev.if4j.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.llm.loopback.LoopbackServer;
import dev.if4j.llm.loopback.LoopbackServer.Drop;
import dev.if4j.llm.loopback.LoopbackServer.Raw;
import dev.if4j.llm.loopback.LoopbackServer.Status;
import dev.if4j.llm.loopback.LoopbackServer.Truncated;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ChatClientTest {
  private static final RetryPolicy FAST = new RetryPolicy(4, Duration.ofMillis(5), Duration.ofMillis(40));

  private static ChatClient client(LoopbackServer server, Duration timeout, RetryPolicy retry) {
    return new ChatClient(new ChatClient.Config(ChatClient.chatCompletionsUri(server.base().toString()), "sk-test",
        timeout, Duration.ofSeconds(5), retry));
  }

  private static ChatRequest request(String text) {
    return new ChatRequest("m", List.of(ChatMessage.user(text)), Sampling.defaults(), null);
  }

  private static Completion complete(ChatClient c, ChatRequest r, ChatClient.Listener l) throws Exception {
    try {
      return c.complete(r, l).get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw (Exception) e.getCause();
    }
  }

  @Test
  void theBodyCarriesModelMessagesSamplingSeedAndExtraFields() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(LoopbackServer.instant(), 4);
        ChatClient c = client(server, Duration.ofSeconds(5), FAST)) {
      Sampling s = new Sampling(0.7, 0.9, 256, 40L, List.of("###"), Map.of("top_k", 20,
          "chat_template_kwargs", Map.of("enable_thinking", false)));
      ChatRequest r = new ChatRequest("qwen", List.of(ChatMessage.system("be brief"), ChatMessage.user("hé")), s,
          s.seedFor(2));

      Completion done = complete(c, r, ChatClient.Listener.NONE);

      assertThat(done.content()).isEqualTo("answer to [hé] turns=2 seed=42");
      assertThat(done.finishReason()).isEqualTo("stop");
      var body = server.log().get(0).body();
      assertThat(body.get("model").asText()).isEqualTo("qwen");
      assertThat(body.get("messages").get(0).get("role").asText()).isEqualTo("system");
      assertThat(body.get("temperature").asDouble()).isEqualTo(0.7);
      assertThat(body.get("top_p").asDouble()).isEqualTo(0.9);
      assertThat(body.get("max_tokens").asInt()).isEqualTo(256);
      assertThat(body.get("seed").asLong()).isEqualTo(42);
      assertThat(body.get("stop").get(0).asText()).isEqualTo("###");
      assertThat(body.get("top_k").asInt()).isEqualTo(20);
      assertThat(body.get("chat_template_kwargs").get("enable_thinking").asBoolean()).isFalse();
    }
  }

  @Test
  void unsetSamplingFieldsAreLeftToTheServer() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(LoopbackServer.instant(), 2);
        ChatClient c = client(server, Duration.ofSeconds(5), FAST)) {
      complete(c, request("x"), ChatClient.Listener.NONE);
      assertThat(server.log().get(0).body().fieldNames()).toIterable().containsExactly("model", "messages");
    }
  }

  @Test
  void extraFieldsMayNotOverrideWhatIf4jSets() {
    assertThatThrownBy(() -> new Sampling(null, null, null, null, List.of(), Map.of("messages", 1)))
        .hasMessageContaining("'messages'");
  }

  @Test
  void endpointsMayBeGivenAsRootApiRootOrFullPath() {
    assertThat(ChatClient.chatCompletionsUri("http://127.0.0.1:8000")).hasToString("http://127.0.0.1:8000/v1/chat/completions");
    assertThat(ChatClient.chatCompletionsUri("http://127.0.0.1:8000/v1/")).hasToString("http://127.0.0.1:8000/v1/chat/completions");
    assertThat(ChatClient.chatCompletionsUri("https://h/openai/v1/chat/completions")).hasToString("https://h/openai/v1/chat/completions");
    assertThatThrownBy(() -> ChatClient.chatCompletionsUri("localhost:8000")).hasMessageContaining("http");
  }

  /** Each scripted failure fails the first two attempts of a body; the third succeeds. */
  private static void retriedUntilSuccess(LoopbackServer.Reply failure, CallFailure.Kind expected, Duration timeout)
      throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> r.attempt() <= 2 ? failure : LoopbackServer.ok("fine"), 4);
        ChatClient c = client(server, timeout, FAST)) {
      AtomicInteger retries = new AtomicInteger();
      java.util.List<CallFailure.Kind> kinds = new java.util.concurrent.CopyOnWriteArrayList<>();
      Completion done = complete(c, request("q"), (f, attempt, delay) -> {
        retries.incrementAndGet();
        kinds.add(f.kind());
        assertThat(delay).isBetween(0L, 40L);
      });
      assertThat(done.content()).isEqualTo("fine");
      assertThat(retries).hasValue(2);
      assertThat(kinds).containsOnly(expected);
    }
  }

  @Test
  void rateLimitsAreRetried() throws Exception {
    retriedUntilSuccess(new Status(429, "0", 0), CallFailure.Kind.RATE_LIMITED, Duration.ofSeconds(5));
  }

  @Test
  void serverErrorsAreRetried() throws Exception {
    retriedUntilSuccess(new Status(500, null, 0), CallFailure.Kind.SERVER_ERROR, Duration.ofSeconds(5));
  }

  @Test
  void timeoutsAreRetried() throws Exception {
    retriedUntilSuccess(new LoopbackServer.Ok("late", null, "stop", 2_000), CallFailure.Kind.TIMEOUT,
        Duration.ofMillis(300));
  }

  @Test
  void malformedBodiesAreRetried() throws Exception {
    retriedUntilSuccess(new Raw(200, "<html>502 Bad Gateway</html>"), CallFailure.Kind.MALFORMED, Duration.ofSeconds(5));
    retriedUntilSuccess(new Raw(200, "{\"choices\": []}"), CallFailure.Kind.MALFORMED, Duration.ofSeconds(5));
  }

  @Test
  void droppedConnectionsAreRetried() throws Exception {
    retriedUntilSuccess(new Drop(), CallFailure.Kind.CONNECTION, Duration.ofSeconds(5));
    retriedUntilSuccess(new Truncated(), CallFailure.Kind.CONNECTION, Duration.ofSeconds(5));
  }

  @Test
  void aClientErrorFailsAtOnce() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> new Status(400, null, 0), 2);
        ChatClient c = client(server, Duration.ofSeconds(5), FAST)) {
      assertThatThrownBy(() -> complete(c, request("q"), ChatClient.Listener.NONE))
          .isInstanceOfSatisfying(ChatException.class, e -> {
            assertThat(e.failure().kind()).isEqualTo(CallFailure.Kind.CLIENT_ERROR);
            assertThat(e.failure().status()).isEqualTo(400);
            assertThat(e.failure().message()).contains("scripted 400");
            assertThat(e.attempts()).isEqualTo(1);
          });
      assertThat(server.requests()).isEqualTo(1);
    }
  }

  @Test
  void aPersistentFailureEndsAfterTheLastAttempt() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> new Status(503, null, 0), 2);
        ChatClient c = client(server, Duration.ofSeconds(5), FAST)) {
      assertThatThrownBy(() -> complete(c, request("q"), ChatClient.Listener.NONE))
          .isInstanceOfSatisfying(ChatException.class, e -> {
            assertThat(e.failure().kind()).isEqualTo(CallFailure.Kind.SERVER_ERROR);
            assertThat(e.attempts()).isEqualTo(4);
          });
      assertThat(server.requests()).isEqualTo(4);
    }
  }

  @Test
  void aRefusedConnectionIsAConnectionFailure() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    try (ChatClient c = new ChatClient(new ChatClient.Config(URI.create("http://127.0.0.1:" + port + "/v1/chat/completions"),
        null, Duration.ofSeconds(2), Duration.ofSeconds(2), new RetryPolicy(2, Duration.ZERO, Duration.ZERO)))) {
      assertThatThrownBy(() -> complete(c, request("q"), ChatClient.Listener.NONE))
          .isInstanceOfSatisfying(ChatException.class, e -> {
            assertThat(e.failure().kind()).isEqualTo(CallFailure.Kind.CONNECTION);
            assertThat(e.attempts()).isEqualTo(2);
          });
    }
  }

  @Test
  void reasoningSentApartAndANullContentAreRead() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> new Raw(200,
        "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":null,\"reasoning_content\":\"hmm\"},"
            + "\"finish_reason\":\"length\"}]}"), 2);
        ChatClient c = client(server, Duration.ofSeconds(5), FAST)) {
      Completion done = complete(c, request("q"), ChatClient.Listener.NONE);
      assertThat(done).isEqualTo(new Completion("", "hmm", "length", -1, -1));
    }
  }
}
