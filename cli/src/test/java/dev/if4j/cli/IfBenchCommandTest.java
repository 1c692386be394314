package dev.if4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --registry ifbench} and {@code eval --benchmark ifbench} on the command line. */
class IfBenchCommandTest {
  private static final Path SHARED = Path.of(System.getProperty("if4j.shared")).normalize();

  @TempDir Path dir;

  private void write(String name, String... lines) throws IOException {
    Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  /** A row as IFBench distributes them: every argument name present, unused ones null. */
  private static String ifbenchRow(String id, String instruction, String response) {
    return "{\"key\": \"" + id + "\", \"prompt\": \"Reverse the words.\", \"response\": " + response
        + ", \"instruction_id_list\": [\"" + instruction + "\", \"punctuation:no_comma\"],"
        + " \"kwargs\": [{\"N\": null, \"keyword\": null, \"prompt_to_repeat\": null}, {\"N\": null}]}";
  }

  @Test
  void checkJudgesWithTheIfBenchRegistryItsOwnConstraintsAndTheClassicOnes() throws IOException {
    write("rows.jsonl", ifbenchRow("a", "custom:character_reverse", "\"olleh\""));
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("check", "--registry", "ifbench", "--input", "rows.jsonl", "--output", "-",
        "--explain", "--resources", SHARED.resolve("resources").toString(), "--offline");

    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.out()).startsWith("{\"id\":\"a\",\"strict\":[")
        .contains("\"instruction_id\":\"custom:character_reverse\"")
        .contains("\"instruction_id\":\"punctuation:no_comma\"");
  }

  @Test
  void checkUnderTheIfEvalRegistryDoesNotKnowIfBenchsConstraints() throws IOException {
    write("rows.jsonl", ifbenchRow("a", "custom:character_reverse", "\"olleh\""));
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("check", "--registry", "ifeval", "--input", "rows.jsonl", "--output", "-");

    assertThat(code).isEqualTo(Main.BAD_INPUT);
    assertThat(cli.err()).contains("rows.jsonl:1: field 'instruction_id_list[0]'")
        .contains("custom:character_reverse");
  }

  @Test
  void checkJudgesTheFinalAssistantTurnOfAMultiTurnRow() throws IOException {
    write("mt.jsonl", "{\"id\": \"m\", \"prompt\": \"Two colours, no commas.\","
        + " \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}], \"messages\": ["
        + "{\"role\": \"user\", \"content\": \"Name two colours.\"},"
        + " {\"role\": \"assistant\", \"content\": \"Red, blue.\"},"
        + " {\"role\": \"user\", \"content\": \"Again without commas.\"},"
        + " {\"role\": \"assistant\", \"content\": \"Red and blue.\"}]}");
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("check", "--registry", "ifbench", "--input", "mt.jsonl", "--output", "-");

    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.out()).isEqualTo("{\"id\":\"m\",\"strict\":[true],\"loose\":[true]}\n");
  }

  @Test
  void evalIfBenchUsesTheIfBenchRegistryAndPrintsTheHeadlineFirst() throws IOException {
    write("data.jsonl",
        "{\"key\": \"1\", \"prompt\": \"Reverse it.\", \"instruction_id_list\": [\"custom:character_reverse\"],"
            + " \"kwargs\": [{\"N\": null}]}",
        "{\"key\": \"2\", \"prompt\": \"No commas.\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}");
    write("responses.jsonl",
        "{\"prompt\": \"  Reverse it. \", \"response\": \"olleh\"}",
        "{\"prompt\": \"No commas.\", \"response\": \"a, b\"}");
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("eval", "--benchmark", "ifbench", "--responses", "responses.jsonl",
        "--input-data", "data.jsonl", "--output-dir", "results", "--threads", "1",
        "--resources", SHARED.resolve("resources").toString(), "--offline");

    assertThat(code).as(cli.err()).isZero();
    String out = cli.out();
    assertThat(out).startsWith("IFBench: 2 prompts, 2 instructions (registry ifbench");
    assertThat(out.indexOf("headline (prompt-level loose")).isGreaterThan(0)
        .isLessThan(out.indexOf("prompt-level  "));
    assertThat(out).contains("custom:character_reverse").contains("1 by stripped prompt");
    String summary = Files.readString(dir.resolve("results/summary.json"));
    assertThat(summary).contains("\"benchmark\" : \"ifbench\"").contains("\"registry\" : \"ifbench\"")
        .contains("\"metric\" : \"prompt_level_loose\"");
    assertThat(cli.err()).doesNotContain("warning: scoring");
  }

  @Test
  void evalIfBenchWithoutInputDataUsesTheCachedTestSet() throws IOException {
    Path cached = dir.resolve("cache/datasets/ifbench/IFBench_test.jsonl");
    Files.createDirectories(cached.getParent());
    Files.writeString(cached, "{\"key\": \"0\", \"prompt\": \"A\", \"instruction_id_list\": [\"punctuation:no_comma\"],"
        + " \"kwargs\": [{\"N\": null}]}\n");
    write("responses.jsonl", "{\"prompt\": \"A\", \"response\": \"x\"}");
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("eval", "--benchmark", "ifbench", "--responses", "responses.jsonl", "--output-dir", "r",
        "--resources", "cache");

    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.out()).contains("headline (prompt-level loose, the figure IFBench reports): 1.0000 1/1");
  }

  @Test
  void evalIfBenchWithoutInputDataOfflineSaysWhereTheTestSetComesFrom() throws IOException {
    write("responses.jsonl", "{\"prompt\": \"A\", \"response\": \"x\"}");
    Files.createDirectories(dir.resolve("empty"));
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("eval", "--benchmark", "ifbench", "--responses", "responses.jsonl", "--output-dir", "r",
        "--resources", "empty", "--offline");

    assertThat(code).isEqualTo(Main.MISSING_RESOURCE);
    assertThat(cli.err()).contains("no copy of the IFBench prompts").contains("datasets/ifbench/IFBench_test.jsonl")
        .contains("allenai/IFBench").contains("--input-data").contains("if4j resources pull");
  }

  @Test
  void anotherRegistryCanBeNamedAndIsReported() throws IOException {
    write("data.jsonl", "{\"key\": 1, \"prompt\": \"A\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}");
    write("responses.jsonl", "{\"prompt\": \"A\", \"response\": \"x\"}");
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("eval", "--benchmark", "ifbench", "--registry", "test", "--responses", "responses.jsonl",
        "--input-data", "data.jsonl", "--output-dir", "r");

    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.err()).contains("warning: scoring IFBench with registry test (its own is ifbench)");
  }
}
