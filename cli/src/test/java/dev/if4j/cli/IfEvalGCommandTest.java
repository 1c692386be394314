package dev.if4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval --benchmark ifevalg}: the IF-RLVR training registry, on prompts the user brings. */
class IfEvalGCommandTest {
  @TempDir Path dir;

  private void write(String name, String... lines) throws IOException {
    Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  @Test
  void scoresTrainingConstraintsWithTheIfEvalGRegistry() throws IOException {
    write("prompts.jsonl",
        "{\"key\": 1, \"prompt\": \"Say hi without dots.\", \"instruction_id_list\":"
            + " [\"punctuation:punctuation_dot\"], \"kwargs\": [{}]}",
        "{\"key\": 2, \"prompt\": \"Say bye without dots.\", \"instruction_id_list\":"
            + " [\"punctuation:punctuation_dot\"], \"kwargs\": [{}]}");
    write("responses.jsonl",
        "{\"key\": 1, \"prompt\": \"Say hi without dots.\", \"response\": \"hi there\"}",
        "{\"key\": 2, \"prompt\": \"Say bye without dots.\", \"response\": \"Bye. See you.\"}");
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("eval", "--benchmark", "ifevalg", "--input-data", "prompts.jsonl",
        "--responses", "responses.jsonl", "--output-dir", "out");

    assertThat(code).as(cli.err()).isZero();
    String summary = Files.readString(dir.resolve("out/summary.json"));
    assertThat(summary).contains("\"registry\" : \"ifevalg\"");
    assertThat(summary.replaceAll("\\s", "")).contains("\"prompt_level\":{\"followed\":1,\"total\":2");
  }

  @Test
  void withoutInputDataItSaysThatThereIsNoPublishedPromptSet() throws IOException {
    write("responses.jsonl", "{\"prompt\": \"p\", \"response\": \"r\"}");
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("eval", "--benchmark", "ifevalg", "--responses", "responses.jsonl",
        "--output-dir", "out");

    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--input-data: IFEvalG has no published prompt set");
  }
}
