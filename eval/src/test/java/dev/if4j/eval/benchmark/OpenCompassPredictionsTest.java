package dev.if4j.eval.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.eval.TestRegistry;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.eval.report.FrameworkComparison;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenCompass's IFEval predictions read as responses, with the verdicts of the results file beside
 * them.
 *
 * <p>The test files ({@code src/test/resources/frameworks/opencompass/outputs/default/<time>/}) are
 * laid out as OpenCompass writes them (open-compass/opencompass at commit a5acc4bb): {@code
 * predictions/<model>/IFEval.json} by {@code GenInferencerOutputHandler.save_results} and {@code
 * dump_results_dict} ({@code opencompass/openicl/icl_inferencer/icl_base_inferencer.py}: an object of
 * entries {@code "0"}, {@code "1"}... with {@code origin_prompt}, {@code prediction} and {@code gold},
 * indented 4, the record as {@code gold} per {@code IFEvalDataset.load} and the {@code IFEval_gen}
 * configuration's {@code output_column='reference'}); {@code results/<model>/IFEval.json} by {@code
 * OpenICLEvalTask._save_results} ({@code opencompass/tasks/openicl_eval.py}) with {@code dump_details},
 * its {@code details} reshaped by {@code BaseEvaluator.evaluate} ({@code
 * opencompass/openicl/icl_evaluator/icl_base_evaluator.py}) into one entry per prompt, each field a
 * list of one value per replica, from {@code IFEvaluator.score} ({@code opencompass/datasets/IFEval/ifeval.py},
 * which also drops the kwargs' nulls from {@code refer}). The generations carry reasoning traces, and
 * {@code pred} is what {@code extract_non_reasoning_content} (set as {@code pred_postprocessor} by
 * OpenCompass's DeepSeek-R1 model configurations) left of them. These prompts are the test's own.
 */
class OpenCompassPredictionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private final List<String> warnings = new ArrayList<>();

  private static Path run() throws URISyntaxException {
    return Path.of(OpenCompassPredictionsTest.class.getResource("/frameworks/opencompass/outputs/default/20261207_010000")
        .toURI());
  }

  private static Path predictions() throws URISyntaxException {
    return run().resolve("predictions/qwen3-1.7b/IFEval.json");
  }

  private IfEvalBenchmark scorer() {
    return new IfEvalBenchmark(TestRegistry.judge(dir), 2, warnings::add);
  }

  @Test
  void isDetectedAndItsResultsFileFound() throws Exception {
    assertThat(OutputsFormat.detect(predictions())).isEqualTo(OutputsFormat.OPENCOMPASS);
    assertThat(OpenCompassPredictions.resultsBeside(predictions()))
        .isEqualTo(run().resolve("results/qwen3-1.7b/IFEval.json"));
    // The results file itself is no predictions file.
    assertThat(OpenCompassPredictions.isOne(run().resolve("results/qwen3-1.7b/IFEval.json"))).isFalse();
  }

  @Test
  void aFileIsKnownByItsStartWhateverItsSize(@TempDir Path big) throws Exception {
    // An entry far longer than the start that is read (64 KB): the field names come first.
    String prediction = "x".repeat(200_000);
    Path predictions = Files.writeString(big.resolve("IFEval.json"),
        "{\"0\": {\"origin_prompt\": \"" + prediction + "\", \"prediction\": \"" + prediction + "\"}}");
    assertThat(OpenCompassPredictions.isOne(predictions)).isTrue();
    Path jsonl = Files.writeString(big.resolve("rows.jsonl"), "{\"prompt\": \"" + prediction + "\", \"response\": \"r\"}\n");
    assertThat(OpenCompassPredictions.isOne(jsonl)).isFalse();
  }

  @Test
  void scoresTheTextOpenCompassScoredOnTheGoldRecordsAndReportsDisagreements() throws Exception {
    Path out = dir.resolve("out");
    IfEvalBenchmark.Result r = scorer().run(null, predictions(), out);

    assertThat(r.prompts()).isEqualTo(3);
    assertThat(r.matchCounts().get(Match.How.KEY)).isEqualTo(3);
    // pred (the trace removed): 1001 follows; 1002 has a comma on its last line (loose drops it);
    // 1003 never says "hi".
    assertThat(r.strict().promptLevel().followed()).isEqualTo(1);
    assertThat(r.loose().promptLevel().followed()).isEqualTo(2);
    JsonNode framework = JSON.readTree(out.resolve("summary.json").toFile()).get("framework");
    assertThat(framework.get("name").asText()).isEqualTo("opencompass");
    assertThat(framework.get("samples_with_verdicts").asInt()).isEqualTo(3);
    // The results file claims 1003 followed strictly: the disagreement is reported, prompt level only
    // (OpenCompass writes no per-instruction verdicts).
    assertThat(framework.get("disagreements").toString())
        .isEqualTo("[{\"key\":\"1003\",\"metric\":\"prompt_level_strict_acc\",\"theirs\":true,\"ours\":false}]");
    assertThat(warnings).anyMatch(w -> w.contains("read as opencompass output"));
  }

  @Test
  void withoutResultsTheRawPredictionIsScored(@TempDir Path alone) throws Exception {
    Path copy = Files.copy(predictions(), alone.resolve("IFEval.json"));
    IfEvalBenchmark.Result r = scorer().from(OutputsFormat.OPENCOMPASS).run(null, copy, dir.resolve("out"));
    // The traces are scored: "No commas, then." has a comma; "Okay, say hi." too; "hi?" says hi.
    assertThat(r.strict().promptLevel().followed()).isEqualTo(1);
    assertThat(r.strict().instructionLevel().followed()).isEqualTo(2);
    // ... and the opencompass profile removes them as its reasoning configurations do.
    IfEvalBenchmark.Result profiled = scorer().withProfile(ResponseProfile.byId("opencompass"))
        .run(null, copy, dir.resolve("out2"));
    assertThat(profiled.strict().promptLevel().followed()).isEqualTo(1);
    assertThat(profiled.loose().promptLevel().followed()).isEqualTo(2);
  }

  @Test
  void compareFrameworksExplainsEachPromptTheTraceRuleMoves(@TempDir Path alone) throws Exception {
    Path copy = Files.copy(predictions(), alone.resolve("IFEval.json"));
    FrameworkComparison.Result r = FrameworkComparison.run(scorer(), null, copy,
        List.of(ResponseProfile.REFERENCE, ResponseProfile.byId("opencompass")));
    // 1001: the trace's comma; 1002: the trace's comma on every loose variant; 1003: the "hi" is
    // only in the trace.
    assertThat(r.flips()).extracting(FrameworkComparison.Flip::key).containsExactly("1001", "1002", "1003");
    for (FrameworkComparison.Flip f : r.flips()) {
      assertThat(f.explanations().get(0)).isEqualTo("reference scored the response as given (reasoning trace included)");
      assertThat(f.explanations().get(1)).startsWith("opencompass removed <think>…</think> (or all before a lone"
          + " </think>) and stripped whitespace (");
    }
    assertThat(r.flips().get(2).strict()).containsExactly(true, false);
  }

  @Test
  void badEntriesNameTheirFileAndField(@TempDir Path bad) throws IOException {
    Path outOfOrder = Files.writeString(bad.resolve("IFEval.json"),
        "{\n  \"0\": {\"origin_prompt\": \"a\", \"prediction\": \"b\", \"gold\": {\"key\": 1, \"prompt\": \"a\","
            + " \"instruction_id_list\": [], \"kwargs\": []}},\n  \"2\": {\"origin_prompt\": \"a\"}\n}\n");
    assertThatThrownBy(() -> scorer().run(null, outOfOrder, dir.resolve("o1")))
        .isInstanceOf(InputProblemException.class)
        .hasMessageContaining("IFEval.json").hasMessageContaining("expected entry \"1\" here");
    Path noGold = Files.writeString(bad.resolve("nogold.json"),
        "{\"0\": {\"origin_prompt\": \"a\", \"prediction\": \"b\"}}");
    assertThatThrownBy(() -> scorer().from(OutputsFormat.OPENCOMPASS).run(null, noGold, dir.resolve("o2")))
        .isInstanceOf(InputProblemException.class)
        .hasMessageContaining("field 'gold'").hasMessageContaining("found: idx, origin_prompt, prediction");
  }
}
