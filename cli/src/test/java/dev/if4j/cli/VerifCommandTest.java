package dev.if4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.llm.loopback.LoopbackServer;
import dev.if4j.sandbox.PythonSandbox;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * VerIF's hybrid verification through the command line: VerInstruct rows whose [rule] functions run
 * in the sandbox and whose [llm] checkers go to a scripted judge on the loopback.
 */
@Timeout(120)
class VerifCommandTest {
  @TempDir Path dir;
  private LoopbackServer judge;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeEach
  void start() throws IOException {
    // [[0]] for rude answers, else [[1]].
    judge = LoopbackServer.start(r -> LoopbackServer.ok(r.lastMessage().contains("rude") ? "[[0]] no" : "[[1]] yes"), 4);
  }

  @AfterEach
  void stop() {
    judge.close();
  }

  static final String WORDS = "def check_following(instruction, response):\n    return len(response.split()) >= 3";
  static final String RAISES = "def check_following(instruction, response):\n    raise ValueError('bad rule')";
  static final String LOOPS = "def check_following(instruction, response):\n    while True:\n        pass";
  static final String NO_COMMA = "import re\ndef check_following(instruction, response):\n    return not re.search(',', response)";

  private static Map<String, Object> row(String id, String response, List<String> checkers, List<String> functions) {
    return Map.of("id", id, "prompt", "Write about the sea.", "response", response, "checkers", checkers, "functions", functions);
  }

  private static final List<Map<String, Object>> ROWS = List.of(
      row("r1", "<think>plan, plan</think>The sea is calm today.", List.of("[rule] At least 3 words.", "[rule] Broken.", "[llm] Be calm."),
          List.of(WORDS, RAISES, "")),
      row("r2", "Waves and salt everywhere.", List.of("[rule] Loops.", "[rule] No commas."), List.of(LOOPS, NO_COMMA)),
      row("r3", "A rude sea, says who.", List.of("[llm] Be polite.", "[rule] At least 3 words."), List.of("", WORDS)));

