package dev.if4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
  @TempDir Path dir;

  @Test
  void reportsRowsPerSecondOnOneAndAllThreads() throws IOException {
    Files.writeString(dir.resolve("rows.jsonl"),
        "{\"id\": 1, \"response\": \"a, b\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}\n"
            + "{\"id\": 2, \"response\": \"a b\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}\n");
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("bench", "--input", "rows.jsonl", "--seconds", "0.05", "--warmup", "0", "--threads", "2");

    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.out()).contains("2 rows, 2 instructions")
        .containsPattern(" 1 thread :\\s+[\\d,]+ rows/s")
        .containsPattern(" 2 threads:\\s+[\\d,]+ rows/s")
        .contains("whole check pipeline")
        .doesNotContain("the reference's");
  }

  @Test
  void comparesWithAReferenceRateOnlyWhenOneIsGiven() throws IOException {
    Files.writeString(dir.resolve("rows.jsonl"),
        "{\"id\": 1, \"response\": \"a b\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}\n");
    CliHarness ifbench = new CliHarness(dir);
    assertThat(ifbench.run("bench", "--input", "rows.jsonl", "--seconds", "0.05", "--warmup", "0", "--threads", "1",
        "--registry", "ifbench")).as(ifbench.err()).isZero();
    assertThat(ifbench.out()).containsPattern(" 1 thread :\\s+[\\d,]+ rows/s").doesNotContain("the reference's");

    CliHarness given = new CliHarness(dir);
    assertThat(given.run("bench", "--input", "rows.jsonl", "--seconds", "0.05", "--warmup", "0", "--threads", "1",
        "--registry", "ifevalg", "--reference-rate", "100")).as(given.err()).isZero();
    assertThat(given.out()).contains("the reference's 100 rows/s on one core");
  }

  @Test
  void withoutInputAndWithoutTheSharedGoldensItMeasuresBuiltInRows() {
    CliHarness cli = new CliHarness(dir);

    assertThat(cli.run("bench", "--seconds", "0.01", "--warmup", "0", "--threads", "1")).as(cli.err()).isZero();
    assertThat(cli.err()).contains("measuring built-in rows").contains("pass --input FILE");
    assertThat(cli.out()).contains("8 rows, 10 instructions").containsPattern(" 1 thread :\\s+[\\d,]+ rows/s");
  }
}
