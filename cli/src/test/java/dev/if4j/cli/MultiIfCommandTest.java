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
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The multiif registry and benchmark on the command line: check, eval, generate. */
class MultiIfCommandTest {
  private static final Path SHARED = Path.of(System.getProperty("if4j.shared")).normalize();
  private static final Path GOLDEN = SHARED.resolve("parity/multiif/multiif.golden.jsonl");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private LoopbackServer server;

  @AfterEach
  void stop() {
    if (server != null) server.close();
  }

  private String[] resources() {
    return new String[] {"--resources", SHARED.resolve("resources").toString(), "--offline"};
  }

  private static String[] concat(String[] a, String... b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }

  /** The first {@code n} golden rows. */
  private List<JsonNode> golden(int n) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (Stream<String> lines = Files.lines(GOLDEN)) {
      for (String l : lines.limit(n).toList()) out.add(JSON.readTree(l));
    }
    return out;
  }

  @Test
  void checkJudgesGoldenRowsAsMultiIfDoes() throws IOException {
    List<JsonNode> rows = golden(40);
    Files.write(dir.resolve("rows.jsonl"), rows.stream().map(JsonNode::toString).toList());
    CliHarness cli = new CliHarness(dir);

    int code = cli.run(concat(new String[] {"check", "--registry", "multiif", "--input", "rows.jsonl", "--output", "out.jsonl"},
        resources()));

    assertThat(code).as(cli.err()).isZero();
    List<String> out = Files.readAllLines(dir.resolve("out.jsonl"));
    assertThat(out).hasSize(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      JsonNode got = JSON.readTree(out.get(i));
      assertThat(got.get("strict")).as(rows.get(i).get("id").asText()).isEqualTo(rows.get(i).get("strict"));
      assertThat(got.get("loose")).as(rows.get(i).get("id").asText()).isEqualTo(rows.get(i).get("loose"));
    }
  }

  @Test
  void evalScoresGoldenTurnsPerTurnAndLanguage() throws IOException {
    List<JsonNode> rows = golden(200);
    Files.write(dir.resolve("turns.jsonl"), rows.stream().map(JsonNode::toString).toList());
    CliHarness cli = new CliHarness(dir);

    int code = cli.run(concat(new String[] {"eval", "--benchmark", "multiif", "--responses", "turns.jsonl",
        "--output-dir", "out"}, resources()));

    assertThat(code).as(cli.err()).isZero();
    JsonNode summary = JSON.readTree(dir.resolve("out/summary.json").toFile());
    // The figures metrics_gen computes from the golden verdicts, recomputed here.
    for (int turn = 1; turn <= 3; turn++) {
      int t = turn;
      List<JsonNode> ofTurn = rows.stream().filter(r -> r.get("turn").asInt() == t).toList();
      if (ofTurn.isEmpty()) continue;
      JsonNode all = summary.at("/turns/" + turn + "/languages/all_languages");
      assertThat(all.get("prompts").asInt()).isEqualTo(ofTurn.size());
      assertThat(all.get("prompt_level_strict").asDouble()).isCloseTo(promptLevel(ofTurn, "strict"), within());
      assertThat(all.get("instruction_level_loose").asDouble()).isCloseTo(instructionLevel(ofTurn, "loose"), within());
      double overall = (promptLevel(ofTurn, "strict") + instructionLevel(ofTurn, "strict")
          + promptLevel(ofTurn, "loose") + instructionLevel(ofTurn, "loose")) / 4;
      assertThat(summary.at("/metrics_gen/turn_" + turn + "_all_languages_overall").asDouble()).isCloseTo(overall, within());
      String language = ofTurn.get(0).get("language").asText();
      List<JsonNode> ofLanguage = ofTurn.stream().filter(r -> r.get("language").asText().equals(language)).toList();
      assertThat(summary.at("/turns/" + turn + "/languages/" + language + "/prompt_level_loose").asDouble())
          .isCloseTo(promptLevel(ofLanguage, "loose"), within());
    }
    assertThat(cli.out()).contains("| 1 | all_languages |");
    assertThat(Files.readAllLines(dir.resolve("out/eval_results.jsonl"))).hasSize(rows.size());
    assertThat(dir.resolve("out/summary.md")).exists();
    assertThat(Files.readString(dir.resolve("out/summary.html"))).contains("<h2>Overall by turn</h2>")
        .contains("<th>turn 3</th>").contains("<td>all_languages</td>");
  }

  @Test
  void aLanguageMultiIfDoesNotScoreIsBadInputNamingTheRow() throws IOException {
    Files.writeString(dir.resolve("turns.jsonl"), "{\"conv_id\": \"c\", \"turn\": 1, \"language\": \"Klingon\","
        + " \"prompt\": \"p\", \"response\": \"r\", \"instruction_id_list\": [], \"kwargs\": []}\n");
    CliHarness cli = new CliHarness(dir);

    int code = cli.run(concat(new String[] {"eval", "--benchmark", "multiif", "--responses", "turns.jsonl",
        "--output-dir", "out"}, resources()));

    assertThat(code).isEqualTo(Main.BAD_INPUT);
    assertThat(cli.err()).contains("turns.jsonl:1: field 'language'").contains("Klingon").contains("KeyError");
  }

  @Test
  void generateAnswersEachTurnWithTheModelsOwnHistoryAndEvalScoresIt() throws IOException {
    // The dataset's layout: CSV, turn prompts as JSON messages, kwargs as JSON strings.
    String csv = "key,turns,responses,turn_1_prompt,turn_1_instruction_id_list,turn_1_kwargs,"
        + "turn_2_prompt,turn_2_instruction_id_list,turn_2_kwargs,turn_3_prompt,turn_3_instruction_id_list,turn_3_kwargs,language\n"
        + "7,None,None,\"{\"\"role\"\": \"\"user\"\", \"\"content\"\": \"\"Write about rain\"\"}\","
        + "\"[\"\"punctuation:no_comma\"\"]\",\"[\"\"{}\"\"]\","
        + "\"{\"\"role\"\": \"\"user\"\", \"\"content\"\": \"\"Now in quotes\"\"}\","
        + "\"[\"\"punctuation:no_comma\"\", \"\"startend:quotation\"\"]\",\"[\"\"{}\"\", \"\"{}\"\"]\","
        + "None,,,English\n";
    Files.writeString(dir.resolve("multiif.csv"), csv);
    server = LoopbackServer.start(LoopbackServer.instant(), 4);
    CliHarness cli = new CliHarness(dir);

    int code = cli.run(concat(new String[] {"generate", "--endpoint", server.base().toString(), "--model", "tiny",
        "--benchmark", "multiif", "--input-data", "multiif.csv", "--output", "gen.jsonl"}, resources()));

    assertThat(code).as(cli.err()).isZero();
    List<String> generated = Files.readAllLines(dir.resolve("gen.jsonl"));
    assertThat(generated).hasSize(1);
    JsonNode record = JSON.readTree(generated.get(0));
    JsonNode messages = record.get("messages");
    assertThat(messages).hasSize(3);
    assertThat(messages.get(0).get("content").asText()).isEqualTo("Write about rain");
    // The second request carried the model's own first answer.
    assertThat(messages.get(1).get("role").asText()).isEqualTo("assistant");
    assertThat(messages.get(1).get("content").asText()).contains("Write about rain");
    assertThat(server.log()).hasSize(2);

    code = cli.run(concat(new String[] {"eval", "--benchmark", "multiif", "--input-data", "multiif.csv",
        "--responses", "gen.jsonl", "--output-dir", "out"}, resources()));

    assertThat(code).as(cli.err()).isZero();
    JsonNode summary = JSON.readTree(dir.resolve("out/summary.json").toFile());
    assertThat(summary.at("/turns/1/prompts").asInt()).isEqualTo(1);
    assertThat(summary.at("/turns/2/languages/English/instructions").asInt()).isEqualTo(2);
    assertThat(summary.get("missing_responses")).isEmpty();

    // Both in one go: eval --endpoint generates into the output directory, then scores.
    code = cli.run(concat(new String[] {"eval", "--benchmark", "multiif", "--input-data", "multiif.csv",
        "--endpoint", server.base().toString(), "--model", "tiny", "--output-dir", "both"}, resources()));

    assertThat(code).as(cli.err()).isZero();
    assertThat(dir.resolve("both/responses.jsonl")).exists();
    assertThat(JSON.readTree(dir.resolve("both/summary.json").toFile()).at("/turns/2/prompts").asInt()).isEqualTo(1);
  }

  private static Offset<Double> within() {
    return Offset.offset(1e-12);
  }

  private static double promptLevel(List<JsonNode> rows, String mode) {
    long followed = rows.stream().filter(r -> {
      for (JsonNode v : r.get(mode)) if (!v.asBoolean()) return false;
      return true;
    }).count();
    return (double) followed / rows.size();
  }

  private static double instructionLevel(List<JsonNode> rows, String mode) {
    int all = 0;
    int followed = 0;
    for (JsonNode r : rows) {
      for (JsonNode v : r.get(mode)) {
        all++;
        if (v.asBoolean()) followed++;
      }
    }
    return (double) followed / all;
  }
}
