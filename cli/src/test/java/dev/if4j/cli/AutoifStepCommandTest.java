package dev.if4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.llm.loopback.LoopbackServer;
import dev.if4j.sandbox.PythonSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The autoif step commands' wiring: options, files, exit codes. The pipeline itself is tested in the autoif module. */
class AutoifStepCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  CliHarness cli;

  @BeforeEach
  void setUp() {
    cli = new CliHarness(dir);
  }

  @Test
  void augmentAsksTheEndpointAndWritesTheNewInstructions() throws Exception {
    Files.writeString(dir.resolve("seeds.txt"), "Use no commas\n");
    try (LoopbackServer server = LoopbackServer.start(r -> LoopbackServer.ok("- End with 'done'\n- Use no commas\n"), 2)) {
      int code = cli.run("autoif", "augment", "--dir", "work", "--seeds", "seeds.txt", "--endpoint",
          server.base().toString(), "--model", "m", "--augment-samples", "2", "--seed", "1");
      assertThat(code).as(cli.err()).isEqualTo(0);
      assertThat(server.requests()).isEqualTo(2);
    }
    assertThat(Files.readAllLines(dir.resolve("work/augment_instructions.txt"))).containsExactly("End with 'done'");
    assertThat(Files.readAllLines(dir.resolve("work/augment_instructions.gen.jsonl"))).hasSize(2);
    assertThat(cli.out()).contains("augment: 1 new instructions from 1 seeds");
  }

  @Test
  void aModelStepWithoutAnEndpointIsAUsageError() throws Exception {
    Files.createDirectories(dir.resolve("work"));
    assertThat(cli.run("autoif", "funcs", "--dir", "work")).isEqualTo(2);
    assertThat(cli.err()).contains("give --endpoint URL and --model NAME");
    assertThat(cli.run("autoif", "export", "--dir", "missing")).isEqualTo(2);
    assertThat(cli.err()).contains("--dir: missing is not a directory");
  }

  @Test
  void badInputExitsThreeNamingFileLineAndField() throws Exception {
    Path work = Files.createDirectories(dir.resolve("work"));
    Files.writeString(work.resolve("query_score_filter.jsonl"), "{\"instruction\": \"x\", \"query\": \"q\"}\n");
    assertThat(cli.run("autoif", "export", "--dir", "work")).isEqualTo(3);
    assertThat(cli.err()).contains("query_score_filter.jsonl:1: field \"response\" is missing");
  }

  @Test
  void crossValidateAndExportRunWithoutAModel() throws Exception {
    assumeTrue(PythonSandbox.missingLayersHere(null).isEmpty(),
        "the full Python sandbox (python3 3.8+, bubblewrap) cannot run here: " + PythonSandbox.missingLayersHere(null) + "; skipped");
    Path work = Files.createDirectories(dir.resolve("work"));
    StringBuilder answers = new StringBuilder();
    String[] bodies = {"return len(response) < 5", "return len(response) <= 4", "return not len(response) >= 5"};
    List<String> rows = new java.util.ArrayList<>();
    for (int f = 0; f < 3; f++) {
      StringBuilder cases = new StringBuilder();
      for (int c = 0; c < 4; c++) {
        String input = "x".repeat(f * 4 + c + 1);
        if (cases.length() > 0) cases.append(", ");
        cases.append("{\"input\": \"").append(input).append("\", \"output\": ").append(input.length() < 5).append('}');
      }
      String json = "{\"func\": " + JSON.writeValueAsString("def evaluate(response):\n    " + bodies[f])
          + ", \"cases\": [" + cases + "]}";
      rows.add(JSON.writeValueAsString("```json\n" + json + "\n```"));
    }
    answers.append("{\"instruction\": \"Answer in fewer than 5 characters\", \"gpt-answer\": [")
        .append(String.join(", ", rows)).append("]}\n");
    Files.writeString(work.resolve("eval_func_rft.jsonl"), answers);

    int code = cli.run("autoif", "cross-validate", "--dir", "work", "--workers", "2");
    assertThat(code).as(cli.err()).isEqualTo(0);
    JsonNode row = JSON.readTree(Files.readString(work.resolve("cross_validation.jsonl")));
    assertThat(row.get("eval_func")).hasSize(3);
    assertThat(row.get("cases")).hasSize(12);
    assertThat(cli.out()).contains("cross-validate: 1 of 1 instructions kept");

    Files.writeString(work.resolve("query_score_filter.jsonl"),
        "{\"instruction\": \"use no commas\", \"query\": \"tell me a joke\", \"response\": \"No.\"}\n");
    Files.writeString(work.resolve("eval_score_results.jsonl"),
        "{\"query\": \"Q\", \"response\": [[\"good\", 1.0], [\"bad\", 0.0]]}\n");
    assertThat(cli.run("autoif", "export", "--dir", "work")).as(cli.err()).isEqualTo(0);
    JsonNode sft = JSON.readTree(work.resolve("IF_sft_data.json").toFile());
    assertThat(sft.get(0).get("instruction").asText()).isEqualTo("Tell me a joke. Use no commas.");
    assertThat(Files.readString(work.resolve("dpo_pairs.jsonl")))
        .isEqualTo("{\"instruction\":\"Q\",\"positive\":\"good\",\"negative\":\"bad\"}\n");
  }
}
