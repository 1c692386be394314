package dev.if4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
  @TempDir Path dir;

  private void write(String name, String... lines) throws IOException {
    Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  @Test
  void scoresResponsesPrintsATableAndWritesTheResults() throws IOException {
    write("data.jsonl",
        "{\"key\": 1, \"prompt\": \"A\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}",
        "{\"key\": 2, \"prompt\": \"B\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{\"unused\": null}]}");
    write("responses.jsonl",
        "{\"prompt\": \"B\", \"response\": \"x, y\"}",
        "{\"prompt\": \"A\", \"response\": \"x y\"}");
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("eval", "--benchmark", "ifeval", "--responses", "responses.jsonl", "--input-data", "data.jsonl",
        "--output-dir", "results");

    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.out()).containsPattern("prompt-level\\s+2\\s+0\\.5000 1/2\\s+0\\.5000 1/2")
        .contains("punctuation:no_comma")
        .contains("wrote eval_results_strict.jsonl");
    assertThat(dir.resolve("results/eval_results_strict.jsonl")).exists();
    assertThat(dir.resolve("results/eval_results_loose.jsonl")).exists();
    assertThat(Files.readString(dir.resolve("results/summary.json"))).contains("\"registry\" : \"ifeval\"");
  }

  @Test
  void severalSamplesPerPromptGiveTheSpreadAndPassAtK() throws IOException {
    write("data.jsonl",
        "{\"key\": 1, \"prompt\": \"A\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}");
    write("responses.jsonl",
        "{\"key\": 1, \"sample\": 0, \"prompt\": \"A\", \"response\": \"x y\"}",
        "{\"key\": 1, \"sample\": 1, \"prompt\": \"A\", \"response\": \"x, y\"}");
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("eval", "--benchmark", "ifeval", "--responses", "responses.jsonl", "--input-data", "data.jsonl",
        "--samples", "2", "--output-dir", "results");

    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.out()).contains("1 prompts x 2 samples").containsPattern("prompt-level strict\\s+0\\.5000")
        .contains("pass@k");
    assertThat(dir.resolve("results/sample-0/eval_results_strict.jsonl")).exists();
    assertThat(dir.resolve("results/sample-1/summary.json")).exists();
    assertThat(Files.readString(dir.resolve("results/summary.json"))).contains("\"pass_at_k\"");

    write("unsampled.jsonl", "{\"key\": 1, \"prompt\": \"A\", \"response\": \"x y\"}");
    assertThat(cli.run("eval", "--responses", "unsampled.jsonl", "--input-data", "data.jsonl", "--samples", "2",
        "--output-dir", "r2")).isEqualTo(Main.BAD_INPUT);
    assertThat(cli.err()).contains("unsampled.jsonl:1: field 'sample': missing");
  }

  @Test
  void withoutInputDataOfflineAndNoCopyItSaysWhatToDo() throws IOException {
    write("responses.jsonl", "{\"prompt\": \"A\", \"response\": \"x\"}");
    Files.createDirectories(dir.resolve("empty"));
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("eval", "--responses", "responses.jsonl", "--output-dir", "results",
        "--resources", "empty", "--offline");

    assertThat(code).isEqualTo(Main.MISSING_RESOURCE);
    assertThat(cli.err()).contains("datasets/ifeval/input_data.jsonl").contains("--input-data")
        .contains("if4j resources pull");
  }

  @Test
  void withoutInputDataItUsesTheCachedCopy() throws IOException {
    Path cached = dir.resolve("cache/datasets/ifeval/input_data.jsonl");
    Files.createDirectories(cached.getParent());
    Files.writeString(cached, "{\"key\": 1, \"prompt\": \"A\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}\n");
    write("responses.jsonl", "{\"prompt\": \"A\", \"response\": \"x\"}");
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("eval", "--responses", "responses.jsonl", "--output-dir", "results", "--resources", "cache");

    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.out()).containsPattern("prompt-level\\s+1\\s+1\\.0000 1/1");
  }

  @Test
  void anUnknownBenchmarkIsAUsageError() throws IOException {
    write("responses.jsonl", "{\"prompt\": \"A\", \"response\": \"x\"}");
    CliHarness cli = new CliHarness(dir);

    assertThat(cli.run("eval", "--benchmark", "mmlu", "--responses", "responses.jsonl", "--output-dir", "r"))
        .isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("unknown benchmark 'mmlu'");
  }

  @Test
  void aBadResponsesLineIsBadInput() throws IOException {
    write("data.jsonl", "{\"key\": 1, \"prompt\": \"A\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}");
    write("responses.jsonl", "{\"prompt\": \"A\"}");
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("eval", "--responses", "responses.jsonl", "--input-data", "data.jsonl", "--output-dir", "r");

    assertThat(code).isEqualTo(Main.BAD_INPUT);
    assertThat(cli.err()).contains("responses.jsonl:1: field 'response': missing");
  }

  /**
   * An lm-evaluation-harness {@code --log_samples} file for its ifeval task, laid out as lm-eval
   * writes it (EleutherAI/lm-evaluation-harness at 4e7e0d47, lm_eval/evaluator.py near line 645),
   * with google/IFEval's null kwargs columns, read as it is: no --input-data, no --from.
   */
  @Test
  void readsAnLmEvalSamplesFileAsItIs() throws IOException {
    String verdicts = "\"prompt_level_strict_acc\": true, \"inst_level_strict_acc\": [true, true],"
        + " \"prompt_level_loose_acc\": true, \"inst_level_loose_acc\": [true, true]";
    write("samples_ifeval_2026-12-07T00-00-00.jsonl",
        "{\"doc_id\": 0, \"doc\": {\"key\": 1000, \"prompt\": \"Write a title, no commas.\", \"instruction_id_list\":"
            + " [\"punctuation:no_comma\", \"detectable_format:title\"], \"kwargs\": [{\"num_highlights\": null,"
            + " \"relation\": null}, {\"num_highlights\": null, \"relation\": null}]}, \"target\": \"0\", \"arguments\":"
            + " {\"gen_args_0\": {\"arg_0\": \"Write a title, no commas.\", \"arg_1\": {\"until\": []}}},"
            + " \"resps\": [[\"<<Home>> and more\"]], \"filtered_resps\": [\"<<Home>> and more\"], \"filter\": \"none\","
            + " \"metrics\": [\"prompt_level_strict_acc\", \"inst_level_strict_acc\", \"prompt_level_loose_acc\","
            + " \"inst_level_loose_acc\"], \"doc_hash\": \"a\", \"prompt_hash\": \"b\", \"target_hash\": \"c\", "
            + verdicts + "}",
        "{\"doc_id\": 1, \"doc\": {\"key\": 1001, \"prompt\": \"No commas.\", \"instruction_id_list\":"
            + " [\"punctuation:no_comma\"], \"kwargs\": [{\"num_highlights\": null}]}, \"resps\": [[\"a, b\"]],"
            + " \"filtered_resps\": [\"a, b\"], \"filter\": \"none\", \"prompt_level_strict_acc\": false,"
            + " \"inst_level_strict_acc\": [false], \"prompt_level_loose_acc\": false, \"inst_level_loose_acc\": [false]}");
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("eval", "--responses", "samples_ifeval_2026-12-07T00-00-00.jsonl", "--output-dir", "out");

    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.err()).contains("read as lm-eval output").doesNotContain("differ from ours");
    assertThat(cli.out()).containsPattern("prompt-level\\s+2\\s+0\\.5000 1/2").contains("results.json");
    String results = Files.readString(dir.resolve("out/results.json"));
    assertThat(results).contains("\"prompt_level_strict_acc,none\" : 0.5")
        .contains("\"prompt_level_strict_acc_stderr,none\" : 0.5")
        .contains("\"inst_level_strict_acc,none\" : 0.6666666666666666");
    assertThat(Files.readString(dir.resolve("out/summary.json"))).contains("\"prompts_disagreeing\" : 0");

    // Named explicitly, an if4j file is read as lm-eval's, and the error says what the rows lack.
    write("plain.jsonl", "{\"prompt\": \"No commas.\", \"response\": \"a b\"}");
    assertThat(cli.run("eval", "--from", "lm-eval", "--responses", "plain.jsonl", "--output-dir", "out2"))
        .isEqualTo(Main.BAD_INPUT);
    assertThat(cli.err()).contains("plain.jsonl:1: field 'doc': missing (found: prompt, response)");
    assertThat(cli.run("eval", "--from", "helm", "--responses", "plain.jsonl", "--output-dir", "out2"))
        .isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("--from: unknown outputs format 'helm'; known: if4j, lm-eval");
  }

  @Test
  void helpListsEveryBenchmark() {
    CliHarness cli = new CliHarness(dir);
    assertThat(cli.run("eval", "--help")).isZero();
    String help = cli.out().replaceAll("\\s+", " ");
    for (String id : dev.if4j.eval.benchmark.Benchmark.ids()) {
      assertThat(help).as(id).contains(id + " (registry " + id);
    }
  }

  @Test
  void aUsageErrorIsOneLineAndAPointerToTheHelp() {
    CliHarness cli = new CliHarness(dir);
    assertThat(cli.run("eval", "--output-dir", "x", "--respones", "r.jsonl")).isEqualTo(Main.USAGE);
    assertThat(cli.err()).startsWith("if4j eval: Unknown options: '--respones', 'r.jsonl'")
        .contains("Try 'if4j eval --help' for the options.")
        .doesNotContain("Usage:").doesNotContain("--input-data");
  }

  /**
   * lighteval's details Parquet for its ifeval task (written by
   * src/test/resources/frameworks/make_lighteval_details.py from the layout in lighteval's code at
   * 3fd15266): prompts from doc.query and doc.specific, the response from final_text[0] (the
   * post-processed text, reasoning removed, where there is one), lighteval's verdicts compared.
   */
  @Test
  void readsLightevalDetailsAsTheyAre() throws Exception {
    Path details = dir.resolve("details_ifeval_2026-12-07T01-00-00.parquet");
    try (var in = EvalCommandTest.class.getResourceAsStream("/frameworks/" + details.getFileName())) {
      Files.copy(in, details);
    }
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("eval", "--responses", details.getFileName().toString(), "--output-dir", "out");

    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.err()).contains("(Parquet; lines are rows): read as lighteval output")
        .contains("lighteval's own verdicts differ from ours on 1 of 3 prompts");
    // Row 0 scored on "No commas here" (the trace with its comma removed by lighteval); row 1 fails
    // no_comma; row 2 has no <<title>>, though the file says lighteval found one.
    assertThat(cli.out()).containsPattern("prompt-level\\s+3\\s+0\\.3333 1/3");
    String summary = Files.readString(dir.resolve("out/summary.json"));
    assertThat(summary).contains("\"name\" : \"lighteval\"").contains("\"key\" : \"2\"")
        .contains("\"metric\" : \"prompt_level_strict_acc\"");
  }

  @Test
  void compareFrameworksExplainsEveryPromptWhoseVerdictDiffers() throws IOException {
    write("data.jsonl",
        "{\"key\": 1, \"prompt\": \"No commas.\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}",
        "{\"key\": 2, \"prompt\": \"Also no commas.\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}",
        "{\"key\": 3, \"prompt\": \"End with Done.\", \"instruction_id_list\": [\"startend:end_checker\"],"
            + " \"kwargs\": [{\"end_phrase\": \"Done.\"}]}");
    write("responses.jsonl",
        // The trace has a comma: only frameworks that remove it see a response without one.
        "{\"key\": 1, \"prompt\": \"No commas.\", \"response\": \"<think>Well, no commas</think>\\n\\nFine by me\"}",
        "{\"key\": 2, \"prompt\": \"Also no commas.\", \"response\": \"Fine by me\"}",
        // Two traces: lm-eval-think keeps what follows the last; lighteval cuts both.
        "{\"key\": 3, \"prompt\": \"End with Done.\", \"response\": \"<think>a</think>x, Done.<think>b</think>\"}");
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("compare-frameworks", "--responses", "responses.jsonl", "--input-data", "data.jsonl",
        "--output-dir", "cmp");

    assertThat(code).as(cli.err()).isZero();
    String md = Files.readString(dir.resolve("cmp/frameworks.md"));
    assertThat(md)
        .contains("| figure | reference | lm-eval | lm-eval-think | lighteval | evalscope | opencompass | ifbench"
            + " | open-instruct | olmes |")
        // Key 3's two traces: lighteval and OpenCompass cut both; evalscope keeps what follows the
        // first </think> (the second trace too); lm-eval-think, open-instruct and olmes keep what
        // follows the last (nothing).
        .contains("| prompt-level strict | 33.3% (1/3) | 33.3% (1/3) | 66.7% (2/3) | 100.0% (3/3) | 66.7% (2/3)"
            + " | 100.0% (3/3) | 33.3% (1/3) | 66.7% (2/3) | 66.7% (2/3) |")
        .contains("## Prompts whose verdict differs (2)")
        .contains("lm-eval scored the response as given (reasoning trace included)")
        .contains("lighteval removed <think>…</think> (30 characters fewer)")
        .contains("lm-eval-think kept the text after the last </think>, left-stripped")
        .contains("evalscope kept the text after the first </think> (remove_until), not stripped")
        .contains("opencompass removed <think>…</think> (or all before a lone </think>) and stripped whitespace")
        .contains("open-instruct kept the text after the last </think>")
        .contains("olmes kept the text after the last </think> and removed <answer> at a line's start");
    assertThat(md).doesNotContain("**2**");
    assertThat(Files.readString(dir.resolve("cmp/frameworks.html"))).contains("<th>lighteval<br>strict / loose</th>");
  }

  @Test
  void compareFrameworksOnTheGpt4ResponsesWithTheBenchmarksOwnPrompts() throws IOException {
    Path shared = Path.of(System.getProperty("if4j.shared", "../../shared"), "datasets/ifeval").toAbsolutePath();
    CliHarness cli = new CliHarness(dir);
    // A resource cache holding the language data and IFEval's prompts where eval looks for them
    // (links into the shared data, nothing copied): compare-frameworks takes the prompts from there.
    Path store = Files.createDirectories(dir.resolve("store/datasets/ifeval")).getParent().getParent();
    Path languageData = Path.of(System.getenv().getOrDefault("IF4J_RESOURCES", "../../shared/resources")).toAbsolutePath();
    try (var entries = Files.list(languageData)) {
      for (Path e : entries.toList()) Files.createSymbolicLink(store.resolve(e.getFileName()), e);
    }
    Files.createSymbolicLink(store.resolve("datasets/ifeval/input_data.jsonl"), shared.resolve("input_data.jsonl"));
    int code = cli.run("compare-frameworks", "--responses", shared.resolve("input_response_data_gpt4_20231107_145030.jsonl").toString(),
        "--output-dir", "cmp", "--resources", store.toString(), "--offline");
    assertThat(code).as(cli.err()).isZero();
    // GPT-4's responses carry no reasoning traces: the rules that only remove traces leave them as
    // they are; OpenCompass's and open-instruct's also strip whitespace, which moves no verdict here.
    assertThat(cli.out()).contains("| prompt-level strict | 77.1% (417/541) | 77.1% (417/541) | 77.1% (417/541)"
            + " | 77.1% (417/541) | 77.1% (417/541) | 77.1% (417/541) | 77.1% (417/541) | 77.1% (417/541)"
            + " | 77.1% (417/541) |")
        .contains("## Prompts whose verdict differs (0)");
  }

  @Test
  void evalReadsOlmoEvalsPredictionsWithTheRequestsBesideThem() throws IOException {
    // The eval module's test run (written from olmo-eval's code, see OlmesPredictionsTest).
    Path predictions = Path.of("../eval/src/test/resources/frameworks/olmes/out/predictions/olmo-3-7b-think/"
        + "ifeval_9c1e2a-predictions.jsonl").toAbsolutePath().normalize();
    CliHarness cli = new CliHarness(dir);
    assertThat(cli.run("eval", "--responses", predictions.toString(), "--output-dir", "out")).as(cli.err()).isZero();
    assertThat(cli.err()).contains("read as olmes output");
    assertThat(cli.out()).containsPattern("prompt-level\\s+4\\s+0\\.7500 3/4");
    assertThat(Files.readString(dir.resolve("out/summary.json"))).contains("\"name\" : \"olmes\"");
  }

  @Test
  void evalTakesAProfile() throws IOException {
    write("data.jsonl",
        "{\"key\": 1, \"prompt\": \"No commas.\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}");
    write("responses.jsonl", "{\"key\": 1, \"prompt\": \"No commas.\", \"response\": \"<think>a, b</think>Fine\"}");
    CliHarness cli = new CliHarness(dir);
    assertThat(cli.run("eval", "--responses", "responses.jsonl", "--input-data", "data.jsonl", "--profile", "lighteval",
        "--output-dir", "out")).as(cli.err()).isZero();
    assertThat(cli.out()).containsPattern("prompt-level\\s+1\\s+1\\.0000 1/1");
    assertThat(Files.readString(dir.resolve("out/summary.json"))).contains("\"profile\" : \"lighteval\"");
    assertThat(cli.run("eval", "--responses", "responses.jsonl", "--input-data", "data.jsonl", "--profile", "x",
        "--output-dir", "out")).isEqualTo(Main.USAGE);
  }

  @Test
  void toolsLoadedAheadChangeNoResultAndAToolLoadedAheadButNotUsedIsNotInTheStamp() throws IOException {
    write("data.jsonl",
        "{\"key\": 1, \"prompt\": \"A\", \"instruction_id_list\": [\"language:response_language\"], \"kwargs\": [{\"language\": \"de\"}]}",
        "{\"key\": 2, \"prompt\": \"B\", \"instruction_id_list\": [\"length_constraints:number_sentences\"],"
            + " \"kwargs\": [{\"relation\": \"less than\", \"num_sentences\": 3}]}");
    write("responses.jsonl",
        "{\"prompt\": \"A\", \"response\": \"Das ist eine kurze Antwort auf Deutsch.\"}",
        "{\"prompt\": \"B\", \"response\": \"One. Two. Three.\"}");
    CliHarness cli = new CliHarness(dir);
    String[] eval = {"eval", "--responses", "responses.jsonl", "--input-data", "data.jsonl", "--threads", "1"};
    Path cache = dir.resolve("cache");
    Files.createDirectories(cache);
    String before = System.getProperty(dev.if4j.text.resources.StartupCache.PROPERTY);
    try {
      assertThat(cli.run(concat(eval, "--output-dir", "plain"))).as(cli.err()).isZero();
      System.setProperty(dev.if4j.text.resources.StartupCache.PROPERTY, cache.toString());
      // The first run with a cache folder learns which tools it used; the second loads them ahead.
      assertThat(cli.run(concat(eval, "--output-dir", "learning"))).as(cli.err()).isZero();
      assertThat(Files.readAllLines(cache.resolve("tools-ifeval.txt"))).containsExactlyInAnyOrder("punkt", "languages");
      assertThat(cli.run(concat(eval, "--output-dir", "ahead"))).as(cli.err()).isZero();
      // A memory naming a tool these rows do not use (the POS tagger): loaded ahead, not in the stamp.
      Files.writeString(cache.resolve("tools-ifeval.txt"), "tagger\nsyllables\npunkt\nlanguages\n");
      assertThat(cli.run(concat(eval, "--output-dir", "more"))).as(cli.err()).isZero();
      assertThat(Files.readAllLines(cache.resolve("tools-ifeval.txt"))).containsExactlyInAnyOrder("punkt", "languages");
    } finally {
      if (before == null) System.clearProperty(dev.if4j.text.resources.StartupCache.PROPERTY);
      else System.setProperty(dev.if4j.text.resources.StartupCache.PROPERTY, before);
    }
    String plain = Files.readString(dir.resolve("plain/summary.json"));
    assertThat(plain).contains("nltk/tokenizers/punkt_tab").doesNotContain("averaged_perceptron");
    for (String run : new String[] {"learning", "ahead", "more"}) {
      assertThat(Files.readString(dir.resolve(run + "/summary.json"))).as(run).isEqualTo(plain);
      for (String f : new String[] {"eval_results_strict.jsonl", "eval_results_loose.jsonl", "results.json"}) {
        assertThat(Files.readString(dir.resolve(run + "/" + f))).as(run + "/" + f)
            .isEqualTo(Files.readString(dir.resolve("plain/" + f)));
      }
    }
  }

  private static String[] concat(String[] head, String... tail) {
    String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }
}
