package dev.if4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upstream versions on the command line: {@code registries}, {@code --registry NAME@VERSION}, stamps. */
class VersionsCommandTest {
  private static final Path SHARED = Path.of(System.getProperty("if4j.shared")).normalize();

  @TempDir Path dir;

  @Test
  void registriesListsEveryVersionWithItsCommitDateAndAliases() {
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("registries");

    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.out()).contains("registries: auto, auto-fixed, ifbench")
        .contains("ifbench@8a66c06  2025-07-02  allenai/IFBench  aliases: 2025-07-paper")
        .contains("ifbench@c62b347  2025-11-11").contains("ifbench@8e6a9be  2026-01-04")
        .contains("ifbench@db69a6f  2026-08-19  allenai/IFBench  [pinned: --registry ifbench]")
        .contains("ifeval@5bdf377").contains("ifeval@45e9105").contains("ifevalg@ebca9f7d4")
        .contains("ifevalg@9502f163e").contains("ifevalg@2a088f7dc")
        .contains("built from ifbench@db69a6f: overrides count:pronouns")
        .contains("refuses 25 ids");
  }

  @Test
  void checkJudgesWithAVersionByAliasAndStampsIt() throws IOException {
    // The one probe that separates the paper from the leaderboard re-scoring (c94da02).
    Files.writeString(dir.resolve("rows.jsonl"), "{\"id\": \"p\", \"prompt\": \"x\", \"response\":"
        + " \"Tell me a joke about cats.\", \"instruction_id_list\": [\"repeat:repeat_change\"],"
        + " \"kwargs\": [{\"prompt_to_repeat\": \"Give me a joke about cats.\"}]}\n");
    for (String[] c : new String[][] {{"ifbench@2025-07-paper", "false"}, {"ifbench@c62b347", "true"}}) {
      CliHarness cli = new CliHarness(dir);
      int code = cli.run("check", "--registry", c[0], "--input", "rows.jsonl", "--output", "-",
          "--stamp", "stamp.json", "--resources", SHARED.resolve("resources").toString(), "--offline");
      assertThat(code).as(cli.err()).isZero();
      assertThat(cli.out()).as(c[0]).isEqualTo("{\"id\":\"p\",\"strict\":[" + c[1] + "],\"loose\":[" + c[1] + "]}\n");
      String commit = c[0].equals("ifbench@c62b347") ? "c62b347" : "8a66c06";
      assertThat(Files.readString(dir.resolve("stamp.json")))
          .contains("\"registry\" : \"ifbench@" + commit + "\"")
          .contains("\"upstream\" : [ \"ifbench@" + commit + " (allenai/IFBench, ");
    }
  }

  @Test
  void aVersionRefusesAnIdItLackedNamingTheVersionThatAddedIt() throws IOException {
    Files.writeString(dir.resolve("rows.jsonl"), "{\"id\": \"c\", \"prompt\": \"x\", \"response\": \"a b\","
        + " \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}\n");
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("check", "--registry", "ifbench@8e6a9be", "--input", "rows.jsonl", "--output", "-");

    assertThat(code).isEqualTo(Main.BAD_INPUT);
    assertThat(cli.err()).contains("rows.jsonl:1: field 'instruction_id_list[0]'")
        .contains("not in registry ifbench@8e6a9be").contains("ifbench@db69a6f (0.2.0)");
  }

  @Test
  void anUnknownVersionIsAUsageErrorListingTheKnownOnes() {
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("check", "--registry", "ifbench@2024", "--input", "rows.jsonl", "--output", "-");

    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("unknown version '2024' of ifbench").contains("8a66c06 (2025-07-paper");
  }

  @Test
  void evalOfAVersionWarnsWhereItsEvaluatorWouldHaveAborted() throws IOException {
    Files.writeString(dir.resolve("data.jsonl"),
        "{\"key\": \"1\", \"prompt\": \"A\", \"instruction_id_list\": [\"count:pronouns\"], \"kwargs\": [{\"N\": 1}]}\n"
            + "{\"key\": \"2\", \"prompt\": \"B\", \"instruction_id_list\": [\"count:pronouns\"], \"kwargs\": [{\"N\": 1}]}\n");
    Files.writeString(dir.resolve("responses.jsonl"), "{\"prompt\": \"A\", \"response\": \"Everyone came.\"}\n");
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("eval", "--benchmark", "ifbench@2025-07-paper", "--responses", "responses.jsonl",
        "--input-data", "data.jsonl", "--output-dir", "out", "--threads", "1",
        "--resources", SHARED.resolve("resources").toString(), "--offline");

    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.out()).contains("registry ifbench@8a66c06");
    assertThat(cli.err()).contains("1 prompt(s) have no response; the evaluator of ifbench@8a66c06 aborts with KeyError")
        .doesNotContain("warning: scoring");
    assertThat(Files.readString(dir.resolve("out/summary.json")))
        .contains("\"upstream\" : [ \"ifbench@8a66c06 (allenai/IFBench, 2025-07-02)\" ]");
  }

  @Test
  void compareVersionsListsTheVerdictsThatMoveWithTheChangeThatMovedThem() throws IOException {
    Files.writeString(dir.resolve("rows.jsonl"), String.join("\n",
        // c94da02 (leaderboard re-scoring) changed repeat_change: characters -> words after the first.
        "{\"id\": \"p\", \"prompt\": \"x\", \"response\": \"Tell me a joke about cats.\","
            + " \"instruction_id_list\": [\"repeat:repeat_change\"],"
            + " \"kwargs\": [{\"prompt_to_repeat\": \"Give me a joke about cats.\"}]}",
        // Unchanged between the versions.
        "{\"id\": \"q\", \"prompt\": \"x\", \"response\": \"olleh\","
            + " \"instruction_id_list\": [\"custom:character_reverse\"], \"kwargs\": [{}]}",
        // 0.2.0 added the classic ids: refused before.
        "{\"id\": \"c\", \"prompt\": \"x\", \"response\": \"a b\","
            + " \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}") + "\n");
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("compare-versions", "--input", "rows.jsonl",
        "--versions", "ifbench@2025-07-paper,ifbench@c62b347,ifbench",
        "--resources", SHARED.resolve("resources").toString(), "--offline");

    assertThat(code).as(cli.err()).isZero();
    List<String> moves = cli.out().lines().toList();
    assertThat(moves).hasSize(2);
    assertThat(moves.get(0)).startsWith("{\"id\":\"p\",\"line\":1,\"instruction_id\":\"repeat:repeat_change\"")
        .contains("\"ifbench@8a66c06\":{\"strict\":false,\"loose\":false}")
        .contains("\"ifbench@c62b347\":{\"strict\":true,\"loose\":true}")
        .contains("\"changes\":[\"ifbench@8a66c06: the paper version");
    assertThat(moves.get(1)).startsWith("{\"id\":\"c\"")
        .contains("\"ifbench@8a66c06\":\"refused\"").contains("\"ifbench@db69a6f\":{\"strict\":true")
        .contains("\"changes\":[\"ifbench@8e6a9be: only IFBench's 58 own ids");
    assertThat(cli.err()).contains("3 rows, 3 instructions").contains("ifbench@8a66c06")
        .contains("2 instruction verdicts move between the versions");
  }

  @Test
  void compareVersionsRefusesVersionsOfDifferentRegistries() {
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("compare-versions", "--input", "rows.jsonl", "--versions", "ifbench@8a66c06,ifeval");

    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--versions: the versions must be of one registry");
  }
}
