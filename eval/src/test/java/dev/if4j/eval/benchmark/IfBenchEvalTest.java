package dev.if4j.eval.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.eval.TestRegistry;
import dev.if4j.text.io.InputProblemException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code eval --benchmark ifbench} adds to the IFEval procedure: the headline figure,
 * multi-turn responses and null responses (hand-made prompts, test registry).
 */
class IfBenchEvalTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private final List<String> warnings = new ArrayList<>();

  private Path write(String name, String... lines) throws IOException {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  private IfEvalBenchmark.Result run(Benchmark benchmark, Path data, Path responses) throws IOException {
    return new IfEvalBenchmark(benchmark, TestRegistry.judge(dir), 2, warnings::add)
        .run(data, responses, dir.resolve("out"));
  }

  /** Key 1 passes only loosely (its comma is on the last line); key 2 fails; key 3 passes. */
  private IfEvalBenchmark.Result runThree(Benchmark benchmark) throws IOException {
    Path data = write("data.jsonl",
        "{\"key\": 1, \"prompt\": \"One\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}",
        "{\"key\": 2, \"prompt\": \"Two\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}",
        "{\"key\": 3, \"prompt\": \"Three\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}");
    Path responses = write("responses.jsonl",
        "{\"prompt\": \"One\", \"response\": \"Fine\\nby me, yes\"}",
        "{\"prompt\": \"Two\", \"response\": \"a, b\"}",
        "{\"prompt\": \"Three\", \"response\": \"ok\"}");
    return run(benchmark, data, responses);
  }

  @Test
  void theHeadlineIsPromptLevelLooseAccuracyFirstInSummaryAndTable() throws IOException {
    IfEvalBenchmark.Result r = runThree(Benchmark.IFBENCH);

    assertThat(r.headline().followed()).isEqualTo(2);
    assertThat(r.headline().total()).isEqualTo(3);
    JsonNode summary = JSON.readTree(dir.resolve("out/summary.json").toFile());
    assertThat(summary.get("benchmark").asText()).isEqualTo("ifbench");
    assertThat(summary.at("/headline/metric").asText()).isEqualTo("prompt_level_loose");
    assertThat(summary.at("/headline/accuracy").asDouble()).isEqualTo(2.0 / 3);
    assertThat(summary.at("/headline/followed").asInt()).isEqualTo(2);
    assertThat(summary.at("/headline/accuracy").asDouble())
        .isEqualTo(summary.at("/loose/prompt_level/accuracy").asDouble());
    List<String> order = new ArrayList<>();
    summary.fieldNames().forEachRemaining(order::add);
    assertThat(order.indexOf("headline")).isLessThan(order.indexOf("strict"));

    String table = r.table();
    assertThat(table).startsWith("IFBench: 3 prompts, 3 instructions (registry test")
        .contains("headline (prompt-level loose, the figure IFBench reports): 0.6667 2/3");
    assertThat(table.indexOf("headline")).isLessThan(table.indexOf("prompt-level "));
  }

  @Test
  void ifEvalHasNoHeadline() throws IOException {
    IfEvalBenchmark.Result r = runThree(Benchmark.IFEVAL);

    assertThat(r.headline()).isNull();
    assertThat(r.table()).startsWith("IFEval: ").doesNotContain("headline");
    JsonNode summary = JSON.readTree(dir.resolve("out/summary.json").toFile());
    assertThat(summary.has("headline")).isFalse();
    assertThat(summary.get("benchmark").asText()).isEqualTo("ifeval");
  }

  @Test
  void multiTurnResponsesAreTheFinalAssistantTurnMatchedByKeyOrPrompt() throws IOException {
    String turns = "{\"role\": \"user\", \"content\": \"Name two colours.\"}, "
        + "{\"role\": \"assistant\", \"content\": \"Red, blue.\"}, "
        + "{\"role\": \"user\", \"content\": \"Again, without commas.\"}";
    Path data = write("mt.jsonl",
        "{\"key\": 1, \"prompt\": \"Name two colours. Do not use commas.\", \"instruction_id_list\": [\"punctuation:no_comma\"],"
            + " \"kwargs\": [{}], \"messages\": [" + turns + "]}",
        "{\"key\": 2, \"prompt\": \"Name two colours without commas.\", \"instruction_id_list\": [\"punctuation:no_comma\"],"
            + " \"kwargs\": [{}], \"messages\": [" + turns + "]}");
    Path responses = write("mt-responses.jsonl",
        // by key, no prompt: the conversation with the model's answer appended
        "{\"key\": 1, \"messages\": [" + turns + ", {\"role\": \"assistant\", \"content\": \"Red and blue.\"}]}",
        // by prompt, the answer as "response" beside the conversation it answers
        "{\"prompt\": \"Name two colours without commas.\", \"messages\": [" + turns + "], \"response\": \"Red, blue.\"}");

    IfEvalBenchmark.Result r = run(Benchmark.IFBENCH, data, responses);

    assertThat(r.matchCounts().get(Match.How.KEY)).isEqualTo(1);
    assertThat(r.matchCounts().get(Match.How.PROMPT)).isEqualTo(1);
    assertThat(r.strict().promptLevel().followed()).isEqualTo(1);
    List<String> strict = Files.readAllLines(dir.resolve("out/eval_results_strict.jsonl"));
    assertThat(JSON.readTree(strict.get(0)).get("response").asText()).isEqualTo("Red and blue.");
    assertThat(JSON.readTree(strict.get(0)).get("follow_all_instructions").asBoolean()).isTrue();
    assertThat(JSON.readTree(strict.get(1)).get("follow_all_instructions").asBoolean()).isFalse();
  }

  @Test
  void aNullResponseIsScoredNotFollowedAndReportedWithoutStoppingTheRun() throws IOException {
    Path data = write("data.jsonl",
        "{\"key\": 1, \"prompt\": \"One\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}",
        "{\"key\": 2, \"prompt\": \"Two\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}");
    Path responses = write("responses.jsonl",
        "{\"prompt\": \"One\", \"response\": null}",
        "{\"prompt\": \"Two\", \"response\": \"fine\"}");

    IfEvalBenchmark.Result r = run(Benchmark.IFBENCH, data, responses);

    assertThat(r.nullResponses()).containsExactly("1");
    assertThat(r.unmatched()).isEmpty();
    assertThat(r.strict().promptLevel().followed()).isEqualTo(1);
    assertThat(r.loose().promptLevel().followed()).isEqualTo(1);
    assertThat(warnings).anySatisfy(w -> assertThat(w).contains("prompt 1: its response").contains("is null"));
    assertThat(r.table()).contains("NULL RESPONSE (scored not followed): prompt 1");
    JsonNode first = JSON.readTree(Files.readAllLines(dir.resolve("out/eval_results_loose.jsonl")).get(0));
    assertThat(first.get("response").asText()).isEmpty();
    assertThat(first.get("follow_instruction_list").toString()).isEqualTo("[false]");
    JsonNode summary = JSON.readTree(dir.resolve("out/summary.json").toFile());
    assertThat(summary.at("/matching/null_responses").asInt()).isEqualTo(1);
  }

  @Test
  void aResponseRowNeedsAKeyOrAPrompt() throws IOException {
    Path data = write("data.jsonl",
        "{\"key\": 1, \"prompt\": \"One\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}");
    Path responses = write("responses.jsonl",
        "{\"messages\": [{\"role\": \"user\", \"content\": \"One\"}, {\"role\": \"assistant\", \"content\": \"x\"}]}");

    assertThatThrownBy(() -> run(Benchmark.IFBENCH, data, responses))
        .isInstanceOf(InputProblemException.class)
        .hasMessage(responses + ":1: field 'prompt': missing (found: messages; a response row is matched by its \"prompt\" or its \"key\")");
  }

  @Test
  void benchmarksAreNamedAsTheCommandLineNamesThem() {
    assertThat(Benchmark.byId("ifbench")).isEqualTo(Benchmark.IFBENCH);
    assertThat(Benchmark.IFBENCH.registry()).isEqualTo("ifbench");
    assertThat(Benchmark.IFBENCH.defaultInputData()).isEqualTo("datasets/ifbench/IFBench_test.jsonl");
    assertThat(Benchmark.IFEVAL.registry()).isEqualTo("ifeval");
    assertThatThrownBy(() -> Benchmark.byId("mmlu")).hasMessage("unknown benchmark 'mmlu'; known: ifeval, ifbench, ifevalg, multiif, mifeval, lmeval-es, lmeval-ca");
  }
}
