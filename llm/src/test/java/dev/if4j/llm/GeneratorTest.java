package dev.if4j.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.llm.loopback.LoopbackServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {
  @TempDir Path dir;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final RetryPolicy FAST = new RetryPolicy(5, Duration.ofMillis(2), Duration.ofMillis(20));

  private static ChatClient client(LoopbackServer server, Duration timeout, RetryPolicy retry) {
    return new ChatClient(new ChatClient.Config(ChatClient.chatCompletionsUri(server.base().toString()), null,
        timeout, Duration.ofSeconds(5), retry));
  }

  private static List<Generator.Job> jobs(int prompts, int samples) {
    List<Generator.Job> jobs = new ArrayList<>();
    for (int p = 0; p < prompts; p++) {
      for (int s = 0; s < samples; s++) {
        jobs.add(new Generator.Job(new RecordKey("k" + p, s), "prompt " + p, List.of(ChatMessage.user("prompt " + p))));
      }
    }
    return jobs;
  }

  private static Generator.Settings settings(int concurrency, int budget) {
    return new Generator.Settings("m", new Sampling(null, null, null, 100L, List.of(), java.util.Map.of()),
        concurrency, budget, null);
  }

  private static List<JsonNode> lines(Path f) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    if (!Files.exists(f)) return out;
    for (String l : Files.readAllLines(f)) out.add(JSON.readTree(l));
    return out;
  }

  /**
   * A server that misbehaves in every way, by a fixed rule per (prompt, attempt): delays, 429s,
   * 500s, timeouts, malformed bodies, dropped and truncated connections; some prompts always get a
   * 400 or always time out. Every job must end with exactly one response or one error record.
   */
  @Test
  void underChaosEveryJobEndsWithOneResponseOrOneRecordedError() throws Exception {
    LoopbackServer.Script chaos = r -> {
      String m = r.lastMessage();
      int p = Integer.parseInt(m.substring("prompt ".length()));
      if (p % 17 == 3) return new LoopbackServer.Status(400, null, 0);
      if (p % 23 == 5) return new LoopbackServer.Ok("too late", null, "stop", 1_500);
      if (r.attempt() <= 2) {
        return switch ((p + r.attempt()) % 8) {
          case 0 -> new LoopbackServer.Status(429, "0", 0);
          case 1 -> new LoopbackServer.Status(500, null, 5);
          case 2 -> new LoopbackServer.Ok("slow", null, "stop", 1_500); // over the timeout
          case 3 -> new LoopbackServer.Raw(200, "{\"choices\": [");
          case 4 -> new LoopbackServer.Drop();
          case 5 -> new LoopbackServer.Truncated();
          case 6 -> new LoopbackServer.Status(502, null, 0);
          default -> new LoopbackServer.Ok(LoopbackServer.echo(r), null, "stop", 30);
        };
      }
      return new LoopbackServer.Ok(LoopbackServer.echo(r), null, "stop", p % 5);
    };
    Path out = dir.resolve("responses.jsonl");
    List<Generator.Job> jobs = jobs(60, 2);
    Generator.Result result;
    try (LoopbackServer server = LoopbackServer.start(chaos, 64);
        ChatClient c = client(server, Duration.ofMillis(400), FAST)) {
      result = new Generator(c, settings(16, 1000)).run(jobs, out, Generator.ProgressFactory.SILENT);
    }

    List<JsonNode> responses = lines(out);
    List<JsonNode> errors = lines(Generator.errorsFile(out));
    Set<String> seen = new HashSet<>();
    for (JsonNode n : responses) assertThat(seen.add(n.get("key").asText() + "#" + n.get("sample").asInt())).isTrue();
    for (JsonNode n : errors) assertThat(seen.add(n.get("key").asText() + "#" + n.get("sample").asInt())).isTrue();
    assertThat(seen).hasSize(jobs.size());
    // Prompts 3, 20, 37, 54 get a 400; 5, 28, 51 always time out: 7 prompts x 2 samples.
    assertThat(errors).hasSize(14);
    assertThat(errors).filteredOn(e -> e.get("error").asText().equals("client_error")).hasSize(8)
        .allSatisfy(e -> assertThat(e.get("attempts").asInt()).isEqualTo(1));
    assertThat(errors).filteredOn(e -> e.get("error").asText().equals("timeout")).hasSize(6)
        .allSatisfy(e -> assertThat(e.get("attempts").asInt()).isEqualTo(5));
    assertThat(result.completed()).isEqualTo(106);
    assertThat(result.failed()).isEqualTo(14);
    assertThat(result.retries()).isGreaterThan(100);
    // Output in job order, each response the deterministic answer to its own prompt and seed.
    List<String> order = responses.stream().map(n -> n.get("key").asText() + "#" + n.get("sample").asInt()).toList();
    List<String> expected = jobs.stream().map(j -> j.key().toString()).filter(order::contains).toList();
    assertThat(order).isEqualTo(expected);
    for (JsonNode n : responses) {
      assertThat(n.get("response").asText()).isEqualTo("answer to [" + n.get("prompt").asText() + "] turns=1 seed="
          + (100 + n.get("sample").asInt()));
    }
  }

  @Test
  void aResumedRunSkipsWhatIsDoneRepairsATornLineAndEndsWithTheSameBytes() throws Exception {
    List<Generator.Job> jobs = jobs(30, 2);
    Path whole = dir.resolve("whole.jsonl");
    Path resumed = dir.resolve("resumed.jsonl");
    try (LoopbackServer server = LoopbackServer.start(r -> new LoopbackServer.Ok(LoopbackServer.echo(r), null, "stop",
        r.number() % 7), 16); ChatClient c = client(server, Duration.ofSeconds(5), FAST)) {
      new Generator(c, settings(8, 0)).run(jobs, whole, Generator.ProgressFactory.SILENT);
      // A killed run: some records in completion order, and a torn last line.
      List<String> all = Files.readAllLines(whole);
      StringBuilder partial = new StringBuilder();
      for (int i : new int[] {7, 2, 40, 11, 3}) partial.append(all.get(i)).append('\n');
      partial.append(all.get(20), 0, 25);
      Files.writeString(resumed, partial);
      int before = server.requests();

      Generator.Result r = new Generator(c, settings(8, 0)).run(jobs, resumed, Generator.ProgressFactory.SILENT);

      assertThat(r.skipped()).isEqualTo(5);
      assertThat(r.completed()).isEqualTo(55);
      assertThat(r.repairedBytes()).isEqualTo(25);
      assertThat(server.requests() - before).isEqualTo(55);
    }
    assertThat(Files.readAllBytes(resumed)).isEqualTo(Files.readAllBytes(whole));
  }

  @Test
  void whenTheBudgetIsSpentNoNewJobStartsAndTheRunSaysSo() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(r -> new LoopbackServer.Status(401, null, 0), 4);
        ChatClient c = client(server, Duration.ofSeconds(5), FAST)) {
      Path out = dir.resolve("o.jsonl");
      Generator.Result r = new Generator(c, settings(2, 3)).run(jobs(50, 1), out, Generator.ProgressFactory.SILENT);
      assertThat(r.budgetSpent()).isTrue();
      assertThat(r.failed()).isBetween(4, 6);
      assertThat(r.notStarted()).isEqualTo(50 - r.failed());
      assertThat(server.requests()).isEqualTo(r.failed());
      assertThat(lines(Generator.errorsFile(out))).hasSize(r.failed());
      assertThat(lines(out)).isEmpty();
    }
  }

  @Test
  void ownAnswersAreAskedForFirstAndTheConversationIsRecorded() throws Exception {
    Path out = dir.resolve("o.jsonl");
    List<Generator.Job> jobs = List.of(new Generator.Job(new RecordKey("1", 0), "task. constraint.",
        List.of(ChatMessage.system("sys"), ChatMessage.user("task."), ChatMessage.ownAnswer(), ChatMessage.user("constraint."))));
    try (LoopbackServer server = LoopbackServer.start(r -> LoopbackServer.ok("<think>x</think>\n" + LoopbackServer.echo(r)), 4);
        ChatClient c = client(server, Duration.ofSeconds(5), FAST)) {
      new Generator(c, new Generator.Settings("m", Sampling.defaults(), 4, 0, ReasoningFilter.THINK))
          .run(jobs, out, Generator.ProgressFactory.SILENT);
      assertThat(server.requests()).isEqualTo(2);
      assertThat(server.log().get(0).turns()).isEqualTo(2);
    }
    JsonNode rec = lines(out).get(0);
    assertThat(rec.get("messages").get(2).get("content").asText()).isEqualTo("answer to [task.] turns=2 seed=null");
    assertThat(rec.get("messages").size()).isEqualTo(4);
    assertThat(rec.get("response").asText()).isEqualTo("answer to [constraint.] turns=4 seed=null");
    assertThat(rec.get("raw_response").asText()).isEqualTo("<think>x</think>\nanswer to [constraint.] turns=4 seed=null");
    assertThat(rec.get("prompt").asText()).isEqualTo("task. constraint.");
  }

  @Test
  void progressIsPrintedAsPlainLinesOffATerminal() throws Exception {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8);
    try (LoopbackServer server = LoopbackServer.start(r -> new LoopbackServer.Ok("a", null, "stop", 20), 8);
        ChatClient c = client(server, Duration.ofSeconds(5), FAST)) {
      new Generator(c, settings(2, 0)).run(jobs(20, 1), dir.resolve("o.jsonl"),
          (total, before) -> new ProgressMeter(ps, false, total, before, Duration.ofMillis(50)));
    }
    String printed = buf.toString(StandardCharsets.UTF_8);
    assertThat(printed.lines().count()).isGreaterThan(2);
    assertThat(printed).contains("generate: 20/20 100%").contains("req/s").contains("ETA").contains("errors 0")
        .doesNotContain("\r");
  }

  @Test
  void aTerminalGetsABarRedrawnInPlace() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    ProgressMeter m = new ProgressMeter(new PrintStream(buf, true, StandardCharsets.UTF_8), true, 10, 5, Duration.ofSeconds(1));
    m.completed();
    m.failed();
    m.close();
    String printed = buf.toString(StandardCharsets.UTF_8);
    assertThat(printed).startsWith("\r[").contains("#####").contains("7/10").contains("errors 1");
  }
}
