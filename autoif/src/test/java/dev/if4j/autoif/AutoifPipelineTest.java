package dev.if4j.autoif;

import dev.if4j.text.io.InputProblemException;

import static dev.if4j.autoif.ScriptedModel.BANANA;
import static dev.if4j.autoif.ScriptedModel.DONE;
import static dev.if4j.autoif.ScriptedModel.LOWER;
import static dev.if4j.autoif.ScriptedModel.QUOTES;
import static dev.if4j.autoif.ScriptedModel.WORDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.if4j.llm.ChatClient;
import dev.if4j.llm.ErrorBudget;
import dev.if4j.llm.RetryPolicy;
import dev.if4j.llm.Sampling;
import dev.if4j.llm.loopback.LoopbackServer;
import dev.if4j.sandbox.PythonSandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline against a scripted model on the loopback interface, with the real sandbox. */
class AutoifPipelineTest {
  private static final AutoifConfig CONFIG = AutoifConfig.defaults().withSamples(1, 5, 3, 1).withQueriesPerInstruction(2);
  private static final PythonSandbox.Options SANDBOX = PythonSandbox.Options.defaults().withWorkers(2).withTimeoutMs(3000);

  @TempDir Path dir;

  @BeforeAll
  static void needsPython() {
    assumeTrue(PythonSandbox.missingLayersHere(null).isEmpty(),
        "the full Python sandbox (python3 3.8+, bubblewrap) cannot run here: " + PythonSandbox.missingLayersHere(null) + "; skipped");
  }

  private static Llm llm(ChatClient client, int concurrency) {
    Sampling sampling = new Sampling(0.0, null, null, ScriptedModel.SEED, List.of(), Map.of());
    return new Llm(client, new Llm.Settings("scripted", sampling, concurrency, new ErrorBudget(0, 0), false, null),
        null, null);
  }

