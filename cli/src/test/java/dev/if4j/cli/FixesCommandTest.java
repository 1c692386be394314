package dev.if4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixes on the command line: --registry NAME-fixed, --fixes, the stamps, fixes list and report. */
class FixesCommandTest {
  private static final String SHARED_RESOURCES =
      Path.of(System.getProperty("if4j.shared", "../../shared"), "resources").toAbsolutePath().normalize().toString();

  // Passes faithfully (0 == 2 * 0), fails with ratio-needs-sentences.
  private static final String VACUOUS = "{\"id\": \"v\", \"response\": \"Wow!\","
      + " \"instruction_id_list\": [\"ratio:sentence_type\"], \"kwargs\": [{}]}";
  // The reference would draw the relation at random.
  private static final String MISSING = "{\"id\": \"m\", \"response\": \"one two\","
      + " \"instruction_id_list\": [\"length_constraints:number_words\"], \"kwargs\": [{\"num_words\": 1}]}";

  @TempDir Path dir;

  private CliHarness cli() {
    return new CliHarness(dir);
  }

  private void rows(String name, String... lines) throws IOException {
    Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  @Test
  void theFixedFlavourAndChosenFixesChangeTheVerdict() throws IOException {
    rows("rows.jsonl", VACUOUS);
    CliHarness cli = cli();

    assertThat(cli.run("check", "--input", "rows.jsonl", "--output", "-", "--registry", "ifbench",
        "--resources", SHARED_RESOURCES, "--offline")).isZero();
    assertThat(cli.out()).isEqualTo("{\"id\":\"v\",\"strict\":[true],\"loose\":[true]}\n");
    assertThat(cli.err()).contains("if4j check: stamp: if4j ").contains("registry ifbench (faithful)");

    assertThat(cli.run("check", "--input", "rows.jsonl", "--output", "-", "--registry", "ifbench-fixed",
        "--resources", SHARED_RESOURCES, "--offline")).isZero();
    assertThat(cli.out()).isEqualTo("{\"id\":\"v\",\"strict\":[false],\"loose\":[false]}\n");
    assertThat(cli.err()).contains("registry ifbench-fixed (fixes: ").contains("ratio-needs-sentences")
        .contains("resources: nltk/tokenizers/punkt_tab/english ");

    assertThat(cli.run("check", "--input", "rows.jsonl", "--output", "-", "--registry", "ifbench",
        "--fixes", "ratio-needs-sentences", "--resources", SHARED_RESOURCES, "--offline")).isZero();
    assertThat(cli.out()).contains("\"strict\":[false]");
    assertThat(cli.err()).contains("registry ifbench+ratio-needs-sentences (fixes: ratio-needs-sentences)");
  }

  @Test
  void aRowNamingItsRegistryGetsTheRunsFixes() throws IOException {
    rows("rows.jsonl", "{\"id\": \"v\", \"registry\": \"ifbench\", \"response\": \"Wow!\","
        + " \"instruction_id_list\": [\"ratio:sentence_type\"], \"kwargs\": [{}]}");
    CliHarness cli = cli();

    assertThat(cli.run("check", "--input", "rows.jsonl", "--output", "-", "--registry", "auto-fixed",
        "--resources", SHARED_RESOURCES, "--offline", "-q")).isZero();
    assertThat(cli.out()).contains("\"strict\":[false]");
  }

  @Test
  void noRandomArgsMakesAMissingArgumentBadInput() throws IOException {
    rows("rows.jsonl", MISSING);
    CliHarness cli = cli();

    assertThat(cli.run("check", "--input", "rows.jsonl", "--output", "-", "--registry", "ifeval", "-q")).isZero();
    assertThat(cli.out()).contains("\"reference_random\":[true]");
    assertThat(cli.run("check", "--input", "rows.jsonl", "--output", "-", "--registry", "ifeval",
        "--fixes", "no-random-args")).isEqualTo(Main.BAD_INPUT);
    assertThat(cli.err()).contains("rows.jsonl:1: field 'kwargs[0]': length_constraints:number_words: argument"
        + " 'relation': missing: the reference would fill it in at random");
  }

  @Test
  void badFixesAreUsageErrors() throws IOException {
    rows("rows.jsonl", VACUOUS);
    CliHarness cli = cli();

    assertThat(cli.run("check", "--input", "rows.jsonl", "--output", "-", "--fixes", "ratio")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--fixes: unknown fix 'ratio'; known: no-random-args,");
    assertThat(cli.run("check", "--input", "rows.jsonl", "--output", "-", "--registry", "ifeval",
        "--fixes", "ratio-needs-sentences")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--fixes: fix 'ratio-needs-sentences' does not apply to registry ifeval");
    assertThat(cli.run("check", "--input", "rows.jsonl", "--output", "-", "--registry", "ifeval",
        "--fixes", "data")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("it applies to 'if4j eval --benchmark ifeval' only");
    assertThat(cli.run("check", "--input", "rows.jsonl", "--output", "-", "--registry", "ifeval-fixed",
        "--fixes", "no-random-args")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("already has fixes");
  }

  @Test
  void checkWritesTheStampAsJsonWhenAsked() throws IOException {
    rows("rows.jsonl", VACUOUS);
    CliHarness cli = cli();

    assertThat(cli.run("check", "--input", "rows.jsonl", "--output", "out.jsonl", "--registry", "ifbench-fixed",
        "--stamp", "out.stamp.json", "-q", "--resources", SHARED_RESOURCES, "--offline")).isZero();
    assertThat(cli.err()).isEmpty();
    // The verdict lines keep their format; the stamp goes beside them.
    assertThat(Files.readString(dir.resolve("out.jsonl"))).isEqualTo("{\"id\":\"v\",\"strict\":[false],\"loose\":[false]}\n");
    JsonNode stamp = new ObjectMapper().readTree(dir.resolve("out.stamp.json").toFile());
    assertThat(stamp.get("registry").asText()).isEqualTo("ifbench-fixed");
    assertThat(stamp.get("fixes").toString()).contains("ratio-needs-sentences");
    JsonNode punkt = stamp.get("resources").get(0);
    assertThat(punkt.get("directory").asText()).isEqualTo("nltk/tokenizers/punkt_tab/english");
    assertThat(punkt.get("from").asText()).isEqualTo(SHARED_RESOURCES);
  }

  @Test
  void listsTheFixesWithTheirExamples() {
    CliHarness cli = cli();

    assertThat(cli.run("fixes", "list")).isZero();
    assertThat(cli.out()).contains("nth-paragraph-non-blank (checker; ifeval, ifbench, ifevalg)")
        .contains("data (data; ifeval)")
        .contains("example:   ratio:sentence_type {} on \"What a day! Let us go!\": followed -> not followed");
    assertThat(cli.run("fixes", "list", "--markdown")).isZero();
    assertThat(cli.out()).startsWith("| fix | checkers | registries |").contains("| `keywords-whole-words` | `count:keywords_multiple` |");
  }

  @Test
  void reportsTheEffectOfEachFix() throws IOException {
    rows("data.jsonl", "{\"key\": 1, \"prompt\": \"p\", \"instruction_id_list\": [\"detectable_format:constrained_response\"], \"kwargs\": [{}]}");
    rows("responses.jsonl", "{\"prompt\": \"p\", \"response\": \"My answer is yes. My answer is no.\"}");
    rows("ifbench.jsonl", "{\"key\": 1, \"prompt\": \"q\", \"instruction_id_list\": [\"ratio:sentence_type\"], \"kwargs\": [{}]}");
    rows("ifbench-responses.jsonl", "{\"prompt\": \"q\", \"response\": \"Wow!\"}");
    CliHarness cli = cli();

    assertThat(cli.run("fixes", "report", "--ifeval-data", "data.jsonl", "--ifeval-responses", "responses.jsonl",
        "--ifbench-data", "ifbench.jsonl", "--ifbench-responses", "ifbench-responses.jsonl", "--no-rows",
        "--resources", SHARED_RESOURCES, "--offline", "--output", "report.md")).isZero();
    String md = Files.readString(dir.resolve("report.md"));
    assertThat(md).contains("| `constrained-response-one-option` | 1 / 1 | 1 / 1 | 0 | -1.0000 |")
        .contains("| `ratio-needs-sentences` | 1 / 1 | 1 / 1 | 0 | -1.0000 |")
        .contains("| `data` | 0 / 0 | 0 / 0 | 0 | ±0 |");
  }

  @Test
  void doctorSaysWhereEveryResourceIsAndWhatIsMissing() throws IOException {
    CliHarness cli = cli();

    assertThat(cli.run("doctor", "--resources", SHARED_RESOURCES)).isZero();
    // One line per package by default, with what is missing under it; no per-file digests.
    assertThat(cli.out()).containsPattern("\n  nltk +\\d+ of \\d+ files \\(directory\\)\n")
        .containsPattern("\n  langdetect +\\d+ of \\d+ files \\(directory\\), 1 missing\n    missing langdetect/messages.properties \\(optional\\)\n")
        .doesNotContain("sha256:");

    assertThat(cli.run("doctor", "--resources", SHARED_RESOURCES, "--verbose")).isZero();
    assertThat(cli.out()).contains("registries: auto, auto-fixed, ifbench, ifbench-fixed")
        .contains("bundled resources: none in this build")
        .contains("resource directory: " + SHARED_RESOURCES)
        .containsPattern("directory nltk/tokenizers/punkt_tab/english/abbrev_types.txt  sha256:[0-9a-f]{64}")
        .contains("missing   langdetect/messages.properties (optional)");

    Files.createDirectories(dir.resolve("empty"));
    assertThat(cli.run("doctor", "--resources", "empty")).isEqualTo(Main.MISSING_RESOURCE);
    assertThat(cli.out()).contains("  syllapy      0 of 1 files, 1 missing\n    missing syllapy/data.csv\n");
    assertThat(cli.err()).contains("language resource files are missing").contains("if4j resources pull");
  }

  @Test
  void reportNeedsNoSharedCheckoutBesideIt() throws IOException {
    rows("data.jsonl", "{\"key\": 1, \"prompt\": \"p\", \"instruction_id_list\": [\"detectable_format:constrained_response\"], \"kwargs\": [{}]}");
    rows("responses.jsonl", "{\"prompt\": \"p\", \"response\": \"My answer is yes. My answer is no.\"}");
    CliHarness cli = cli(); // its working directory is a temporary one: no ../shared beside it

    assertThat(cli.run("fixes", "report", "--ifeval-data", "data.jsonl", "--ifeval-responses", "responses.jsonl",
        "--resources", SHARED_RESOURCES, "--offline")).as(cli.err()).isZero();
    assertThat(cli.err()).contains("no --ifbench-responses and no ../shared/datasets/ifbench/sample_output.jsonl;"
        + " IFBench is not measured");
    assertThat(cli.out()).contains("IFEval, responses.jsonl").contains("`constrained-response-one-option`");

    assertThat(cli.run("fixes", "report", "--resources", SHARED_RESOURCES, "--offline")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("nothing to measure").contains("--ifeval-responses FILE");
  }
}
