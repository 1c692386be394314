package dev.if4j.llm.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.llm.ChatClient;
import dev.if4j.llm.RetryPolicy;
import dev.if4j.llm.loopback.LoopbackServer;
import dev.if4j.llm.loopback.LoopbackServer.Ok;
import dev.if4j.llm.loopback.LoopbackServer.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LlmJudgeTest {
  @TempDir Path dir;

  private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20));

  private static LlmJudge judge(LoopbackServer server, JudgeCache cache, int concurrency) {
    ChatClient client = new ChatClient(new ChatClient.Config(ChatClient.chatCompletionsUri(server.base().toString()),
        null, Duration.ofSeconds(5), Duration.ofSeconds(5), FAST));
    return new LlmJudge(client, LlmJudge.Config.verif("judge-m").withConcurrency(concurrency), cache);
  }

  private static JudgeOutcome get(CompletableFuture<JudgeOutcome> f) throws Exception {
    return f.get(30, TimeUnit.SECONDS);
  }

  /** Says [[1]] when the response contains "good", else [[0]]. */
  private static LoopbackServer.Script grader() {
    return r -> LoopbackServer.ok(r.lastMessage().contains("GOOD") ? "[[1]] fine" : "The answer fails. [[0]]");
  }

  @Test
  void sendsVerifsSamplingAndReadsTheVerdict() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(grader(), 2);
        LlmJudge j = judge(server, JudgeCache.inMemory(), 4)) {
      JudgeOutcome yes = get(j.judge("Write.", "a GOOD answer", List.of("[llm] Be good.")));
      JudgeOutcome no = get(j.judge("Write.", "a bad answer", List.of("[llm] Be good.")));

      assertThat(yes.verdict()).isEqualTo(1);
      assertThat(no.verdict()).isZero();
      var body = server.log().get(0).body();
      assertThat(body.get("model").asText()).isEqualTo("judge-m");
      assertThat(body.get("temperature").asDouble()).isZero();
      assertThat(body.get("max_tokens").asInt()).isEqualTo(4096);
      assertThat(body.get("messages")).hasSize(1);
      assertThat(body.get("messages").get(0).get("role").asText()).isEqualTo("user");
      assertThat(server.log().get(0).lastMessage()).contains("Write.").contains("a GOOD answer").contains("[llm] Be good.");
    }
  }

  @Test
  void aReplyWithoutVerdictIsZeroNotAFailure() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> LoopbackServer.ok("Yes."), 2);
        LlmJudge j = judge(server, JudgeCache.inMemory(), 4)) {
      JudgeOutcome o = get(j.judge("i", "r", List.of()));
      assertThat(o.failed()).isFalse();
      assertThat(o.verdict()).isZero();
    }
  }

  @Test
  void aCallThatFailsAfterItsRetriesIsAFailedOutcomeAndNotCached() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> new Status(503, null, 0), 2);
        LlmJudge j = judge(server, JudgeCache.inMemory(), 4)) {
      JudgeOutcome o = get(j.judge("i", "r", List.of()));
      assertThat(o.failed()).isTrue();
      assertThat(o.failure()).contains("503").contains("3 attempts");
      assertThat(server.requests()).isEqualTo(3);
      assertThat(j.failures()).isEqualTo(1);
      assertThat(j.cache().size()).isZero();
    }
  }

  @Test
  void identicalCallsHitTheCacheAndCallsInFlightAreShared() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> new Ok("[[1]]", null, "stop", 200), 4);
        LlmJudge j = judge(server, JudgeCache.inMemory(), 8)) {
      List<CompletableFuture<JudgeOutcome>> all = new ArrayList<>();
      for (int i = 0; i < 10; i++) all.add(j.judge("i", "same response", List.of("c")));
      for (var f : all) assertThat(get(f).verdict()).isEqualTo(1);
      assertThat(server.requests()).isEqualTo(1);
      assertThat(get(j.judge("i", "same response", List.of("c"))).cached()).isTrue();
      assertThat(server.requests()).isEqualTo(1);
      assertThat(j.cacheMisses()).isEqualTo(1);
      assertThat(j.cacheHits()).isEqualTo(10);
      get(j.judge("i", "other response", List.of("c")));
      assertThat(server.requests()).isEqualTo(2);
    }
  }

  @Test
  void theCacheKeyCoversModelSamplingAndPrompt() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(grader(), 2);
        LlmJudge a = judge(server, JudgeCache.inMemory(), 1)) {
      ChatClient c = new ChatClient(new ChatClient.Config(ChatClient.chatCompletionsUri(server.base().toString()),
          null, Duration.ofSeconds(5), Duration.ofSeconds(5), FAST));
      try (LlmJudge b = new LlmJudge(c, LlmJudge.Config.verif("other-model"), JudgeCache.inMemory())) {
        assertThat(a.key("p")).isNotEqualTo(b.key("p")).hasSize(64);
        assertThat(a.key("p")).isNotEqualTo(a.key("q"));
      }
    }
  }

  @Test
  void theCachePersistsAcrossRestartsAndToleratesATornLastLine() throws Exception {
    Path file = dir.resolve("judge-cache.jsonl");
    try (LoopbackServer server = LoopbackServer.start(grader(), 2)) {
      try (JudgeCache cache = JudgeCache.open(file); LlmJudge j = judge(server, cache, 2)) {
        get(j.judge("i", "GOOD", List.of("c")));
        get(j.judge("i", "bad", List.of("c")));
      }
      assertThat(server.requests()).isEqualTo(2);
      assertThat(Files.readAllLines(file)).hasSize(2);
      // A crash while writing a third line.
      Files.writeString(file, "{\"key\": \"abc", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
      try (JudgeCache cache = JudgeCache.open(file); LlmJudge j = judge(server, cache, 2)) {
        assertThat(cache.loaded()).isEqualTo(2);
        assertThat(cache.cutTornLine()).isTrue();
        JudgeOutcome good = get(j.judge("i", "GOOD", List.of("c")));
        assertThat(good.verdict()).isEqualTo(1);
        assertThat(good.cached()).isTrue();
        assertThat(get(j.judge("i", "bad", List.of("c"))).verdict()).isZero();
        assertThat(server.requests()).isEqualTo(2);
        get(j.judge("i", "GOOD again", List.of("c")));
        assertThat(server.requests()).isEqualTo(3);
      }
      List<String> lines = Files.readAllLines(file);
      assertThat(lines).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("{\"key\":\"").endsWith("}"));
    }
  }

  @Test
  void aBadLineBeforeTheLastIsAnErrorNamingTheLine() throws IOException {
    Path file = dir.resolve("bad.jsonl");
    Files.writeString(file, "{\"key\":\"a\",\"verdict\":1}\nnot json\n{\"key\":\"b\",\"verdict\":0}\n");
    assertThatThrownBy(() -> JudgeCache.open(file)).isInstanceOf(IOException.class).hasMessageContaining("bad.jsonl:2");
  }

  @Test
  void aWholeLastLineThatDoesNotParseIsCutAsATornWrite() throws IOException {
    Path file = dir.resolve("half.jsonl");
    Files.writeString(file, "{\"key\":\"a\",\"verdict\":1}\n\n{\"key\":\"b\",\"ver\n");
    try (JudgeCache cache = JudgeCache.open(file)) {
      assertThat(cache.loaded()).isEqualTo(1);
      assertThat(cache.cutTornLine()).isTrue();
      assertThat(cache.get("a")).isEqualTo(1L);
      cache.put("c", 0);
    }
    assertThat(Files.readString(file)).isEqualTo("{\"key\":\"a\",\"verdict\":1}\n\n{\"key\":\"c\",\"verdict\":0}\n");
    try (JudgeCache cache = JudgeCache.open(file)) {
      assertThat(cache.loaded()).isEqualTo(2);
      assertThat(cache.cutTornLine()).isFalse();
    }
  }

  @Test
  void requestsInFlightAreBounded() throws Exception {
    AtomicInteger now = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    LoopbackServer.Script slow = r -> {
      int n = now.incrementAndGet();
      peak.accumulateAndGet(n, Math::max);
      try {
        Thread.sleep(30);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      now.decrementAndGet();
      return LoopbackServer.ok("[[1]]");
    };
    try (LoopbackServer server = LoopbackServer.start(slow, 16);
        LlmJudge j = judge(server, JudgeCache.inMemory(), 3)) {
      List<CompletableFuture<JudgeOutcome>> all = new ArrayList<>();
      for (int i = 0; i < 12; i++) all.add(j.judge("i", "r" + i, List.of()));
      for (var f : all) assertThat(get(f).verdict()).isEqualTo(1);
      assertThat(peak.get()).isLessThanOrEqualTo(3).isGreaterThan(1);
      assertThat(j.queued()).isZero();
    }
  }

  @Test
  void policiesHaveWireNames() {
    assertThat(JudgePolicy.parse("EXCLUDE")).isEqualTo(JudgePolicy.EXCLUDE);
    assertThatThrownBy(() -> JudgePolicy.parse("skip")).hasMessageContaining("fail, exclude, zero");
  }
}
