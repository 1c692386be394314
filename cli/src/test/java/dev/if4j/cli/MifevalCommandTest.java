package dev.if4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * M-IFEval through the command line: {@code eval --benchmark mifeval} scores one model's shipped
 * French and Japanese responses to the figures M-IFEval published for them, and {@code check
 * --registry mifeval} gives the golden verdicts.
 */
class MifevalCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path GOLDEN = Path.of(System.getProperty("if4j.shared"))
      .resolve("parity/mifeval/mifeval_real.golden.jsonl").normalize();

  @TempDir Path dir;

  /** The stable rows of one model in one language, as M-IFEval's input and response files. */
  private List<JsonNode> writeRun(String language, String model) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    List<String> prompts = new ArrayList<>();
    List<String> responses = new ArrayList<>();
    for (String line : Files.readAllLines(GOLDEN)) {
      if (line.isBlank()) continue;
      JsonNode row = JSON.readTree(line);
      if (!row.get("language").asText().equals(language) || !row.get("model").asText().equals(model)
          || !row.get("stable").asBoolean()) {
        continue;
      }
      rows.add(row);
      ObjectNode p = JSON.createObjectNode();
      p.set("key", row.get("key"));
      p.set("prompt", row.get("prompt"));
      p.set("instruction_id_list", row.get("instruction_id_list"));
      p.set("kwargs", row.get("kwargs"));
      prompts.add(JSON.writeValueAsString(p));
      ObjectNode r = JSON.createObjectNode();
      r.set("prompt", row.get("prompt"));
      r.set("response", row.get("response"));
      responses.add(JSON.writeValueAsString(r));
    }
    Files.write(dir.resolve("prompts.jsonl"), prompts);
    Files.write(dir.resolve("responses.jsonl"), responses);
    return rows;
  }

  @Test
  void evalScoresShippedResponsesAsMifevalPublishedThem() throws IOException {
    for (String language : List.of("fr", "ja")) {
      List<JsonNode> rows = writeRun(language, "gpt-4o-2024-08-06");
      assertThat(rows).as(language + " rows").hasSizeGreaterThan(100);
      long strictPrompts = rows.stream().filter(r -> allTrue(r.get("upstream_strict"))).count();
      long loosePrompts = rows.stream().filter(r -> allTrue(r.get("upstream_loose"))).count();
      CliHarness cli = new CliHarness(dir);

      int code = cli.run("eval", "--benchmark", "mifeval", "--input-data", "prompts.jsonl",
          "--responses", "responses.jsonl", "--output-dir", "out-" + language);

      assertThat(code).as(cli.err()).isZero();
      JsonNode summary = JSON.readTree(dir.resolve("out-" + language + "/summary.json").toFile());
      assertThat(summary.toString()).contains("\"registry\":\"mifeval\"");
      assertThat(summary.findValues("prompt_level").toString())
          .as(language + ": " + summary)
          .contains("\"followed\":" + strictPrompts + ",\"total\":" + rows.size())
          .contains("\"followed\":" + loosePrompts + ",\"total\":" + rows.size());
    }
  }

  @Test
  void languagePicksMifevalsPromptFileFromTheResourceCache() throws IOException {
    List<JsonNode> rows = writeRun("ja", "Qwen__Qwen2.5-7B-Instruct-GPTQ-Int4");
    Path cached = dir.resolve("res/datasets/mifeval/ja_input_data.jsonl");
    Files.createDirectories(cached.getParent());
    // The language data of the shared resources, linked in beside the prompt file.
    Path shared = GOLDEN.getParent().getParent().getParent().resolve("resources");
    try (var entries = Files.list(shared)) {
      for (Path entry : entries.toList()) {
        Files.createSymbolicLink(dir.resolve("res").resolve(entry.getFileName().toString()), entry.toAbsolutePath());
      }
    }
    Files.move(dir.resolve("prompts.jsonl"), cached);
    long strictPrompts = rows.stream().filter(r -> allTrue(r.get("upstream_strict"))).count();
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("eval", "--benchmark", "mifeval", "--language", "ja", "--responses", "responses.jsonl",
        "--output-dir", "out", "--resources", "res", "--offline");

    assertThat(code).as(cli.err()).isZero();
    JsonNode summary = JSON.readTree(dir.resolve("out/summary.json").toFile());
    assertThat(summary.findValues("prompt_level").toString())
        .contains("\"followed\":" + strictPrompts + ",\"total\":" + rows.size());
  }

  @Test
  void aLanguageIsNeededWithoutInputDataAndMustBeKnown() throws IOException {
    Files.writeString(dir.resolve("responses.jsonl"), "{\"prompt\": \"p\", \"response\": \"r\"}\n");
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("eval", "--benchmark", "mifeval", "--responses", "responses.jsonl", "--output-dir", "out");
    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--language: M-IFEval has one prompt set per language: give --language es|fr|ja|en");

    code = cli.run("eval", "--benchmark", "mifeval", "--language", "de", "--responses", "responses.jsonl",
        "--output-dir", "out");
    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("(not 'de')");

    code = cli.run("eval", "--benchmark", "ifeval", "--language", "fr", "--responses", "responses.jsonl",
        "--output-dir", "out");
    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--language is for M-IFEval");
  }

  @Test
  void checkGivesTheGoldenVerdicts() throws IOException {
    List<String> lines = new ArrayList<>();
    List<JsonNode> rows = new ArrayList<>();
    int seen = 0;
    for (String line : Files.readAllLines(GOLDEN)) {
      JsonNode row = line.isBlank() ? null : JSON.readTree(line);
      if (row == null || !row.get("stable").asBoolean() || !row.get("model").asText().startsWith("CohereForAI__aya")
          || row.get("language").asText().equals("es")) {
        continue;
      }
      // Every sixth of aya's French and Japanese rows: about 60, both languages.
      if (seen++ % 6 != 0) continue;
      rows.add(row);
      lines.add(line);
    }
    Files.write(dir.resolve("rows.jsonl"), lines);
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("check", "--input", "rows.jsonl", "--output", "-", "--registry", "mifeval");

    assertThat(code).as(cli.err()).isZero();
    String[] out = cli.out().strip().split("\n");
    assertThat(out).hasSize(rows.size());
    for (int i = 0; i < out.length; i++) {
      JsonNode got = JSON.readTree(out[i]);
      assertThat(got.get("strict")).as(out[i]).isEqualTo(rows.get(i).get("strict"));
      assertThat(got.get("loose")).as(out[i]).isEqualTo(rows.get(i).get("loose"));
    }
  }

  @Test
  void synthDrawsOneLanguagesInstructionsAndCheckJudgesThem() throws IOException {
    Files.writeString(dir.resolve("prompts.jsonl"), "{\"prompt\": \"海の詩を書いてください。\"}\n".repeat(20));
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("synth", "--prompts", "prompts.jsonl", "--output", "synth.jsonl", "--registries", "mifeval",
        "--language", "ja", "--constraints", "2-4", "--seed", "7", "-q");

    assertThat(code).as(cli.err()).isZero();
    List<String> rows = Files.readAllLines(dir.resolve("synth.jsonl"));
    assertThat(rows).hasSize(20);
    for (String row : rows) {
      for (JsonNode id : JSON.readTree(row).get("instruction_id_list")) assertThat(id.asText()).startsWith("ja:");
    }
    // Every drawn row builds: judging it against an empty answer raises nothing.
    List<String> judged = new ArrayList<>();
    for (String row : rows) {
      ObjectNode r = (ObjectNode) JSON.readTree(row);
      r.put("response", "はい。");
      judged.add(JSON.writeValueAsString(r));
    }
    Files.write(dir.resolve("judge.jsonl"), judged);
    assertThat(cli.run("check", "--input", "judge.jsonl", "--output", "-", "--registry", "mifeval")).as(cli.err()).isZero();

    code = cli.run("synth", "--prompts", "prompts.jsonl", "--output", "none.jsonl", "--registries", "ifeval",
        "--language", "ja");
    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("no instruction of [ifeval] starts with 'ja:'");
  }

  private static boolean allTrue(JsonNode verdicts) {
    for (JsonNode v : verdicts) {
      if (!v.asBoolean()) return false;
    }
    return true;
  }
}
