package dev.if4j.eval.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.eval.TestRegistry;
import dev.if4j.text.io.InputProblemException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * lm-evaluation-harness {@code --log_samples} rows read as responses, and {@code results.json}.
 *
 * <p>The rows are laid out as lm-eval writes them (EleutherAI/lm-evaluation-harness at commit
 * 4e7e0d47: {@code lm_eval/evaluator.py}, the {@code example} dict near line 645, sanitized by
 * {@code lm_eval/loggers/evaluation_tracker.py} near line 350; metrics from {@code
 * lm_eval/tasks/ifeval/utils.py}'s {@code process_results}), with this test's own prompts.
 */
class LmEvalSamplesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private final List<String> warnings = new ArrayList<>();

  /** One lm-eval sample row; {@code verdicts} are lm-eval's four per-sample metric fields. */
  static String sample(int docId, int key, String prompt, String ids, String kwargs, String response,
      String verdicts) throws IOException {
    String p = JSON.writeValueAsString(prompt);
    String r = JSON.writeValueAsString(response);
    return "{\"doc_id\": " + docId + ", \"doc\": {\"key\": " + key + ", \"prompt\": " + p
        + ", \"instruction_id_list\": " + ids + ", \"kwargs\": " + kwargs + "}, \"target\": \"0\","
        + " \"arguments\": {\"gen_args_0\": {\"arg_0\": " + p + ", \"arg_1\": {\"until\": [], \"do_sample\": false,"
        + " \"temperature\": 0.0, \"max_gen_toks\": 1280}}}, \"resps\": [[" + r + "]], \"filtered_resps\": [" + r
        + "], \"filter\": \"none\", \"metrics\": [\"prompt_level_strict_acc\", \"inst_level_strict_acc\","
        + " \"prompt_level_loose_acc\", \"inst_level_loose_acc\"], \"doc_hash\": \"d" + key + "\","
        + " \"prompt_hash\": \"p" + key + "\", \"target_hash\": \"5feceb66\", " + verdicts + "}";
  }

  private Path samples() throws IOException {
    return Files.write(dir.resolve("samples_ifeval_2026-12-07T01-00-00.jsonl"), List.of(
        // Followed both ways; the doc's kwargs carry Hugging Face's null columns, as google/IFEval's do.
        sample(0, 1001, "Write without commas.", "[\"punctuation:no_comma\"]", "[{\"word\": null}]",
            "No commas here",
            "\"prompt_level_strict_acc\": true, \"inst_level_strict_acc\": [true], \"prompt_level_loose_acc\": true,"
                + " \"inst_level_loose_acc\": [true]"),
        // A comma on the last line: strict fails, loose drops that line; lm-eval agrees.
        sample(1, 1002, "Say hi, without commas.", "[\"punctuation:no_comma\", \"test:contains\"]",
            "[{\"word\": null}, {\"word\": \"hi\"}]", "hi\nbye, then",
            "\"prompt_level_strict_acc\": false, \"inst_level_strict_acc\": [false, true],"
                + " \"prompt_level_loose_acc\": true, \"inst_level_loose_acc\": [true, true]"),
        // lm-eval claims this one followed "hi"; the response has no "hi" (a verdict to report).
        sample(2, 1003, "Mention hi.", "[\"test:contains\"]", "[{\"word\": \"hi\"}]", "hello there",
            "\"prompt_level_strict_acc\": true, \"inst_level_strict_acc\": [true], \"prompt_level_loose_acc\": false,"
                + " \"inst_level_loose_acc\": [false]")));
  }

  private IfEvalBenchmark scorer() {
    return new IfEvalBenchmark(TestRegistry.judge(dir), 2, warnings::add);
  }

  @Test
  void isDetectedByItsDocAndFilteredResponses() throws IOException {
    assertThat(OutputsFormat.detect(samples())).isEqualTo(OutputsFormat.LM_EVAL);
    Path plain = Files.writeString(dir.resolve("plain.jsonl"), "{\"prompt\": \"a\", \"response\": \"b\"}\n");
    assertThat(OutputsFormat.detect(plain)).isEqualTo(OutputsFormat.IF4J);
  }

  @Test
  void scoresTheFilteredResponseOnTheDocsOwnPromptsAndReportsDisagreements() throws IOException {
    Path out = dir.resolve("out");
    IfEvalBenchmark.Result r = scorer().run(null, samples(), out);

    assertThat(r.prompts()).isEqualTo(3);
    assertThat(r.matchCounts().get(Match.How.KEY)).isEqualTo(3);
    assertThat(r.strict().promptLevel().followed()).isEqualTo(1);
    assertThat(r.loose().promptLevel().followed()).isEqualTo(2);
    assertThat(r.strict().instructionLevel().followed()).isEqualTo(2);
    assertThat(r.strict().instructionLevel().total()).isEqualTo(4);

    JsonNode framework = JSON.readTree(out.resolve("summary.json").toFile()).get("framework");
    assertThat(framework.get("name").asText()).isEqualTo("lm-eval");
    assertThat(framework.get("samples_with_verdicts").asInt()).isEqualTo(3);
    assertThat(framework.get("prompts_disagreeing").asInt()).isEqualTo(1);
    assertThat(framework.get("disagreements").toString()).isEqualTo(
        "[{\"key\":\"1003\",\"metric\":\"prompt_level_strict_acc\",\"theirs\":true,\"ours\":false},"
            + "{\"key\":\"1003\",\"metric\":\"inst_level_strict_acc\",\"theirs\":[true],\"ours\":[false]}]");
    assertThat(warnings).anyMatch(w -> w.contains("lm-eval's own verdicts differ from ours on 1 of 3 prompts"));
    // The report says where the run came from.
    assertThat(dev.if4j.eval.report.RunResults.load(out, "run").provenance())
        .contains("read as lm-eval output; its own verdicts differ from ours on 1 of 3 prompts");
  }

  @Test
  void namedPromptsWinOverTheDocs() throws IOException {
    Path data = Files.writeString(dir.resolve("input.jsonl"),
        "{\"key\": 1003, \"prompt\": \"Mention hi.\", \"instruction_id_list\": [\"test:contains\"],"
            + " \"kwargs\": [{\"word\": \"hello\"}]}\n");
    IfEvalBenchmark.Result r = scorer().from(OutputsFormat.LM_EVAL).run(data, samples(), dir.resolve("out"));
    assertThat(r.prompts()).isEqualTo(1);
    assertThat(r.strict().promptLevel().followed()).isEqualTo(1);
    assertThat(r.unusedResponses()).isEqualTo(2);
  }

  @Test
  void resultsJsonHasLmEvalsFiguresEqualToTheSummaryWithItsStandardErrors() throws IOException {
    Path out = dir.resolve("out");
    scorer().run(null, samples(), out);
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    JsonNode results = JSON.readTree(out.resolve("results.json").toFile());
    JsonNode task = results.get("results").get("ifeval");

    assertThat(task.get("prompt_level_strict_acc,none").asDouble())
        .isEqualTo(summary.at("/strict/prompt_level/accuracy").asDouble()).isEqualTo(1.0 / 3);
    assertThat(task.get("inst_level_strict_acc,none").asDouble())
        .isEqualTo(summary.at("/strict/instruction_level/accuracy").asDouble()).isEqualTo(0.5);
    assertThat(task.get("prompt_level_loose_acc,none").asDouble())
        .isEqualTo(summary.at("/loose/prompt_level/accuracy").asDouble());
    assertThat(task.get("inst_level_loose_acc,none").asDouble())
        .isEqualTo(summary.at("/loose/instruction_level/accuracy").asDouble()).isEqualTo(0.75);
    // mean_stderr of [1, 0, 0]: sqrt(((2/3)^2 + 2 (1/3)^2) / 2) / sqrt(3) = sqrt(1/3) / sqrt(3) = 1/3.
    assertThat(task.get("prompt_level_strict_acc_stderr,none").asDouble()).isCloseTo(1.0 / 3, within(1e-15));
    // lm-eval has no standard error for its agg_inst_level_acc aggregation: "N/A".
    assertThat(task.get("inst_level_strict_acc_stderr,none").asText()).isEqualTo("N/A");
    assertThat(results.get("n-samples").get("ifeval").get("effective").asInt()).isEqualTo(3);
    assertThat(results.get("stamp")).isEqualTo(summary.get("stamp"));
    assertThat(summary.get("metrics").get("prompt_level_strict_acc").asDouble()).isEqualTo(1.0 / 3);
  }

  @Test
  void meanStderrIsLmEvalsFormula() {
    // Python: lm_eval.api.metrics.mean_stderr([1, 1, 0, 0, 0]) == 0.2449489742783178
    assertThat((double) LmEvalResults.meanStderr(new boolean[] {true, true, false, false, false}))
        .isCloseTo(0.2449489742783178, within(1e-15));
    assertThat(LmEvalResults.meanStderr(new boolean[] {true})).isEqualTo("N/A");
    assertThat((double) LmEvalResults.meanStderr(new boolean[] {true, true})).isEqualTo(0.0);
  }

  @Test
  void aBadDocNamesTheNestedField() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.jsonl"),
        sample(0, 1, "p", "[\"punctuation:no_comma\"]", "[{}]", "r", "\"prompt_level_strict_acc\": true")
            .replace("\"instruction_id_list\": [\"punctuation:no_comma\"], ", "") + "\n");
    assertThatThrownBy(() -> scorer().run(null, bad, dir.resolve("out")))
        .isInstanceOf(InputProblemException.class)
        .hasMessageStartingWith(bad + ":1: field 'doc.");
    Path noResps = Files.writeString(dir.resolve("noresps.jsonl"),
        "{\"doc\": {\"key\": 1, \"prompt\": \"p\", \"instruction_id_list\": [], \"kwargs\": []}, \"filtered_resps\": []}\n");
    assertThatThrownBy(() -> scorer().run(null, noResps, dir.resolve("out")))
        .hasMessage(noResps + ":1: field 'filtered_resps': is empty: the sample has no response");
  }

  @Test
  void aFailedRunLeavesNoPartialResultsAndKeepsThePreviousOnes() throws IOException {
    Path out = dir.resolve("out");
    scorer().run(null, samples(), out);
    String before = Files.readString(out.resolve("eval_results_strict.jsonl"));
    // Row 2 has an argument the instruction does not take: found when it is judged, mid-run.
    Path data = Files.writeString(dir.resolve("input.jsonl"),
        "{\"key\": 1001, \"prompt\": \"Write without commas.\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}\n"
            + "{\"key\": 1002, \"prompt\": \"x\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{\"nope\": 3}]}\n");

    assertThatThrownBy(() -> scorer().run(data, samples(), out)).isInstanceOf(InputProblemException.class);

    assertThat(Files.readString(out.resolve("eval_results_strict.jsonl"))).isEqualTo(before);
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("eval_results_strict.jsonl", "eval_results_loose.jsonl", "summary.json",
              "results.json");
    }
  }

  @Test
  void aDisagreementOnAnInstructionTheReferenceDrawsAtRandomIsExplained() throws IOException {
    // test:contains without its word is reference-random (TestRegistry), as keywords:letter_frequency
    // with a letter like '#' is in IFEval (keys 1122 and 1129 of the published GPT-4 responses).
    Path file = Files.write(dir.resolve("samples.jsonl"), List.of(sample(0, 7, "Anything.", "[\"test:contains\"]",
        "[{}]", "x marks", "\"prompt_level_strict_acc\": false, \"inst_level_strict_acc\": [false]")));
    scorer().run(null, file, dir.resolve("out"));
    JsonNode d = JSON.readTree(dir.resolve("out/summary.json").toFile()).at("/framework/disagreements/0");
    assertThat(d.get("key").asText()).isEqualTo("7");
    assertThat(d.get("explanation").asText()).startsWith("test:contains: the reference draws this verdict at random");
  }

  /**
   * An evalscope review row, laid out as {@code ReviewResult.model_dump()} (modelscope/evalscope at
   * fde259d2: evalscope/api/evaluator/cache.py, evalscope/api/metric/scorer.py, the ifeval adapter
   * and utils.process_results): the record in sample_metadata, the scored text in
   * extracted_prediction, prompt-level verdicts as 1.0/0.0, instruction-level as fractions.
   */
  static String evalscopeRow(int index, int key, String prompt, String ids, String kwargs, String prediction,
      String value) throws IOException {
    String p = JSON.writeValueAsString(prompt);
    String r = JSON.writeValueAsString(prediction);
    return "{\"index\": " + index + ", \"target\": \"\", \"messages\": [{\"role\": \"user\", \"content\": " + p
        + "}, {\"role\": \"assistant\", \"content\": " + r + "}], \"agent_trace\": null, \"sample_score\": {\"score\":"
        + " {\"value\": {" + value + "}, \"status\": \"success\", \"judge_summary\": null, \"extracted_prediction\": " + r
        + ", \"prediction\": " + r + ", \"explanation\": null, \"metadata\": {}, \"main_score_name\":"
        + " \"prompt_level_strict\"}, \"sample_id\": " + index + ", \"group_id\": " + index + ", \"generation_index\": 0,"
        + " \"sample_metadata\": {\"key\": " + key + ", \"prompt\": " + p + ", \"instruction_id_list\": " + ids
        + ", \"kwargs\": " + kwargs + "}}}";
  }

  @Test
  void readsEvalscopeReviewsAndComparesThePromptLevelVerdicts() throws IOException {
    Path reviews = Files.write(dir.resolve("ifeval_default.jsonl"), List.of(
        evalscopeRow(0, 1001, "Write without commas.", "[\"punctuation:no_comma\"]", "[{\"word\": null}]", "No commas",
            "\"prompt_level_strict\": 1.0, \"inst_level_strict\": 1.0, \"prompt_level_loose\": 1.0, \"inst_level_loose\": 1.0"),
        evalscopeRow(1, 1002, "Mention hi, no commas.", "[\"punctuation:no_comma\", \"test:contains\"]",
            "[{}, {\"word\": \"hi\"}]", "hi, there",
            // evalscope's instruction level is the prompt's fraction: 1 of 2 followed.
            "\"prompt_level_strict\": 1.0, \"inst_level_strict\": 0.5, \"prompt_level_loose\": 0.0, \"inst_level_loose\": 0.5")));
    assertThat(OutputsFormat.detect(reviews)).isEqualTo(OutputsFormat.EVALSCOPE);

    Path out = dir.resolve("out");
    IfEvalBenchmark.Result r = scorer().run(null, reviews, out);

    assertThat(r.prompts()).isEqualTo(2);
    assertThat(r.strict().promptLevel().followed()).isEqualTo(1);
    JsonNode framework = JSON.readTree(out.resolve("summary.json").toFile()).get("framework");
    assertThat(framework.get("name").asText()).isEqualTo("evalscope");
    // Row 2: evalscope's file says strict 1.0; the comma says otherwise. Only prompt level is compared.
    assertThat(framework.get("disagreements").toString())
        .isEqualTo("[{\"key\":\"1002\",\"metric\":\"prompt_level_strict_acc\",\"theirs\":true,\"ours\":false}]");
  }
}
