package dev.if4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private void write(String name, String... lines) throws IOException {
    Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  static Path ifevalInput() {
    return Path.of(System.getProperty("if4j.shared", "../../shared"), "datasets/ifeval/input_data.jsonl").toAbsolutePath();
  }

  @Test
  void ifevalToVerlWritesTrainAndTestParquet() {
    CliHarness cli = new CliHarness(dir);
    int code = cli.run("data", "ifeval-to-verl", "--input-data", ifevalInput().toString(), "--output-dir", "verl", "--seed", "42");
    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.out()).contains("wrote 432 train rows").contains("109 test rows");
    assertThat(dir.resolve("verl/train.parquet")).exists();
    assertThat(dir.resolve("verl/test.parquet")).exists();
  }

  @Test
  void ifevalToVerlRejectsABadFormatAsAUsageError() {
    CliHarness cli = new CliHarness(dir);
    int code = cli.run("data", "ifeval-to-verl", "--input-data", ifevalInput().toString(), "--output-dir", "v", "--format", "csv");
    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--format");
  }

  @Test
  void synthIsByteIdenticalForASeedAndWritesStats() throws IOException {
    write("prompts.jsonl", "{\"prompt\": \"Write a poem about the sea.\"}",
        "{\"messages\": [{\"role\": \"user\", \"content\": \"Describe a city.\"}], \"id\": \"c1\"}");
    for (String name : new String[] {"a.jsonl", "b.jsonl"}) {
      CliHarness cli = new CliHarness(dir);
      int code = cli.run("synth", "--prompts", "prompts.jsonl", "--constraints", "2-4", "--seed", "5", "--format", "open-instruct",
          "--output", name);
      assertThat(code).as(cli.err()).isZero();
      assertThat(cli.err()).contains("2 prompts").contains("conflicts avoided");
    }
    assertThat(Files.readAllBytes(dir.resolve("a.jsonl"))).isEqualTo(Files.readAllBytes(dir.resolve("b.jsonl")));
    assertThat(Files.readString(dir.resolve("a.jsonl"))).contains("\"ground_truth\":\"[{'instruction_id': [").contains("\"key\":\"c1\"");
    assertThat(Files.readString(dir.resolve("a.jsonl.stats.json"))).contains("\"constraint_frequency\"");
  }

  @Test
  void synthChecksEachRowSatisfiableOnRequest() throws IOException {
    write("prompts.jsonl", "{\"prompt\": \"Describe a river.\", \"key\": 1}", "{\"prompt\": \"Describe a city.\", \"key\": 2}");
    CliHarness cli = new CliHarness(dir);
    int code = cli.run("synth", "--prompts", "prompts.jsonl", "--registries", "ifeval", "--exclude", "language:response_language",
        "--constraints", "2-3", "--output", "o.jsonl", "--check-satisfiable", "--offline",
        "--resources", System.getenv().getOrDefault("IF4J_RESOURCES", "../../shared/resources"));
    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.err()).contains("satisfiability: 2 rows shown satisfiable by a constructed response, 0 not shown");
    assertThat(Files.readString(dir.resolve("o.jsonl.stats.json"))).contains("\"rows_shown_satisfiable\" : 2")
        .contains("\"coverage\" : 1.0");
  }

  @Test
  void synthRejectsABadCountRange() throws IOException {
    write("prompts.jsonl", "{\"prompt\": \"x\"}");
    CliHarness cli = new CliHarness(dir);
    assertThat(cli.run("synth", "--prompts", "prompts.jsonl", "--constraints", "4-2", "--output", "o.jsonl")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--constraints");
  }

  @Test
  void synthStopsOnAPromptlessLineWithExitThree() throws IOException {
    write("prompts.jsonl", "{\"prompt\": \"x\"}", "{\"text\": \"y\"}");
    CliHarness cli = new CliHarness(dir);
    assertThat(cli.run("synth", "--prompts", "prompts.jsonl", "--output", "o.parquet")).isEqualTo(Main.BAD_INPUT);
    assertThat(cli.err()).contains("prompts.jsonl:2: no prompt");
  }

  static final String ROLLOUT = "{\"key\": 1, \"prompt\": \"Say hi.\", \"instruction_id_list\": [\"punctuation:no_comma\"],"
      + " \"kwargs\": [{}], \"responses\": [\"hi there\", \"hi, there\", \"hey there\"]}";
  static final String EASY = "{\"key\": 2, \"prompt\": \"Say bye.\", \"instruction_id_list\": [\"punctuation:no_comma\"],"
      + " \"kwargs\": [{}], \"responses\": [\"bye\", \"bye now\"]}";

  @Test
  void pairsWritesDpoAndSftFiles() throws IOException {
    write("r.jsonl", ROLLOUT, EASY);
    CliHarness cli = new CliHarness(dir);
    int code = cli.run("pairs", "--rollouts", "r.jsonl", "--output", "out", "--k", "2");
    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.out()).contains("2 prompts, 5 responses: 2 DPO pairs from 1 prompts, 4 SFT examples");
    assertThat(Files.readString(dir.resolve("out/dpo_trl.jsonl")).lines()).hasSize(2);
    assertThat(dir.resolve("out/sft_sharegpt.json")).exists();
  }

  @Test
  void rolloutScoresAreStampedWithWhatTheyWereComputedWith() throws IOException {
    write("r.jsonl", ROLLOUT, EASY);
    CliHarness cli = new CliHarness(dir);
    assertThat(cli.run("pairs", "--rollouts", "r.jsonl", "--output", "out", "--registry", "ifeval-fixed")).as(cli.err()).isZero();
    assertThat(cli.run("groups", "--rollouts", "r.jsonl", "--summary-json", "summary.json")).as(cli.err()).isZero();

    JsonNode run = JSON.readTree(dir.resolve("out/run.json").toFile());
    assertThat(run.at("/stamp/registry").asText()).isEqualTo("ifeval-fixed");
    assertThat(run.at("/stamp/fixes").size()).isPositive();
    assertThat(run.at("/stamp/if4j_version").asText()).isNotBlank();
    assertThat(run.at("/counts/pairs").asLong()).isEqualTo(1);
    assertThat(run.at("/settings/chosen_min").asDouble()).isEqualTo(0.5);
    // The same bytes from run to run: fields in a fixed order.
    assertThat(run.get("settings").fieldNames()).toIterable()
        .containsExactly("chosen_min", "rejected_max", "k", "sft_per_prompt", "seed");

    JsonNode summary = JSON.readTree(dir.resolve("summary.json").toFile());
    assertThat(summary.at("/stamp/registry").asText()).isEqualTo("ifeval");
    assertThat(summary.at("/stamp/fixes").size()).isZero();
    assertThat(summary.at("/groups").asLong()).isEqualTo(2);
  }

  @Test
  void groupsReportsAndFiltersByPassRate() throws IOException {
    write("r.jsonl", ROLLOUT, EASY);
    CliHarness cli = new CliHarness(dir);
    int code = cli.run("groups", "--rollouts", "r.jsonl", "--pass-at", "1,2", "--keep", "0.1:0.9", "--filtered", "hard.jsonl",
        "--output", "g.jsonl");
    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.out()).contains("2 groups, 5 responses").contains("zero-variance groups (no learning signal): 1 = 50.0%")
        .contains("pass@1: 0.8333").contains("difficulty filter: 1 of 2 prompts");
    assertThat(Files.readString(dir.resolve("hard.jsonl"))).contains("Say hi.").doesNotContain("responses");
    assertThat(Files.readString(dir.resolve("g.jsonl")).lines()).hasSize(2);
  }

  @Test
  void groupsNamesABadRolloutLine() throws IOException {
    write("r.jsonl", ROLLOUT, "{\"prompt\": \"p\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}");
    CliHarness cli = new CliHarness(dir);
    assertThat(cli.run("groups", "--rollouts", "r.jsonl")).isEqualTo(Main.BAD_INPUT);
    assertThat(cli.err()).contains("r.jsonl:2: field 'responses'");
  }
}
