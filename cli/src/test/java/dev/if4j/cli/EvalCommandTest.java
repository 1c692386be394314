package dev.if4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  @TempDir Path dir;

  private void write(String name, String... lines) throws IOException {
    Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  @Test
  void scoresResponsesPrintsATableAndWritesTheResults() throws IOException {
    write("data.jsonl",
        "{\"key\": 1, \"prompt\": \"A\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}",
        "{\"key\": 2, \"prompt\": \"B\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{\"unused\": null}]}");
    write("responses.jsonl",
        "{\"prompt\": \"B\", \"response\": \"x, y\"}",
        "{\"prompt\": \"A\", \"response\": \"x y\"}");
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("eval", "--benchmark", "ifeval", "--responses", "responses.jsonl", "--input-data", "data.jsonl",
        "--output-dir", "results");

    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.out()).containsPattern("prompt-level\\s+2\\s+0\\.5000 1/2\\s+0\\.5000 1/2")
        .contains("punctuation:no_comma")
        .contains("wrote eval_results_strict.jsonl");
    assertThat(dir.resolve("results/eval_results_strict.jsonl")).exists();
    assertThat(dir.resolve("results/eval_results_loose.jsonl")).exists();
    assertThat(Files.readString(dir.resolve("results/summary.json"))).contains("\"registry\" : \"ifeval\"");
  }

  @Test
  void severalSamplesPerPromptGiveTheSpreadAndPassAtK() throws IOException {
    write("data.jsonl",
        "{\"key\": 1, \"prompt\": \"A\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}");
    write("responses.jsonl",
        "{\"key\": 1, \"sample\": 0, \"prompt\": \"A\", \"response\": \"x y\"}",
        "{\"key\": 1, \"sample\": 1, \"prompt\": \"A\", \"response\": \"x, y\"}");
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("eval", "--benchmark", "ifeval", "--responses", "responses.jsonl", "--input-data", "data.jsonl",
        "--samples", "2", "--output-dir", "results");

    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.out()).contains("1 prompts x 2 samples").containsPattern("prompt-level strict\\s+0\\.5000")
        .contains("pass@k");
    assertThat(dir.resolve("results/sample-0/eval_results_strict.jsonl")).exists();
    assertThat(dir.resolve("results/sample-1/summary.json")).exists();
    assertThat(Files.readString(dir.resolve("results/summary.json"))).contains("\"pass_at_k\"");

    write("unsampled.jsonl", "{\"key\": 1, \"prompt\": \"A\", \"response\": \"x y\"}");
    assertThat(cli.run("eval", "--responses", "unsampled.jsonl", "--input-data", "data.jsonl", "--samples", "2",
        "--output-dir", "r2")).isEqualTo(Main.BAD_INPUT);
    assertThat(cli.err()).contains("unsampled.jsonl:1: field 'sample': missing");
  }

  @Test
  void withoutInputDataOfflineAndNoCopyItSaysWhatToDo() throws IOException {
    write("responses.jsonl", "{\"prompt\": \"A\", \"response\": \"x\"}");
    Files.createDirectories(dir.resolve("empty"));
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("eval", "--responses", "responses.jsonl", "--output-dir", "results",
        "--resources", "empty", "--offline");

    assertThat(code).isEqualTo(Main.MISSING_RESOURCE);
    assertThat(cli.err()).contains("datasets/ifeval/input_data.jsonl").contains("--input-data")
        .contains("if4j resources pull");
  }

  @Test
  void withoutInputDataItUsesTheCachedCopy() throws IOException {
    Path cached = dir.resolve("cache/datasets/ifeval/input_data.jsonl");
    Files.createDirectories(cached.getParent());
    Files.writeString(cached, "{\"key\": 1, \"prompt\": \"A\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}\n");
    write("responses.jsonl", "{\"prompt\": \"A\", \"response\": \"x\"}");
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("eval", "--responses", "responses.jsonl", "--output-dir", "results", "--resources", "cache");

    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.out()).containsPattern("prompt-level\\s+1\\s+1\\.0000 1/1");
  }

  @Test
  void anUnknownBenchmarkIsAUsageError() throws IOException {
    write("responses.jsonl", "{\"prompt\": \"A\", \"response\": \"x\"}");
    CliHarness cli = new CliHarness(dir);

    assertThat(cli.run("eval", "--benchmark", "mmlu", "--responses", "responses.jsonl", "--output-dir", "r"))
        .isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("unknown benchmark 'mmlu'");
  }

  @Test
  void aBadResponsesLineIsBadInput() throws IOException {
    write("data.jsonl", "{\"key\": 1, \"prompt\": \"A\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}");
    write("responses.jsonl", "{\"prompt\": \"A\"}");
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("eval", "--responses", "responses.jsonl", "--input-data", "data.jsonl", "--output-dir", "r");

    assertThat(code).isEqualTo(Main.BAD_INPUT);
    assertThat(cli.err()).contains("responses.jsonl:1: field 'response': missing");
  }
}
