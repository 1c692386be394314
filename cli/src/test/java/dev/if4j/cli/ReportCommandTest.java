package dev.if4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @TempDir Path dir;

  private void write(String name, String... lines) throws IOException {
    Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  private void twoRuns(CliHarness cli) throws IOException {
    write("data.jsonl",
        "{\"key\": 1, \"prompt\": \"A\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}",
        "{\"key\": 2, \"prompt\": \"B\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}");
    write("r1.jsonl", "{\"prompt\": \"A\", \"response\": \"x, y\"}", "{\"prompt\": \"B\", \"response\": \"x y\"}");
    write("r2.jsonl", "{\"prompt\": \"A\", \"response\": \"x y\"}", "{\"prompt\": \"B\", \"response\": \"x y\"}");
    assertThat(cli.run("eval", "--responses", "r1.jsonl", "--input-data", "data.jsonl", "--output-dir", "zero-shot")).isZero();
    assertThat(cli.run("eval", "--responses", "r2.jsonl", "--input-data", "data.jsonl", "--output-dir", "four-shot")).isZero();
  }

  @Test
  void writesHtmlAndMarkdownAndSaysWhetherTheDifferenceIsSignificant() throws IOException {
    CliHarness cli = new CliHarness(dir);
    twoRuns(cli);

    int code = cli.run("report", "zero-shot", "four-shot", "--html", "report.html", "--markdown", "report.md",
        "--bootstrap", "500");

    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.out()).contains("wrote ").contains("report.html")
        .containsPattern("four-shot vs zero-shot: prompt-level strict \\+50\\.0 pp \\[.*\\] pp, p = 1\\.000, not significant, loose");
    String html = Files.readString(dir.resolve("report.html"));
    assertThat(html).contains("<svg class=\"chart\"").contains("instruction-table").contains("four-shot");
    // The reasons come from the prompts file the run's summary names (relative to the working directory).
    assertThat(html).contains("Reason: found a comma");
    assertThat(Files.readString(dir.resolve("report.md"))).contains("| four-shot | strict | 50.0% | 100.0% | +50.0 pp |");
  }

  @Test
  void withoutThePromptsFileTheReportSaysWhyThereAreNoReasons() throws IOException {
    CliHarness cli = new CliHarness(dir);
    twoRuns(cli);
    Files.delete(dir.resolve("data.jsonl"));
    assertThat(cli.run("report", "zero-shot", "--markdown", "r.md", "--names", "baseline")).isZero();
    assertThat(Files.readString(dir.resolve("r.md"))).contains("### baseline").contains("reasons not available")
        .contains("--input-data");
  }

  @Test
  void usageErrors() throws IOException {
    CliHarness cli = new CliHarness(dir);
    twoRuns(cli);
    assertThat(cli.run("report", "zero-shot")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--html FILE and/or --markdown FILE");
    assertThat(cli.run("report", "zero-shot", "four-shot", "--html", "r.html", "--names", "one")).isEqualTo(Main.USAGE);
    Files.createDirectories(dir.resolve("empty"));
    assertThat(cli.run("report", "empty", "--html", "r.html")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("not a run directory");
  }

  @Test
  void worksWithoutLanguageDataAndOnFrameworkRuns() throws IOException {
    Files.writeString(dir.resolve("data.jsonl"),
        "{\"key\": 1, \"prompt\": \"Answer in German.\", \"instruction_id_list\": [\"language:response_language\"],"
            + " \"kwargs\": [{\"language\": \"de\"}]}\n");
    Files.writeString(dir.resolve("responses.jsonl"),
        "{\"prompt\": \"Answer in German.\", \"response\": \"This is plainly an English sentence about the weather.\"}\n");
    CliHarness cli = new CliHarness(dir);
    assertThat(cli.run("eval", "--responses", "responses.jsonl", "--input-data", "data.jsonl", "--output-dir", "run",
        "--resources", System.getenv().getOrDefault("IF4J_RESOURCES", "../../shared/resources"))).as(cli.err()).isZero();
    Files.createDirectories(dir.resolve("no-data"));

    assertThat(cli.run("report", "run", "--markdown", "r.md", "--resources", "no-data", "--offline")).as(cli.err()).isZero();
    assertThat(Files.readString(dir.resolve("r.md"))).contains("reason not computed: langdetect/");

    Files.writeString(dir.resolve("samples_ifeval.jsonl"), "{\"doc_id\": 0, \"doc\": {\"key\": 1, \"prompt\": \"No commas.\","
        + " \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}, \"resps\": [[\"a, b\"]],"
        + " \"filtered_resps\": [\"a, b\"], \"filter\": \"none\"}\n");
    assertThat(cli.run("eval", "--responses", "samples_ifeval.jsonl", "--output-dir", "lm")).as(cli.err()).isZero();
    assertThat(cli.run("report", "lm", "--markdown", "lm.md")).as(cli.err()).isZero();
    assertThat(Files.readString(dir.resolve("lm.md")))
        .contains("reasons not available: the prompts and their arguments are in the lm-eval file");
  }

  @Test
  void singlesOutIfBenchsHeadline() throws IOException {
    Files.writeString(dir.resolve("ifbench.jsonl"),
        "{\"key\": 1, \"prompt\": \"No commas.\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}\n");
    Files.writeString(dir.resolve("responses.jsonl"), "{\"prompt\": \"No commas.\", \"response\": \"x\\ny, z\"}\n");
    CliHarness cli = new CliHarness(dir);
    assertThat(cli.run("eval", "--benchmark", "ifbench", "--responses", "responses.jsonl", "--input-data", "ifbench.jsonl",
        "--output-dir", "run")).as(cli.err()).isZero();
    assertThat(cli.run("report", "run", "--markdown", "r.md", "--html", "r.html")).as(cli.err()).isZero();
    assertThat(Files.readString(dir.resolve("r.md")))
        .contains("**run**: the figure its benchmark's authors report, prompt_level_loose 100.0% (1/1)");
    assertThat(Files.readString(dir.resolve("r.html"))).contains("prompt_level_loose 100.0% (1/1)");
  }

  @Test
  void readsAnEvalSamplesDirectory() throws IOException {
    Files.writeString(dir.resolve("data.jsonl"),
        "{\"key\": 1, \"prompt\": \"A\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}\n"
            + "{\"key\": 2, \"prompt\": \"B\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}\n");
    Files.writeString(dir.resolve("responses.jsonl"),
        "{\"key\": 1, \"sample\": 0, \"prompt\": \"A\", \"response\": \"x y\"}\n"
            + "{\"key\": 1, \"sample\": 1, \"prompt\": \"A\", \"response\": \"x, y\"}\n"
            + "{\"key\": 2, \"sample\": 0, \"prompt\": \"B\", \"response\": \"x y\"}\n"
            + "{\"key\": 2, \"sample\": 1, \"prompt\": \"B\", \"response\": \"x y\"}\n");
    CliHarness cli = new CliHarness(dir);
    assertThat(cli.run("eval", "--responses", "responses.jsonl", "--input-data", "data.jsonl", "--samples", "2",
        "--output-dir", "sampled")).as(cli.err()).isZero();

    assertThat(cli.run("report", "sampled", "--markdown", "r.md")).as(cli.err()).isZero();

    // Sample 0: both followed; sample 1: one of two. Mean 75%, std sqrt(((0.25)^2 * 2) / 1) = 35.4 points.
    assertThat(Files.readString(dir.resolve("r.md"))).contains("2 samples per prompt; the per-prompt figures are sample 0's")
        .contains("prompt_strict 75.0% ± 35.4").contains("pass@k (strict, prompt level): k=1 75.0%, k=2 100.0%");
  }
}