  private Path rows() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (Map<String, Object> r : ROWS) sb.append(JSON.writeValueAsString(r)).append('\n');
    return Files.writeString(dir.resolve("verinstruct.jsonl"), sb.toString());
  }

  private static void needPython() {
    assumeTrue(PythonSandbox.missingLayersHere(null).isEmpty(),
        "the full Python sandbox (python3 3.8+, bubblewrap) cannot run here: " + PythonSandbox.missingLayersHere(null) + "; skipped");
  }

  @Test
  void checkRunsRulesInTheSandboxAndAppendsTheJudgesVerdict() throws IOException {
    needPython();
    rows();
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("check", "--input", "verinstruct.jsonl", "--output", "-", "-q", "--explain",
        "--judge-endpoint", judge.base().toString(), "--judge-model", "judge", "--rule-timeout-ms", "300",
        "--verinstruct-rules", "python", "--threads", "2");

    assertThat(code).as(cli.err()).isZero();
    List<String> lines = cli.out().lines().toList();
    assertThat(lines).hasSize(3);
    JsonNode r1 = JSON.readTree(lines.get(0));
    assertThat(r1.get("strict").toString()).isEqualTo("[true,false,true]");
    assertThat(r1.get("reasons").get(1).get("strict").asText()).contains("ValueError").contains("bad rule");
    assertThat(r1.get("reasons").get(2).get("instruction_id").asText()).isEqualTo("verif:llm_judge");
    JsonNode r2 = JSON.readTree(lines.get(1));
    assertThat(r2.get("strict").toString()).isEqualTo("[false,true]");
    assertThat(r2.get("reasons").get(0).get("strict").asText()).contains("timeout after 300 ms");
    JsonNode r3 = JSON.readTree(lines.get(2));
    assertThat(r3.get("strict").toString()).isEqualTo("[true,false]");
    // r2 has no [llm] checker: check asks the judge only about rows that have one.
    assertThat(judge.requests()).isEqualTo(2);
    // The judge saw the answer without its thinking.
    assertThat(judge.log().get(0).lastMessage()).contains("The sea is calm today.").doesNotContain("plan, plan");
  }

  @Test
  void checkWithoutAJudgeRefusesLlmCheckersAndTheRegistryModeMapsRules() throws IOException {
    needPython();
    rows();
    CliHarness cli = new CliHarness(dir);
    assertThat(cli.run("check", "--input", "verinstruct.jsonl", "--output", "-", "-q", "--verinstruct-rules", "python"))
        .isEqualTo(Main.BAD_INPUT);
    assertThat(cli.err()).contains("verinstruct.jsonl:1").contains("need an LLM judge (--judge-endpoint and --judge-model)");

    Files.writeString(dir.resolve("mapped.jsonl"), JSON.writeValueAsString(row("m", "a, b",
        List.of("[rule] In your entire response, refrain from the use of any commas.", "[llm] Be calm."), List.of(NO_COMMA, ""))) + "\n");
    CliHarness reg = new CliHarness(dir);
    assertThat(reg.run("check", "--input", "mapped.jsonl", "--output", "-", "-q", "--verinstruct-rules", "registry",
        "--judge-endpoint", judge.base().toString(), "--judge-model", "judge")).as(reg.err()).isZero();
    assertThat(reg.out()).isEqualTo("{\"id\":\"m\",\"strict\":[false,true],\"loose\":[false,true]}\n");

    // A second run on a cache file asks the judge nothing.
    for (int run = 0; run < 2; run++) {
      CliHarness again = new CliHarness(dir);
      assertThat(again.run("check", "--input", "mapped.jsonl", "--output", "-", "--verinstruct-rules", "registry",
          "--judge-endpoint", judge.base().toString(), "--judge-model", "judge", "--judge-cache", "check-cache.jsonl"))
          .as(again.err()).isZero();
      assertThat(again.err()).contains(run == 0 ? "1 requests, 0 cache hits, 0 failed" : "0 requests, 1 cache hits, 0 failed");
    }
  }

  @Test
  void softConstraintsGetTheJudgesVerdictAppended() throws IOException {
    Files.writeString(dir.resolve("soft.jsonl"),
        "{\"id\": \"s1\", \"prompt\": \"p\", \"response\": \"calm words\", \"instruction_id_list\": [\"punctuation:no_comma\"],"
            + " \"kwargs\": [{}], \"soft_constraints\": [\"Sound calm.\"]}\n"
            + "{\"id\": \"s2\", \"prompt\": \"p\", \"response\": \"rude, loud\", \"instruction_id_list\": [\"punctuation:no_comma\"],"
            + " \"kwargs\": [{}], \"soft_constraints\": [\"Sound calm.\"]}\n");
    CliHarness cli = new CliHarness(dir);
    assertThat(cli.run("check", "--input", "soft.jsonl", "--output", "-", "-q", "--judge-endpoint", judge.base().toString(),
        "--judge-model", "judge")).as(cli.err()).isZero();
    assertThat(cli.out()).isEqualTo("{\"id\":\"s1\",\"strict\":[true,true],\"loose\":[true,true]}\n"
        + "{\"id\":\"s2\",\"strict\":[false,false],\"loose\":[false,false]}\n");
    assertThat(judge.log().get(0).lastMessage()).contains("Sound calm.");

    CliHarness none = new CliHarness(dir);
    assertThat(none.run("check", "--input", "soft.jsonl", "--output", "-", "-q")).isEqualTo(Main.BAD_INPUT);
    assertThat(none.err()).contains("soft.jsonl:1").contains("soft_constraints")
        .contains("judge them with --judge-endpoint and --judge-model");
  }

  @Test
  void judgeOptionsAreCheckedUpFront() throws IOException {
    rows();
    CliHarness cli = new CliHarness(dir);
    assertThat(cli.run("check", "--input", "verinstruct.jsonl", "--output", "-", "--judge-endpoint", "http://127.0.0.1:1"))
        .isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--judge-endpoint needs --judge-model");
    assertThat(cli.run("serve", "--port", "0", "--hybrid", "sum")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--hybrid: unknown combination 'sum'; known: verif, weighted");
    assertThat(cli.run("serve", "--port", "0", "--soft-weight", "1.5")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--soft-weight: the soft weight must be in [0, 1], got 1.5");
    assertThat(cli.run("serve", "--port", "0", "--judge-policy", "skip")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--judge-policy: unknown judge policy 'skip'");
    assertThat(cli.run("serve", "--port", "0", "--verinstruct-rules", "exec")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--verinstruct-rules: unknown rule mode 'exec'; known: python, registry");
    // Clients' rule code runs only when the operator chooses it; contradictions are usage errors.
    assertThat(cli.run("serve", "--port", "0", "--verinstruct-rules", "python")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--verinstruct-rules python runs the Python code of clients' rows: add --run-rule-code");
    assertThat(cli.run("serve", "--port", "0", "--run-rule-code", "--verinstruct-rules", "registry")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--run-rule-code contradicts --verinstruct-rules registry");
    assertThat(cli.run("serve", "--port", "0", "--judge-endpoint", "x", "--judge-model", "m")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--judge-endpoint: not an http(s) URL");
    Files.writeString(dir.resolve("prompt.txt"), "no placeholder for the answer");
    assertThat(cli.run("serve", "--port", "0", "--judge-endpoint", judge.base().toString(), "--judge-model", "m",
        "--judge-prompt", "prompt.txt")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--judge-prompt: the judge prompt template has no {response} placeholder");
  }

  @Test
  void serveScoresVerinstructSamplesEndToEnd() throws Exception {
    needPython();
    Path prompt = Files.writeString(dir.resolve("verif-prompt.txt"), "Instruction: {instruction}\nAnswer: {response}\nChecks: {constraints_repr}\n");
    CliHarness cli = new CliHarness(dir);
    Thread serve = new Thread(() -> cli.run("serve", "--port", "0", "--threads", "2", "--judge-endpoint", judge.base().toString(),
        "--judge-model", "judge", "--judge-prompt", prompt.toString(), "--judge-cache", "cache.jsonl",
        "--rule-timeout-ms", "300", "--run-rule-code",
        // The sandbox pool starts on the first rule: on a slow machine that start must not spend the
        // first sample's time budget (this test is about the scores, not the latency).
        "--sample-timeout-ms", "20000"), "serve-under-test");
    serve.setDaemon(true);
    serve.start();
    URI base = null;
    for (int i = 0; i < 600 && base == null; i++) {
      String out = cli.out();
      if (out.contains("\n")) base = URI.create(out.substring(0, out.indexOf('\n')).strip());
      else Thread.sleep(50);
    }
    assertThat(base).as(cli.err()).isNotNull();

    StringBuilder samples = new StringBuilder();
    for (Map<String, Object> r : ROWS) {
      Map<String, Object> gt = Map.of("checkers", r.get("checkers"), "functions", r.get("functions"));
      if (samples.length() > 0) samples.append(',');
      samples.append(JSON.writeValueAsString(Map.of("prompt", r.get("prompt"), "response", r.get("response"),
          "ground_truth", JSON.writeValueAsString(gt))));
    }
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> resp = http.send(HttpRequest.newBuilder(base.resolve("/v1/score")).timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.ofString("{\"samples\": [" + samples + "]}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(resp.statusCode()).as(resp.body()).isEqualTo(200);
    JsonNode results = JSON.readTree(resp.body()).get("results");
    // r1: rules 1 of 2 x verdict 1; r2: 1 of 2 x 1 (VerIF asks the judge even without [llm] checkers); r3: 1 x 0.
    assertThat(results.get(0).get("score").asDouble()).isEqualTo(0.5);
    assertThat(results.get(1).get("score").asDouble()).isEqualTo(0.5);
    assertThat(results.get(1).get("judge_verdict").asInt()).isEqualTo(1);
    assertThat(results.get(2).get("score").asDouble()).isEqualTo(0.0);
    assertThat(results.get(2).get("rule_score").asDouble()).isEqualTo(1.0);
    assertThat(judge.log().get(0).lastMessage()).startsWith("Instruction: Write about the sea.\nAnswer: ");
    assertThat(judge.log().stream().map(LoopbackServer.Request::lastMessage))
        .contains("Instruction: Write about the sea.\nAnswer: Waves and salt everywhere.\nChecks: []\n");

    String metrics = http.send(HttpRequest.newBuilder(base.resolve("/metrics")).GET().build(),
        HttpResponse.BodyHandlers.ofString()).body();
    assertThat(metrics).contains("if4j_reward_judge_cache_misses_total 3").contains("if4j_reward_judge_samples_total 3")
        .contains("if4j_reward_rule_duration_seconds_count 3");
    assertThat(Files.readAllLines(dir.resolve("cache.jsonl"))).hasSize(3);
    assertThat(cli.err()).contains("VerInstruct rules: python").contains("LLM judge judge");
  }
}
