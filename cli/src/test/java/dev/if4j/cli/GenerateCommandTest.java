package dev.if4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.llm.loopback.LoopbackServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NO_COMMA = "In your entire response, refrain from the use of any commas.";
  private static final String LOWER = "Your entire response should be in English, and in all lowercase letters."
      + " No capital letters are allowed.";

  @TempDir Path dir;
  private LoopbackServer server;

  @AfterEach
  void stop() {
    if (server != null) server.close();
  }

  private String start(LoopbackServer.Script script) throws IOException {
    server = LoopbackServer.start(script, 16);
    return server.base().toString();
  }

  private void write(String name, String... lines) throws IOException {
    Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  private List<JsonNode> read(String name) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(dir.resolve(name))) out.add(JSON.readTree(l));
    return out;
  }

  private void data() throws IOException {
    write("data.jsonl",
        "{\"key\": 1, \"prompt\": \"Write a poem. " + NO_COMMA + "\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}",
        "{\"key\": 2, \"prompt\": \"" + LOWER + " Describe rain.\", \"instruction_id_list\": [\"change_case:english_lowercase\"], \"kwargs\": [{}]}",
        "{\"key\": 3, \"prompt\": \"Say hi.\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}");
  }

  @Test
  void generatesOneRecordPerPromptAndSampleWithItsConversationAndSettings() throws IOException {
    data();
    String url = start(LoopbackServer.instant());
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("generate", "--endpoint", url, "--model", "tiny", "--benchmark", "data.jsonl",
        "--output", "out.jsonl", "--samples", "2", "--seed", "10", "--temperature", "0.6", "--max-tokens", "64",
        "--stop", "END", "--extra-body", "{\"top_k\": 5}", "--system-prompt", "You are terse.");

    assertThat(code).as(cli.err()).isZero();
    List<JsonNode> out = read("out.jsonl");
    assertThat(out).extracting(n -> n.get("key").asText() + "#" + n.get("sample").asInt())
        .containsExactly("1#0", "1#1", "2#0", "2#1", "3#0", "3#1");
    JsonNode first = out.get(1);
    assertThat(first.get("messages").get(0).get("content").asText()).isEqualTo("You are terse.");
    assertThat(first.get("response").asText()).isEqualTo("answer to [Write a poem. " + NO_COMMA + "] turns=2 seed=11");
    assertThat(first.get("model").asText()).isEqualTo("tiny");
    JsonNode body = server.log().get(0).body();
    assertThat(body.get("temperature").asDouble()).isEqualTo(0.6);
    assertThat(body.get("max_tokens").asInt()).isEqualTo(64);
    assertThat(body.get("stop").get(0).asText()).isEqualTo("END");
    assertThat(body.get("top_k").asInt()).isEqualTo(5);
    JsonNode run = JSON.readTree(dir.resolve("out.run.json").toFile());
    assertThat(run.get("model").asText()).isEqualTo("tiny");
    assertThat(run.get("samples").asInt()).isEqualTo(2);
    assertThat(cli.err()).contains("6 of 6 responses").contains("0 failed").contains("generate: 6/6 100%");
    assertThat(dir.resolve("out.errors.jsonl")).doesNotExist();
  }

  @Test
  void aRerunSkipsWhatIsDoneAndARerunWithOtherSettingsIsRefused() throws IOException {
    data();
    String url = start(LoopbackServer.instant());
    CliHarness cli = new CliHarness(dir);
    assertThat(cli.run("generate", "--endpoint", url, "--model", "a", "--benchmark", "data.jsonl", "--output", "o.jsonl")).isZero();
    byte[] before = Files.readAllBytes(dir.resolve("o.jsonl"));
    int requests = server.requests();

    assertThat(cli.run("generate", "--endpoint", url, "--model", "a", "--benchmark", "data.jsonl", "--output", "o.jsonl")).isZero();
    assertThat(server.requests()).isEqualTo(requests);
    assertThat(cli.err()).contains("(0 new, 3 already there)");
    assertThat(Files.readAllBytes(dir.resolve("o.jsonl"))).isEqualTo(before);

    int code = cli.run("generate", "--endpoint", url, "--model", "b", "--benchmark", "data.jsonl", "--output", "o.jsonl");
    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("other settings").contains("model \"a\" (now \"b\")");
  }

  @Test
  void fewShotDemonstrationsComeFromThePoolNeverTheSamePromptAndCanBeVerified() throws IOException {
    data();
    write("pool.jsonl",
        "{\"id\": \"1\", \"prompt\": \"Write a poem. " + NO_COMMA + "\", \"response\": \"no commas here\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}",
        "{\"id\": \"d1\", \"prompt\": \"Demo one\", \"response\": \"fine answer\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}",
        "{\"id\": \"d2\", \"prompt\": \"Demo two\", \"response\": \"bad, answer\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}",
        "{\"id\": \"d3\", \"prompt\": \"Demo three\", \"response\": \"good answer\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}");
    String url = start(LoopbackServer.instant());
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("generate", "--endpoint", url, "--model", "m", "--benchmark", "data.jsonl", "--output", "o.jsonl",
        "--num-fewshot", "2", "--fewshot-pool", "pool.jsonl", "--fewshot-verified");

    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.err()).contains("few-shot pool: 3 demonstrations (1 left out");
    for (JsonNode rec : read("o.jsonl")) {
      JsonNode m = rec.get("messages");
      assertThat(m).hasSize(5);
      List<String> demos = List.of(m.get(0).get("content").asText(), m.get(2).get("content").asText());
      assertThat(demos).doesNotContain("Demo two").doesNotContain(rec.get("prompt").asText());
      assertThat(m.get(1).get("role").asText()).isEqualTo("assistant");
      assertThat(m.get(4).get("content").asText()).isEqualTo(rec.get("prompt").asText());
    }
    // Prompt 1 is in the pool: its two demonstrations are d1 and d3, the only others that pass.
    JsonNode m1 = read("o.jsonl").get(0).get("messages");
    assertThat(List.of(m1.get(0).get("content").asText(), m1.get(2).get("content").asText()))
        .containsExactlyInAnyOrder("Demo one", "Demo three");
  }

  @Test
  void multiTurnIsolationSendsTheTaskTheModelsOwnAnswerThenTheConstraint() throws IOException {
    write("data.jsonl",
        "{\"key\": 1, \"prompt\": \"Write a poem. " + NO_COMMA + "\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}",
        "{\"key\": 2, \"prompt\": \"" + LOWER + " Describe rain.\", \"instruction_id_list\": [\"change_case:english_lowercase\"], \"kwargs\": [{}]}");
    String url = start(LoopbackServer.instant());
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("generate", "--endpoint", url, "--model", "m", "--benchmark", "data.jsonl", "--output", "o.jsonl",
        "--multi-turn");

    assertThat(code).as(cli.err()).isZero();
    List<JsonNode> out = read("o.jsonl");
    JsonNode m = out.get(0).get("messages");
    assertThat(m).hasSize(3);
    assertThat(m.get(0).get("content").asText()).isEqualTo("Write a poem.");
    assertThat(m.get(1).get("content").asText()).isEqualTo("answer to [Write a poem.] turns=1 seed=null");
    assertThat(m.get(2).get("content").asText()).isEqualTo(NO_COMMA);
    assertThat(out.get(1).get("messages").get(0).get("content").asText()).isEqualTo("Describe rain.");
    assertThat(out.get(1).get("messages").get(2).get("content").asText()).isEqualTo(LOWER);
    assertThat(server.requests()).isEqualTo(4);
  }

  @Test
  void aRowWhoseConstraintCannotBeIsolatedIsBadInput() throws IOException {
    data();
    String url = start(LoopbackServer.instant());
    CliHarness cli = new CliHarness(dir);
    int code = cli.run("generate", "--endpoint", url, "--model", "m", "--benchmark", "data.jsonl", "--output", "o.jsonl",
        "--multi-turn");
    assertThat(code).isEqualTo(Main.BAD_INPUT);
    assertThat(cli.err()).contains("data.jsonl:3").contains("cannot isolate the constraint")
        .contains("--unsplittable single-turn");
    assertThat(server.requests()).isZero();

    code = cli.run("generate", "--endpoint", url, "--model", "m", "--benchmark", "data.jsonl", "--output", "o.jsonl",
        "--multi-turn", "--unsplittable", "single-turn");
    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.err()).contains("1 prompts sent as one turn");
    assertThat(read("o.jsonl").get(2).get("messages")).hasSize(1);
    assertThat(read("o.jsonl").get(0).get("messages")).hasSize(3);
  }

  @Test
  void whenTheErrorBudgetIsSpentItStopsWithExitCode5AndSaysWhy() throws IOException {
    data();
    String url = start(r -> new LoopbackServer.Status(404, null, 0));
    CliHarness cli = new CliHarness(dir);
    int code = cli.run("generate", "--endpoint", url, "--model", "m", "--benchmark", "data.jsonl", "--output", "o.jsonl",
        "--error-budget", "0", "--concurrency", "1");
    assertThat(code).isEqualTo(Main.GENERATION_FAILED);
    assertThat(cli.err()).contains("spent the error budget (0)").contains("2 responses not attempted")
        .contains("o.errors.jsonl");
    assertThat(read("o.errors.jsonl")).singleElement().satisfies(e -> {
      assertThat(e.get("status").asInt()).isEqualTo(404);
      assertThat(e.get("error").asText()).isEqualTo("client_error");
    });
  }

  @Test
  void reasoningIsStrippedBeforeScoringAndKeptRaw() throws IOException {
    data();
    String url = start(r -> LoopbackServer.ok("<think>let me think, ok</think>\n\nfinal"));
    CliHarness cli = new CliHarness(dir);
    int code = cli.run("generate", "--endpoint", url, "--model", "m", "--benchmark", "data.jsonl", "--output", "o.jsonl",
        "--strip-reasoning", "--limit", "1");
    assertThat(code).as(cli.err()).isZero();
    JsonNode rec = read("o.jsonl").get(0);
    assertThat(rec.get("response").asText()).isEqualTo("final");
    assertThat(rec.get("raw_response").asText()).startsWith("<think>");
  }

  @Test
  void badOptionsAreUsageErrors() throws IOException {
    data();
    CliHarness cli = new CliHarness(dir);
    assertThat(cli.run("generate", "--endpoint", "http://127.0.0.1:9", "--model", "m", "--benchmark", "data.jsonl",
        "--output", "o.jsonl", "--extra-body", "[1]")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--extra-body");
    assertThat(cli.run("generate", "--endpoint", "http://127.0.0.1:9", "--model", "m", "--benchmark", "data.jsonl",
        "--output", "o.jsonl", "--extra-body", "{\"seed\": 1}")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("'seed' is set by if4j itself");
    assertThat(cli.run("generate", "--endpoint", "ftp://x", "--model", "m", "--benchmark", "data.jsonl",
        "--output", "o.jsonl")).isEqualTo(Main.USAGE);
    assertThat(cli.run("generate", "--endpoint", "http://127.0.0.1:9", "--model", "m", "--benchmark", "data.jsonl",
        "--output", "o.jsonl", "--num-fewshot", "2")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--fewshot-pool");
    assertThat(cli.run("generate", "--endpoint", "http://127.0.0.1:9", "--model", "m", "--benchmark", "nope.jsonl",
        "--output", "o.jsonl")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("nope.jsonl does not exist");
  }

  @Test
  void evalWithAnEndpointGeneratesThenScoresIntoOneDirectory() throws IOException {
    data();
    // Answers that follow no_comma for every prompt; prompt 2 asks for lowercase and gets capitals.
    String url = start(r -> LoopbackServer.ok(r.lastMessage().contains("rain") ? "Rain falls" : "a quiet line"));
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("eval", "--endpoint", url, "--model", "m", "--input-data", "data.jsonl", "--output-dir", "run");

    assertThat(code).as(cli.err()).isZero();
    assertThat(dir.resolve("run/responses.jsonl")).exists();
    assertThat(dir.resolve("run/responses.run.json")).exists();
    assertThat(cli.out()).containsPattern("prompt-level\\s+3\\s+0\\.6667 2/3");
    assertThat(Files.readString(dir.resolve("run/summary.json"))).contains("\"by_key\" : 3");
  }

  @Test
  void evalNeedsResponsesOrAnEndpointNotBoth() throws IOException {
    data();
    CliHarness cli = new CliHarness(dir);
    assertThat(cli.run("eval", "--input-data", "data.jsonl", "--output-dir", "run")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--responses FILE, or --endpoint URL");
  }

  @Test
  void theOutputsMissingDirectoriesAreCreated() throws IOException {
    data();
    String url = start(LoopbackServer.instant());
    CliHarness cli = new CliHarness(dir);

    assertThat(cli.run("generate", "--endpoint", url, "--model", "a", "--benchmark", "data.jsonl",
        "--output", "runs/today/out.jsonl")).as(cli.err()).isZero();

    assertThat(read("runs/today/out.jsonl")).hasSize(3);
  }

  @Test
  void everyRowWhoseConstraintCannotBeIsolatedIsListedAtOnce() throws IOException {
    write("data.jsonl",
        "{\"key\": 1, \"prompt\": \"Say hi.\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}",
        "{\"key\": 2, \"prompt\": \"Write a poem. " + NO_COMMA + "\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}",
        "{\"key\": 3, \"prompt\": \"Say bye.\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}");
    String url = start(LoopbackServer.instant());
    CliHarness cli = new CliHarness(dir);

    assertThat(cli.run("generate", "--endpoint", url, "--model", "m", "--benchmark", "data.jsonl", "--output", "o.jsonl",
        "--multi-turn")).isEqualTo(Main.BAD_INPUT);

    assertThat(cli.err()).contains("data.jsonl:1: field 'prompt': cannot isolate the constraint")
        .contains("2 rows in all: line 1 (key 1), line 3 (key 3)").contains("--unsplittable single-turn")
        .doesNotContain("field 'prompt': field 'prompt'");
  }
}