  private static ChatClient client(LoopbackServer server) {
    return new ChatClient(new ChatClient.Config(ChatClient.chatCompletionsUri(server.base().toString()), null,
        Duration.ofSeconds(30), Duration.ofSeconds(5), new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1))));
  }

  private static List<JsonNode> rows(Path f) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(f)) out.add(Jsonl.JSON.readTree(line));
    return out;
  }

  private void writeInputs() throws IOException {
    Files.writeString(dir.resolve("seeds.txt"), LOWER + "\n" + DONE + "\n\n");
    Files.writeString(dir.resolve("queries.jsonl"), String.join("\n",
        "{\"query\": \"What is the capital of France, and why?\"}",
        "{\"messages\": [{\"role\": \"system\", \"content\": \"Be brief.\"},"
            + " {\"role\": \"user\", \"content\": \"Which city is the capital of France?\"}]}",
        "{\"conversations\": [{\"from\": \"human\", \"value\": \"hi\"}]}",
        "{\"prompt\": \"Name the capital city of France please\"}") + "\n");
  }

  @Test
  void thePipelineRunsEndToEndIntoSftAndDpoFiles() throws Exception {
    writeInputs();
    Path work = Files.createDirectories(dir.resolve("work"));
    List<String> log = new ArrayList<>();
    try (LoopbackServer server = LoopbackServer.start(ScriptedModel.script(), 8);
        ChatClient client = client(server);
        AutoifSteps steps = new AutoifSteps(work, CONFIG, Prompts.defaults(), () -> llm(client, 4), SANDBOX, log::add)) {
      steps.run(dir.resolve("seeds.txt"), dir.resolve("queries.jsonl"));
    }

    // 1. The new instructions, without the seed the model repeated.
    assertThat(Files.readAllLines(work.resolve(Workdir.AUGMENTED))).containsExactly(QUOTES, WORDS, BANANA);
    assertThat(work.resolve(Workdir.SEEDS)).hasSameBinaryContentAs(dir.resolve("seeds.txt"));

    // 2. Five answers per instruction, in AutoIF's shape plus what each was read as.
    List<JsonNode> funcs = rows(work.resolve(Workdir.FUNCS));
    assertThat(funcs).extracting(r -> r.get("instruction").asText()).containsExactly(LOWER, DONE, QUOTES, WORDS, BANANA);
    assertThat(funcs.get(0).get("gpt-answer")).hasSize(5);
    assertThat(funcs.get(0).get("prompt").asText()).contains("Write a Python function").contains(LOWER);
    assertThat(funcs.get(0).get("parsed").get(0).get("func").asText())
        .isEqualTo("def evaluate(response):\n    return response == response.lower()");
    assertThat(funcs.get(0).get("parsed").get(4).get("error").asText()).isEqualTo("no ```json block");

    // 3. Cross-validation keeps lowercase, words and banana.
    List<JsonNode> cross = rows(work.resolve(Workdir.CROSS));
    assertThat(cross).extracting(r -> r.get("instruction").asText()).containsExactly(LOWER, WORDS, BANANA);
    JsonNode lower = cross.get(0);
    assertThat(lower.get("eval_func")).hasSize(3); // "return True" is right on 5 of 11 cases only
    assertThat(lower.get("eval_func").get(0).get(1).asDouble()).isEqualTo(1.0);
    assertThat(lower.get("cases")).hasSize(11); // "wrong label" matched by no function
    assertThat(lower.get("cases").toString()).doesNotContain("wrong label").contains("[\"hello world\",true]");
    assertThat(cross.get(1).get("eval_func")).hasSize(4); // the syntax error is not counted
    assertThat(cross.get(1).get("cases").toString()).doesNotContain("never");
    List<JsonNode> dropped = rows(work.resolve(Workdir.CROSS_DROPPED));
    assertThat(dropped).extracting(r -> r.get("instruction").asText() + ": " + r.get("reason").asText())
        .containsExactly(DONE + ": 2 unique functions (fewer than 3)", QUOTES + ": 9 unique cases (fewer than 10)");

    // 4. Back-translation, and the NLI judge's contradiction drops banana.
    assertThat(rows(work.resolve(Workdir.BACK))).hasSize(3);
    List<JsonNode> kept = rows(work.resolve(Workdir.BACK_FILTER));
    assertThat(kept).extracting(r -> r.get("instruction").asText()).containsExactly(LOWER, WORDS);
    assertThat(kept.get(0).get("nli_scores").toString()).isEqualTo("[\"entailment\",\"neutral\",\"entailment\"]");
    assertThat(kept.get(0).get("back_instruction").get(0).asText()).isEqualTo("Write in lowercase only.");

    // 5. Two queries of usable length per instruction (the "hi" conversation is too short), 3 responses each.
    List<JsonNode> sampled = rows(work.resolve(Workdir.QUERY_SAMPLED));
    assertThat(sampled).hasSize(4);
    assertThat(sampled).extracting(r -> r.get("query").asText()).doesNotContain("hi");
    List<JsonNode> responses = rows(work.resolve(Workdir.RESPONSES));
    assertThat(responses).allSatisfy(r -> assertThat(r.get("gpt-answer")).hasSize(3));

    // 6. Verification: lowercase keeps its first answer, words its first and third.
    List<JsonNode> verified = rows(work.resolve(Workdir.VERIFIED));
    assertThat(verified).extracting(r -> r.get("response").asText()).containsExactly(
        "paris is the capital of france.", "paris is the capital of france.",
        "Paris, in France.", "Paris.", "Paris, in France.", "Paris.");
    List<JsonNode> evalScores = rows(work.resolve(Workdir.EVAL_SCORES));
    assertThat(evalScores.get(0).get("response").toString()).isEqualTo(
        "[[\"paris is the capital of france.\",1.0],[\"Paris is the capital.\",0.0],[\"PARIS\",0.0]]");

    // 7. Scores: "Paris." gets exactly 8, not above the threshold.
    List<JsonNode> good = rows(work.resolve(Workdir.SCORE_FILTER));
    assertThat(good).extracting(r -> r.get("response").asText()).containsExactly(
        "paris is the capital of france.", "paris is the capital of france.", "Paris, in France.", "Paris, in France.");
    assertThat(good.get(0).get("score").asDouble()).isEqualTo(9.0);
    assertThat(rows(work.resolve(Workdir.SCORED))).hasSize(6);

    // 8. SFT in LLaMA-Factory's alpaca format; DPO pairs with chosen accuracy >= 0.5 and rejected 0.
    JsonNode sft = Jsonl.JSON.readTree(work.resolve(Workdir.SFT).toFile());
    assertThat(sft).hasSize(4);
    String firstQuery = sampled.get(0).get("query").asText();
    assertThat(sft.get(0).get("instruction").asText()).isEqualTo(Filters.trainingPrompt(firstQuery, LOWER));
    assertThat(sft.get(0).get("instruction").asText()).endsWith("? " + LOWER + ".");
    assertThat(sft.get(0).get("output").asText()).isEqualTo("paris is the capital of france.");
    assertThat(sft.get(0).get("input").asText()).isEmpty();
    assertThat(sft.get(0).get("history")).isEmpty();
    assertThat(Files.readString(work.resolve(Workdir.SFT))).startsWith("[\n    {\n        \"instruction\": ");

    List<JsonNode> pairs = rows(work.resolve(Workdir.DPO_PAIRS));
    assertThat(pairs).hasSize(8);
    assertThat(pairs.subList(0, 2)).allSatisfy(p -> {
      assertThat(p.get("positive").asText()).isEqualTo("paris is the capital of france.");
      assertThat(p.get("instruction").asText()).isEqualTo(Filters.trainingPrompt(firstQuery, LOWER));
    });
    assertThat(pairs.subList(0, 2)).extracting(p -> p.get("negative").asText())
        .containsExactlyInAnyOrder("Paris is the capital.", "PARIS");
    assertThat(pairs.subList(4, 8)).allSatisfy(
        p -> assertThat(p.get("negative").asText()).isEqualTo("The capital of France is the city of Paris."));
    JsonNode dpo = Jsonl.JSON.readTree(work.resolve(Workdir.DPO).toFile());
    assertThat(dpo).hasSize(8);
    assertThat(dpo.get(0).get("chosen").asText()).isEqualTo(pairs.get(0).get("positive").asText());
    assertThat(dpo.get(0).get("rejected").asText()).isEqualTo(pairs.get(0).get("negative").asText());
    assertThat(Jsonl.JSON.readTree(work.resolve(Workdir.DATASET_INFO).toFile()).get("autoif_dpo").get("ranking")
        .asBoolean()).isTrue();
    assertThat(log).anyMatch(l -> l.startsWith("cross-validate: 3 of 5 instructions kept"));
  }

  @Test
  void aRerunAsksTheModelNothingAndWritesTheSameBytes() throws Exception {
    writeInputs();
    Path work = Files.createDirectories(dir.resolve("work"));
    try (LoopbackServer server = LoopbackServer.start(ScriptedModel.script(), 8);
        ChatClient client = client(server)) {
      try (AutoifSteps steps = new AutoifSteps(work, CONFIG, Prompts.defaults(), () -> llm(client, 4), SANDBOX, null)) {
        steps.run(dir.resolve("seeds.txt"), dir.resolve("queries.jsonl"));
      }
      int first = server.requests();
      byte[] sft = Files.readAllBytes(work.resolve(Workdir.SFT));
      byte[] cross = Files.readAllBytes(work.resolve(Workdir.CROSS));
      try (AutoifSteps steps = new AutoifSteps(work, CONFIG, Prompts.defaults(), () -> llm(client, 4), SANDBOX, null)) {
        steps.run(null, dir.resolve("queries.jsonl"));
      }
      assertThat(server.requests()).isEqualTo(first);
      assertThat(work.resolve(Workdir.SFT)).hasBinaryContent(sft);
      assertThat(work.resolve(Workdir.CROSS)).hasBinaryContent(cross);
    }
  }

  @Test
  void aKilledFunctionStepResumesWithoutAskingAgainAndEndsWithTheSameFile() throws Exception {
    Path killed = Files.createDirectories(dir.resolve("killed"));
    Path clean = Files.createDirectories(dir.resolve("clean"));
    for (Path d : List.of(killed, clean)) {
      Files.writeString(d.resolve(Workdir.SEEDS), LOWER + "\n" + DONE + "\n");
      Files.writeString(d.resolve(Workdir.AUGMENTED), WORDS + "\n");
    }
    int total = 3 * CONFIG.funcSamples();

    // The endpoint dies after 7 answers (every later request fails for good): the step stops.
    AtomicInteger served = new AtomicInteger();
    LoopbackServer.Script dying = r -> served.incrementAndGet() <= 7 ? ScriptedModel.script().reply(r)
        : new LoopbackServer.Status(400, null, 0);
    try (LoopbackServer server = LoopbackServer.start(dying, 2);
        ChatClient client = client(server);
        AutoifSteps steps = new AutoifSteps(killed, CONFIG, Prompts.defaults(), () -> llm(client, 1), SANDBOX, null)) {
      assertThatThrownBy(() -> steps.run(new FuncsStep())).isInstanceOf(Llm.StepFailedException.class)
          .hasMessageContaining("run the step again");
    }
    Path gen = killed.resolve(Workdir.FUNCS_GEN);
    assertThat(Files.readAllLines(gen)).hasSize(7);
    assertThat(killed.resolve(Workdir.FUNCS)).doesNotExist();
    // As if the process was killed in the middle of writing an eighth record.
    Files.writeString(gen, "{\"key\":\"0123456789abcdef\",\"sample\":3,\"prompt\":\"Wri", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);

    try (LoopbackServer server = LoopbackServer.start(ScriptedModel.script(), 8);
        ChatClient client = client(server);
        AutoifSteps steps = new AutoifSteps(killed, CONFIG, Prompts.defaults(), () -> llm(client, 4), SANDBOX, null)) {
      steps.run(new FuncsStep());
      assertThat(server.requests()).isEqualTo(total - 7);
    }
    try (LoopbackServer server = LoopbackServer.start(ScriptedModel.script(), 8);
        ChatClient client = client(server);
        AutoifSteps steps = new AutoifSteps(clean, CONFIG, Prompts.defaults(), () -> llm(client, 4), SANDBOX, null)) {
      steps.run(new FuncsStep());
      assertThat(server.requests()).isEqualTo(total);
    }
    assertThat(killed.resolve(Workdir.FUNCS)).hasBinaryContent(Files.readAllBytes(clean.resolve(Workdir.FUNCS)));
    assertThat(killed.resolve(Workdir.FUNCS_GEN))
        .hasBinaryContent(Files.readAllBytes(clean.resolve(Workdir.FUNCS_GEN)));
  }

  @Test
  void badInputNamesTheFileTheLineAndTheField() throws Exception {
    Files.writeString(dir.resolve(Workdir.RESPONSES), "{\"instruction\": \"x\", \"query\": \"q\","
        + " \"eval_func\": [[\"def evaluate(r): return True\", 1.0]], \"gpt-answer\": [\"a\"]}\n\n"
        + "{\"instruction\": \"x\", \"query\": \"q\", \"eval_func\": [\"not a pair\"], \"gpt-answer\": [\"a\"]}\n");
    try (AutoifSteps steps = new AutoifSteps(dir, CONFIG, Prompts.defaults(), () -> {
      throw new IllegalStateException("no model needed");
    }, SANDBOX, null)) {
      assertThatThrownBy(() -> steps.run(new VerifyResponsesStep())).isInstanceOf(InputProblemException.class)
          .hasMessage(dir.resolve(Workdir.RESPONSES) + ":3: field \"eval_func\" item 0 must be [function source,"
              + " accuracy], got a string");
      Files.writeString(dir.resolve(Workdir.FUNCS), "{\"instruction\": 7}\n");
      assertThatThrownBy(() -> steps.run(new CrossValidateStep())).isInstanceOf(InputProblemException.class)
          .hasMessageEndingWith(Workdir.FUNCS + ":1: field \"instruction\" must be a string, got a number");
      assertThatThrownBy(() -> steps.run(new ExportStep())).isInstanceOf(InputProblemException.class)
          .hasMessageContaining(Workdir.SCORE_FILTER + ": does not exist (run the step that writes it first)");
    }
  }
}
