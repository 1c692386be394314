package dev.if4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path dir;

  private static final String GOOD = "{\"id\": \"a\", \"prompt\": \"p\", \"response\": \"no commas\","
      + " \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}";
  private static final String COMMA = "{\"id\": 2, \"prompt\": \"p\", \"response\": \"one, two\","
      + " \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}";
  private static final String SHORT = "{\"id\": \"s\", \"response\": \"x\","
      + " \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": []}";

  private CliHarness cli() {
    return new CliHarness(dir);
  }

  private Path rows(String name, String... lines) throws IOException {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  @Test
  void readsStandardInputAndWritesStandardOutput() {
    CliHarness cli = cli();
    cli.stdin = (GOOD + "\n" + COMMA + "\n").getBytes(StandardCharsets.UTF_8);

    int code = cli.run("check", "--input", "-", "--output", "-", "--threads", "2");

    assertThat(code).isZero();
    assertThat(cli.out()).isEqualTo("{\"id\":\"a\",\"strict\":[true],\"loose\":[true]}\n"
        + "{\"id\":\"2\",\"strict\":[false],\"loose\":[false]}\n");
    assertThat(cli.err()).contains("2 rows");
  }

  @Test
  void writesAFileWithReasonsWhenAskedToExplain() throws IOException {
    rows("rows.jsonl", GOOD, COMMA);
    CliHarness cli = cli();

    int code = cli.run("check", "--input", "rows.jsonl", "--output", "out.jsonl", "--explain", "-q");

    assertThat(code).isZero();
    assertThat(Files.readAllLines(dir.resolve("out.jsonl"))).hasSize(2)
        .last().asString().contains("\"reasons\":[{\"instruction_id\":\"punctuation:no_comma\",\"strict\":\"found a comma");
    assertThat(cli.out()).isEmpty();
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void aBadLineExitsWith3NamingFileLineAndFieldAndWhatToDo() throws IOException {
    rows("rows.jsonl", GOOD, SHORT, GOOD);
    CliHarness cli = cli();

    int code = cli.run("check", "--input", "rows.jsonl", "--output", "out.jsonl");

    assertThat(code).isEqualTo(Main.BAD_INPUT);
    assertThat(cli.err())
        .contains("rows.jsonl:2: field 'kwargs': 0 entries but instruction_id_list has 1")
        .contains("--skip-bad-lines");
    assertThat(Files.readAllLines(dir.resolve("out.jsonl"))).hasSize(1);
  }

  @Test
  void skipBadLinesWritesTheRejectsBesideTheOutput() throws IOException {
    rows("rows.jsonl", GOOD, SHORT, "oops", COMMA);
    CliHarness cli = cli();

    int code = cli.run("check", "--input", "rows.jsonl", "--output", "out.jsonl", "--skip-bad-lines");

    assertThat(code).isZero();
    assertThat(Files.readAllLines(dir.resolve("out.jsonl"))).hasSize(2);
    assertThat(Files.readAllLines(dir.resolve("out.rejects.jsonl")))
        .satisfiesExactly(
            l -> assertThat(l).contains("\"line\":2").contains("field 'kwargs'"),
            l -> assertThat(l).contains("\"line\":3").contains("malformed JSON").contains("\"text\":\"oops\""));
    assertThat(cli.err()).contains("2 bad lines set aside in " + dir.resolve("out.rejects.jsonl"));
  }

  @Test
  void everyGroundTruthFormatIsReadInOneRunDetectedPerLine() throws IOException {
    rows("mixed.jsonl",
        GOOD,
        "{\"data_source\": \"ifeval\", \"prompt\": [{\"role\": \"user\", \"content\": \"p\"}],"
            + " \"reward_model\": {\"style\": \"rule\", \"ground_truth\": \"{\\\"instruction_id_list\\\":"
            + " [\\\"punctuation:no_comma\\\"], \\\"kwargs\\\": [{}]}\"}, \"extra_info\": {\"index\": 7},"
            + " \"response\": \"one, two\"}",
        "{\"key\": \"oi\", \"messages\": [{\"role\": \"user\", \"content\": \"p\"}],"
            + " \"ground_truth\": \"[{'instruction_id': ['punctuation:no_comma'], 'kwargs': [None]}]\","
            + " \"response\": \"<think>a, b</think>no commas\"}",
        "{\"id\": \"vi\", \"prompt\": \"p\", \"checkers\": [\"[rule] In your entire response, refrain from the use"
            + " of any commas.\"], \"functions\": [\"def check_following(instruction, response): pass\"],"
            + " \"response\": \"fine\"}");
    CliHarness cli = cli();

    int code = cli.run("check", "--input", "mixed.jsonl", "--output", "-", "-q", "--verinstruct-rules", "registry");

    assertThat(code).isZero();
    assertThat(cli.out()).isEqualTo("{\"id\":\"a\",\"strict\":[true],\"loose\":[true]}\n"
        + "{\"id\":\"7\",\"strict\":[false],\"loose\":[false]}\n"
        + "{\"id\":\"oi\",\"strict\":[true],\"loose\":[true]}\n"
        + "{\"id\":\"vi\",\"strict\":[true],\"loose\":[true]}\n");
  }

  @Test
  void formatNamesTheFormatOfEveryLine() throws IOException {
    rows("rows.jsonl", GOOD);
    CliHarness cli = cli();

    assertThat(cli.run("check", "--input", "rows.jsonl", "--output", "-", "--format", "ifeval", "-q")).isZero();
    assertThat(cli.out()).isEqualTo("{\"id\":\"a\",\"strict\":[true],\"loose\":[true]}\n");

    CliHarness verl = cli();
    assertThat(verl.run("check", "--input", "rows.jsonl", "--output", "-", "--format", "verl")).isEqualTo(Main.BAD_INPUT);
    assertThat(verl.err()).contains("rows.jsonl:1: field 'reward_model': missing (verl format)");

    CliHarness unknown = cli();
    assertThat(unknown.run("check", "--input", "rows.jsonl", "--output", "-", "--format", "parquet"))
        .isEqualTo(Main.USAGE);
    assertThat(unknown.err()).contains("--format: unknown ground-truth format 'parquet'; known: auto, ifeval, verl,"
        + " open-instruct, rlvr-ifeval, verinstruct");
  }

  @Test
  void anRlvrIfevalRowIsJudgedByItsFunction() throws IOException {
    rows("rows.jsonl", "{\"id\": \"r\", \"messages\": [{\"role\": \"user\", \"content\": \"p\"}],"
        + " \"ground_truth\": \"{\\\"func_name\\\": \\\"validate_lowercase\\\"}\", \"response\": \"abc\"}");
    CliHarness cli = cli();

    assertThat(cli.run("check", "--input", "rows.jsonl", "--output", "-")).isEqualTo(Main.OK);
    assertThat(cli.out()).contains("{\"id\":\"r\",\"strict\":[true],\"loose\":[true]}");
  }

  @Test
  void anUnknownInstructionIsBadInput() throws IOException {
    rows("rows.jsonl", GOOD.replace("no_comma", "no_comas"));
    CliHarness cli = cli();

    assertThat(cli.run("check", "--input", "rows.jsonl", "--output", "-")).isEqualTo(Main.BAD_INPUT);
    assertThat(cli.err()).contains("rows.jsonl:1: field 'instruction_id_list[0]': unknown instruction id 'punctuation:no_comas'")
        .contains("did you mean punctuation:no_comma");
  }

  @Test
  void aMissingLanguageResourceExitsWith4AndSaysHowToFetchIt() throws IOException {
    rows("rows.jsonl", GOOD.replace("punctuation:no_comma", "test:needs_data"));
    Files.createDirectories(dir.resolve("empty"));
    CliHarness cli = cli();

    int code = cli.run("check", "--input", "rows.jsonl", "--output", "-", "--registry", "test",
        "--resources", "empty", "--offline");

    assertThat(code).isEqualTo(Main.MISSING_RESOURCE);
    assertThat(cli.err()).contains("nltk/corpora/stopwords/english").contains("offline").contains("if4j resources pull");
  }

  @Test
  void aFailedDownloadIsAMissingResourceToo() throws IOException {
    rows("rows.jsonl", GOOD.replace("punctuation:no_comma", "test:needs_data"));
    CliHarness cli = cli();

    int code = cli.run("check", "--input", "rows.jsonl", "--output", "-", "--registry", "test", "--resources", "cache");

    assertThat(code).isEqualTo(Main.MISSING_RESOURCE);
    assertThat(cli.err()).contains("download failed").contains("no network in tests");
  }

  @Test
  void aBugIsAnInternalError() throws IOException {
    rows("rows.jsonl", GOOD.replace("punctuation:no_comma", "test:broken"));
    CliHarness cli = cli();

    int code = cli.run("check", "--input", "rows.jsonl", "--output", "-", "--registry", "test");

    assertThat(code).isEqualTo(Main.INTERNAL);
    assertThat(cli.err()).contains("internal error").contains("a bug in a checker");
  }

  @Test
  void usageErrorsExitWith2() throws IOException {
    rows("rows.jsonl", GOOD);
    CliHarness cli = cli();

    assertThat(cli.run("check", "--output", "-")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("Missing required option: '--input=FILE'");
    assertThat(cli.run("check", "--input", "nope.jsonl", "--output", "-")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--input: nope.jsonl does not exist");
    // A missing output directory is created (as eval --output-dir is); a file in its way is an error.
    assertThat(cli.run("check", "--input", "rows.jsonl", "--output", "no/such/dir/out.jsonl")).isZero();
    assertThat(dir.resolve("no/such/dir/out.jsonl")).exists();
    assertThat(cli.run("check", "--input", "rows.jsonl", "--output", "rows.jsonl/out.jsonl")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--output: cannot create the directory of rows.jsonl/out.jsonl (a file is in the way)");
    assertThat(cli.run("check", "--input", "rows.jsonl", "--output", "-", "--registry", "ifbenchh")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("unknown registry 'ifbenchh'; known: auto, auto-fixed, ifbench, ifbench-fixed,"
        + " ifeval, ifeval-fixed, ifevalg, ifevalg-fixed");
    assertThat(cli.run("check", "--input", "rows.jsonl", "--output", "-", "--threads", "0")).isEqualTo(Main.USAGE);
    assertThat(cli.run("check", "--input", "rows.jsonl", "--output", "-", "--bogus")).isEqualTo(Main.USAGE);
    assertThat(cli.run()).isEqualTo(Main.USAGE);
  }

  @Test
  void theVersionComesFromTheBuild() {
    CliHarness cli = cli();

    assertThat(cli.run("--version")).isZero();
    assertThat(cli.out().strip()).matches("if4j \\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void theDefaultRejectsFileSitsBesideTheOutput() {
    assertThat(CheckCommand.defaultRejects("out/verdicts.jsonl")).isEqualTo(Path.of("out/verdicts.rejects.jsonl"));
    assertThat(CheckCommand.defaultRejects("verdicts.txt")).isEqualTo(Path.of("verdicts.txt.rejects.jsonl"));
    assertThat(CheckCommand.defaultRejects("-")).isEqualTo(Path.of("rejects.jsonl"));
  }

  @Test
  void aRowMayNameItsOwnRegistry() throws IOException {
    rows("rows.jsonl",
        "{\"id\": \"g\", \"registry\": \"ifevalg\", \"response\": \"No dots here\","
            + " \"instruction_id_list\": [\"punctuation:punctuation_dot\"], \"kwargs\": [{}]}",
        "{\"id\": \"e\", \"registry\": \"ifeval\", \"response\": \"No dots here\","
            + " \"instruction_id_list\": [\"punctuation:punctuation_dot\"], \"kwargs\": [{}]}");
    CliHarness cli = cli();

    assertThat(cli.run("check", "--input", "rows.jsonl", "--output", "-")).isEqualTo(Main.BAD_INPUT);
    assertThat(cli.out()).contains("{\"id\":\"g\",\"strict\":[true],\"loose\":[true]}");
    assertThat(cli.err()).contains("rows.jsonl:2: field 'instruction_id_list[0]': unknown instruction id"
        + " 'punctuation:punctuation_dot' in registry ifeval");
  }

  @Test
  void anUnknownRowRegistryIsBadInput() throws IOException {
    rows("rows.jsonl", "{\"id\": \"x\", \"registry\": \"ifevil\", \"response\": \"r\","
        + " \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}");
    CliHarness cli = cli();

    assertThat(cli.run("check", "--input", "rows.jsonl", "--output", "-")).isEqualTo(Main.BAD_INPUT);
    assertThat(cli.err()).contains("rows.jsonl:1: field 'registry': unknown registry 'ifevil'; known: auto, auto-fixed,"
        + " ifbench, ifbench-fixed, ifeval, ifeval-fixed, ifevalg, ifevalg-fixed");
  }

  /** A verl row with the response added, as a rollout dump has it (verl's ground truth as a JSON string). */
  record VerlMessage(String role, String content) {}

  record VerlRewardModel(String style, String ground_truth) {}

  record VerlExtraInfo(String split, long index) {}

  record VerlRow(String data_source, java.util.List<VerlMessage> prompt, VerlRewardModel reward_model,
      VerlExtraInfo extra_info, String response) {}

  @Test
  void readsVerlParquetAsItIs() throws IOException {
    Path parquet = dir.resolve("rollouts.parquet");
    String truth = "{\"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}";
    try (var w = new com.jerolba.carpet.CarpetWriter<>(new java.io.FileOutputStream(parquet.toFile()), VerlRow.class)) {
      w.write(new VerlRow("ifeval", java.util.List.of(new VerlMessage("user", "No commas.")),
          new VerlRewardModel("rule", truth), new VerlExtraInfo("train", 0), "fine by me"));
      w.write(new VerlRow("ifeval", java.util.List.of(new VerlMessage("user", "No commas either.")),
          new VerlRewardModel("rule", truth), new VerlExtraInfo("train", 1), "a, b"));
    }
    CliHarness cli = cli();

    assertThat(cli.run("check", "--input", "rollouts.parquet", "--output", "out.jsonl")).as(cli.err()).isZero();

    assertThat(Files.readAllLines(dir.resolve("out.jsonl"))).hasSize(2)
        .satisfies(l -> assertThat(l.get(0)).contains("\"id\":\"0\"").contains("\"strict\":[true]"))
        .satisfies(l -> assertThat(l.get(1)).contains("\"id\":\"1\"").contains("\"strict\":[false]"));

    // data ifeval-to-verl's own rows have no response yet: the error says so, naming the row.
    rows("prompts.jsonl",
        "{\"key\": 1, \"prompt\": \"No commas.\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}",
        "{\"key\": 2, \"prompt\": \"Again.\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}");
    assertThat(cli.run("data", "ifeval-to-verl", "--input-data", "prompts.jsonl", "--output-dir", "verl",
        "--test-fraction", "0.5")).as(cli.err()).isZero();
    assertThat(cli.run("check", "--input", "verl/train.parquet", "--output", "-")).isEqualTo(Main.BAD_INPUT);
    assertThat(cli.err()).contains("train.parquet (Parquet; lines are rows):1: field 'response': missing (found: ");
  }

  @Test
  void aDamagedParquetFileIsBadInputNotABug() throws IOException {
    Files.write(dir.resolve("cut.parquet"), "PAR1 cut short, no footer PAR1".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    CliHarness cli = new CliHarness(dir);
    assertThat(cli.run("check", "--input", "cut.parquet", "--output", "-")).isEqualTo(Main.BAD_INPUT);
    assertThat(cli.err()).contains("cut.parquet: not a readable Parquet file (").contains("cut short or damaged")
        .doesNotContain("internal error");
  }
}
