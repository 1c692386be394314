package dev.if4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's option checks (a started server is tested end to end by clients/python/tests). */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void badScoringOptionsAreUsageErrors() {
    CliHarness cli = new CliHarness(dir);
    assertThat(cli.run("serve", "--port", "0", "--mode", "most")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("unknown score mode 'most'; known: fraction, all, weighted");
    assertThat(cli.run("serve", "--port", "0", "--judging", "lenient")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("unknown judging 'lenient'");
    assertThat(cli.run("serve", "--port", "0", "--unclosed-think", "ignore")).isEqualTo(Main.USAGE);
    assertThat(cli.run("serve", "--port", "0", "--max-response-chars", "0")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("maximum response length must be at least 1");
    assertThat(cli.run("serve", "--port", "0", "--registry", "nope")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--registry: unknown registry 'nope'");
  }

  @Test
  void badServerOptionsAreUsageErrors() throws IOException {
    CliHarness cli = new CliHarness(dir);
    assertThat(cli.run("serve", "--token-file", "missing.token")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--token-file: missing.token does not exist");
    Files.writeString(dir.resolve("empty.token"), "\n");
    assertThat(cli.run("serve", "--token-file", "empty.token")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("is empty");
    assertThat(cli.run("serve", "--port", "70000")).isEqualTo(Main.USAGE);
    assertThat(cli.run("serve", "--max-request-bytes", "10")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("at least 1 KiB");
    assertThat(cli.run("serve", "--threads", "0")).isEqualTo(Main.USAGE);
    assertThat(cli.run("serve", "--max-connections", "2")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("at least 8 connections");
    assertThat(cli.run("serve", "--header-timeout", "0")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--header-timeout must be a positive number of seconds");
    assertThat(cli.run("serve", "--idle-timeout", "0.01")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("idle timeout must be at least 100 ms");
    assertThat(cli.run("serve", "--min-body-rate", "0")).isEqualTo(Main.USAGE);
    assertThat(cli.run("serve", "--max-instructions", "0")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("at least 1 instruction");
    assertThat(cli.run("serve", "--max-argument-chars", "0")).isEqualTo(Main.USAGE);
  }

  @Test
  void serveBenchReportsSamplesPerSecondAndLatencyPerBatchSize() throws IOException {
    Files.writeString(dir.resolve("rows.jsonl"),
        "{\"id\": 1, \"response\": \"a, b\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}\n"
            + "{\"id\": 2, \"response\": \"a b\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}\n");
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("serve-bench", "--input", "rows.jsonl", "--registry", "test", "--batch-sizes", "1,16",
        "--seconds", "0.3", "--warmup", "0", "--threads", "2", "--overload", "--overload-seconds", "0.5",
        "--overload-batch", "16");

    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.out()).contains("rows.jsonl (2 rows)")
        .contains("samples/s")
        .containsPattern("\\n\\s+1\\s+16\\s+\\d+\\s+[\\d,]+\\s+[\\d.]+\\s+[\\d.]+")
        .containsPattern("\\n\\s+16\\s+4\\s+\\d+\\s+[\\d,]+")
        .contains("overload: batches of 16")
        .contains("healthy after: true");
  }

  @Test
  void theOldRequestBoundIsAcceptedWithAWarning() {
    CliHarness cli = new CliHarness(dir);
    // A bad option after it stops the start: the warning is what is left to see.
    assertThat(cli.run("serve", "--max-inflight-requests", "4096", "--threads", "0")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--max-inflight-requests is deprecated and ignored")
        .contains("--max-inflight-bytes and --max-queued-samples");
  }

  @Test
  void serveBenchReplaysPerSampleTraffic() {
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("serve-bench", "--synthetic", "--threads", "2", "--per-sample", "300",
        "--rounds", "2");

    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.out()).contains("--per-sample").contains("load average")
        .containsPattern("\\n\\s+300\\s+300\\s+0\\s+[\\d,]+\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+\\s+-\\s+\\d+ us/req\\*\\s+[\\d.]+\\s+none")
        .contains("* in-process: the server's CPU is in the client's column")
        .contains("coalesced 630 requests into");
  }

  @Test
  void serveBenchRefusesNonsense() {
    CliHarness cli = new CliHarness(dir);
    assertThat(cli.run("serve-bench", "--batch-sizes", "0")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--batch-sizes: 0 is not a batch size");
  }
}
