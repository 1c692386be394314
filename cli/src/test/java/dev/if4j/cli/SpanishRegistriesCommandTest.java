package dev.if4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spanish and Catalan registries through the command line: check and eval. */
class SpanishRegistriesCommandTest {
  @TempDir Path dir;

  private void write(String name, String... lines) throws IOException {
    Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  @Test
  void checksMifevalSpanishRows() throws IOException {
    write("rows.jsonl",
        "{\"id\": \"q\", \"prompt\": \"p\", \"response\": \"\u00BFQu\u00E9 tal? Bien.\","
            + " \"instruction_id_list\": [\"es:punctuation:question_marks\", \"es:special_character:enie\"],"
            + " \"kwargs\": [{}, {\"let_frequency\": 0}]}",
        "{\"id\": \"w\", \"prompt\": \"p\", \"response\": \"Uno dos tres.\","
            + " \"instruction_id_list\": [\"es:length_constraints:number_words\", \"en:punctuation:no_comma\"],"
            + " \"kwargs\": [{\"num_words\": 3, \"relation\": \"como m\u00E1ximo\"}, {}]}");
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("check", "--registry", "mifeval", "--input", "rows.jsonl", "--output", "out.jsonl");

    assertThat(code).as(cli.err()).isZero();
    assertThat(Files.readAllLines(dir.resolve("out.jsonl"))).containsExactly(
        "{\"id\":\"q\",\"strict\":[true,true],\"loose\":[true,true]}",
        "{\"id\":\"w\",\"strict\":[true,true],\"loose\":[true,true]}");
  }

  @Test
  void anotherLanguagesRelationWordIsABadArgumentNamingIt() throws IOException {
    write("rows.jsonl", "{\"id\": \"r\", \"prompt\": \"p\", \"response\": \"Uno dos.\","
        + " \"instruction_id_list\": [\"es:length_constraints:number_words\"],"
        + " \"kwargs\": [{\"num_words\": 3, \"relation\": \"at least\"}]}");
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("check", "--registry", "mifeval", "--input", "rows.jsonl", "--output", "out.jsonl");

    assertThat(code).isNotZero();
    assertThat(cli.err()).contains("relation").contains("al menos").contains("como m\u00E1ximo");
  }

  @Test
  void sentenceCountsNeedingSpacysTrainedPipelineAreRefusedWithTheReason() throws IOException {
    write("rows.jsonl", "{\"id\": \"s\", \"prompt\": \"p\", \"response\": \"Una. Dos.\","
        + " \"instruction_id_list\": [\"es:length_constraints:number_sentences\"],"
        + " \"kwargs\": [{\"num_sentences\": 2, \"relation\": \"al menos\"}]}");
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("check", "--registry", "mifeval", "--input", "rows.jsonl", "--output", "out.jsonl");

    assertThat(code).isNotZero();
    assertThat(cli.err()).contains("es:length_constraints:number_sentences").contains("trained pipeline");
  }

  @Test
  void evalScoresLmevalCatalanAsLmEvalDoes() throws IOException {
    write("data.jsonl",
        "{\"key\": 1, \"prompt\": \"A\", \"instruction_id_list\": [\"ca:keywords:frequency\"],"
            + " \"kwargs\": [{\"keyword\": \"casa\", \"frequency\": 2, \"relation\": \"less than\"}]}",
        "{\"key\": 2, \"prompt\": \"B\", \"instruction_id_list\": [\"ca:change_case:catalan_lowercase\","
            + " \"ca:punctuation:no_comma\"], \"kwargs\": [{}, {}]}");
    write("responses.jsonl",
        "{\"prompt\": \"A\", \"response\": \"La casa \u00E9s la casa del poble.\"}",
        "{\"prompt\": \"B\", \"response\": \"Una resposta, amb una coma.\"}");
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("eval", "--benchmark", "lmeval-ca", "--responses", "responses.jsonl",
        "--input-data", "data.jsonl", "--output-dir", "results");

    assertThat(code).as(cli.err()).isZero();
    // "less than 2" means at most 2 in lm-eval: two "casa" follow it; row B fails both checks.
    assertThat(cli.out()).containsPattern("prompt-level\\s+2\\s+0\\.5000 1/2")
        .containsPattern("instruction-level\\s+3\\s+0\\.3333 1/3");
    assertThat(Files.readString(dir.resolve("results/summary.json"))).contains("\"registry\" : \"lmeval-ca\"");
  }
}
