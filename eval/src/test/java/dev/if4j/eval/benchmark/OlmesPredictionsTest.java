package dev.if4j.eval.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.ifeval.IfEval;
import dev.if4j.eval.check.RowJudge;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.eval.report.FrameworkComparison;
import dev.if4j.text.TextTools;
import dev.if4j.text.resources.ResourceStore;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OLMES's IFEval outputs, as allenai/olmo-eval writes them, read as responses with the prompts of
 * the requests file beside them and olmo-eval's own verdicts kept.
 *
 * <p>The test files ({@code src/test/resources/frameworks/olmes/out/}) are written by {@code
 * make_olmes_outputs.py} beside them from the layout in olmo-eval's code (allenai/olmo-eval at
 * e8b88f19: {@code write_predictions_jsonl} and {@code write_requests_jsonl} in {@code
 * src/olmo_eval/runners/io/writers.py}, {@code build_predictions} and {@code build_requests} in
 * {@code src/olmo_eval/runners/io/builders.py}; the instance metadata of {@code process_doc} in
 * {@code src/olmo_eval/evals/tasks/ifeval.py} at 079b006c); they were not produced by an olmo-eval
 * run. The generations carry reasoning traces; {@code extracted_answer} is what {@code
 * extract_think_answer} left of them. These prompts are the test's own.
 */
class OlmesPredictionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private final List<String> warnings = new ArrayList<>();

  private static Path out() throws URISyntaxException {
    return Path.of(OlmesPredictionsTest.class.getResource("/frameworks/olmes/out").toURI());
  }

  private static Path predictions() throws URISyntaxException {
    return out().resolve("predictions/olmo-3-7b-think/ifeval_9c1e2a-predictions.jsonl");
  }

  private static Path requests() throws URISyntaxException {
    return out().resolve("requests/olmo-3-7b-think/ifeval_9c1e2a-requests.jsonl");
  }

  /** IFEval's own checkers, with the shared language data (english_lowercase detects the language). */
  private IfEvalBenchmark scorer() {
    Path shared = Path.of(System.getProperty("if4j.shared")).normalize();
    RowJudge judge = new RowJudge(new Evaluator(IfEval.registry(),
        new TextTools(ResourceStore.offline(shared.resolve("resources")))));
    return new IfEvalBenchmark(judge, 2, warnings::add);
  }

  @Test
  void isDetectedAndItsRequestsFileFound() throws Exception {
    assertThat(OutputsFormat.detect(predictions())).isEqualTo(OutputsFormat.OLMES);
    assertThat(OutputsFormat.byId("olmes")).isEqualTo(OutputsFormat.OLMES);
    assertThat(OlmesPredictions.requestsBeside(predictions())).isEqualTo(requests());
    assertThat(OutputsFormat.OLMES.carriesPrompts(predictions())).isTrue();
    // The requests are no predictions; a file elsewhere has no requests beside it.
    assertThat(OutputsFormat.detect(requests())).isEqualTo(OutputsFormat.IF4J);
    assertThat(OlmesPredictions.requestsBeside(Path.of("ifeval-predictions.jsonl"))).isNull();
  }

  @Test
  void scoresTheExtractedAnswersOnTheRequestsPromptsAndKeepsOlmoEvalsVerdicts() throws Exception {
    Path outDir = dir.resolve("out");
    IfEvalBenchmark.Result r = scorer().run(null, predictions(), outDir);

    assertThat(r.prompts()).isEqualTo(4);
    assertThat(r.matchCounts().get(Match.How.KEY)).isEqualTo(4);
    // The extracted answers: 1000 has its 3 bullets (the trace's 4th is gone), 1001 no comma, 1002
    // ends with the phrase (</answer> removed); 1003's trace was never closed, so it is all there is.
    assertThat(r.strict().promptLevel().followed()).isEqualTo(3);
    assertThat(r.loose().promptLevel().followed()).isEqualTo(3);
    JsonNode framework = JSON.readTree(outDir.resolve("summary.json").toFile()).get("framework");
    assertThat(framework.get("name").asText()).isEqualTo("olmes");
    assertThat(framework.get("samples_with_verdicts").asInt()).isEqualTo(4);
    assertThat(framework.get("disagreements")).isEmpty();
    assertThat(warnings).anyMatch(w -> w.contains("read as olmes output"));
  }

  @Test
  void aDifferingVerdictIsReportedAsPromptLevelLoose(@TempDir Path run) throws Exception {
    Path preds = copyRun(run);
    // Claim 1003 followed: olmo-eval's scorer value is its prompt-level loose verdict.
    Files.writeString(preds, Files.readString(preds).replace("\"ifeval\": {\"ifeval\": 0.0}", "\"ifeval\": {\"ifeval\": 1.0}"));
    scorer().run(null, preds, dir.resolve("o"));
    JsonNode framework = JSON.readTree(dir.resolve("o/summary.json").toFile()).get("framework");
    assertThat(framework.get("disagreements").toString())
        .isEqualTo("[{\"key\":\"1003\",\"metric\":\"prompt_level_loose_acc\",\"theirs\":true,\"ours\":false}]");
  }

  @Test
  void withoutAnExtractedAnswerTheGenerationIsScored(@TempDir Path run) throws Exception {
    Path preds = copyRun(run);
    List<String> lines = new ArrayList<>(Files.readAllLines(preds));
    lines.set(0, lines.get(0).replace("\"extracted_answer\": \"* Led backend\\n* Shipped v2\\n* Cut latency\"",
        "\"extracted_answer\": null"));
    Files.write(preds, lines);
    IfEvalBenchmark.Result r = scorer().run(null, preds, dir.resolve("o"));
    // 1000's text with its trace has five bullets: olmo-eval's verdict (on the extracted answer) differs.
    assertThat(r.strict().promptLevel().followed()).isEqualTo(2);
    JsonNode framework = JSON.readTree(dir.resolve("o/summary.json").toFile()).get("framework");
    assertThat(framework.get("disagreements").toString())
        .isEqualTo("[{\"key\":\"1000\",\"metric\":\"prompt_level_loose_acc\",\"theirs\":true,\"ours\":false}]");
  }

  @Test
  void withoutItsRequestsThePromptsAreNamedOrTheMessageSaysWhere(@TempDir Path alone) throws Exception {
    Path copy = Files.copy(predictions(), alone.resolve("ifeval-predictions.jsonl"));
    assertThat(OutputsFormat.OLMES.carriesPrompts(copy)).isFalse();
    assertThatThrownBy(() -> scorer().run(null, copy, dir.resolve("o1")))
        .isInstanceOf(InputProblemException.class)
        .hasMessageContaining("ifeval-predictions.jsonl:1").hasMessageContaining("field 'doc'")
        .hasMessageContaining("requests/<model>/<spec>-requests.jsonl");
    // Given the prompts, the rows are matched by native_id (the IFEval key).
    Path prompts = alone.resolve("prompts.jsonl");
    StringBuilder rows = new StringBuilder();
    for (String line : Files.readAllLines(requests())) rows.append(JSON.readTree(line).get("doc")).append('\n');
    Files.writeString(prompts, rows);
    IfEvalBenchmark.Result r = scorer().run(prompts, copy, dir.resolve("o2"));
    assertThat(r.matchCounts().get(Match.How.KEY)).isEqualTo(4);
    assertThat(r.strict().promptLevel().followed()).isEqualTo(3);
  }

  @Test
  void profileOlmesOnTheRawGenerationsGivesOlmoEvalsAnswersAndCompareFrameworksSaysWhy(@TempDir Path raw)
      throws Exception {
    // The generations as a model server returned them (final_output), prompts from the requests.
    Path prompts = raw.resolve("prompts.jsonl");
    Path responses = raw.resolve("responses.jsonl");
    StringBuilder p = new StringBuilder();
    StringBuilder g = new StringBuilder();
    for (String line : Files.readAllLines(requests())) p.append(JSON.readTree(line).get("doc")).append('\n');
    for (String line : Files.readAllLines(predictions())) {
      JsonNode row = JSON.readTree(line);
      g.append(JSON.createObjectNode().put("key", row.get("native_id").asText())
          .put("response", row.get("final_output").asText())).append('\n');
    }
    Files.writeString(prompts, p);
    Files.writeString(responses, g);

    IfEvalBenchmark.Result olmes = scorer().withProfile(ResponseProfile.OLMES).run(prompts, responses, dir.resolve("o"));
    assertThat(olmes.strict().promptLevel().followed()).isEqualTo(3);
    // OLMES leads with prompt-level loose (its task's primary_metric), IFEval's authors with none.
    assertThat(olmes.headline()).isSameAs(olmes.loose().promptLevel());
    assertThat(olmes.table()).contains("headline (prompt-level loose, the figure olmes reports): ");
    JsonNode headline = JSON.readTree(dir.resolve("o/summary.json").toFile()).get("headline");
    assertThat(headline.get("metric").asText()).isEqualTo("prompt_level_loose");
    assertThat(headline.get("reported_by").asText()).isEqualTo("olmes");
    assertThat(scorer().run(prompts, responses, dir.resolve("ref")).headline()).isNull();

    FrameworkComparison.Result r = FrameworkComparison.run(scorer(), prompts, responses,
        List.of(ResponseProfile.REFERENCE, ResponseProfile.LM_EVAL_THINK, ResponseProfile.OLMES));
    // 1000: the trace's bullets counted; 1001: the trace's commas; 1002: lm-eval-think keeps
    // </answer> after the end phrase, OLMES removes it. 1003 fails everywhere (unclosed trace).
    assertThat(r.flips()).extracting(FrameworkComparison.Flip::key).containsExactly("1000", "1001", "1002");
    assertThat(r.flips().get(2).strict()).containsExactly(false, false, true);
    for (FrameworkComparison.Flip f : r.flips()) {
      assertThat(f.explanations().get(0)).isEqualTo("reference scored the response as given (reasoning trace included)");
      assertThat(f.explanations().get(2)).startsWith("olmes kept the text after the last </think> and removed"
          + " <answer> at a line's start and </answer> at a line's end (extract_think_answer) (");
    }
  }

  @Test
  void badRowsNameTheirFileLineAndField(@TempDir Path run) throws Exception {
    Path preds = copyRun(run);
    List<String> lines = new ArrayList<>(Files.readAllLines(preds));
    lines.set(1, lines.get(1).replace("\"extracted_answer\": \"", "\"extracted_answer\": 7, \"x\": \""));
    Files.write(preds, lines);
    assertThatThrownBy(() -> scorer().run(null, preds, dir.resolve("o1")))
        .isInstanceOf(InputProblemException.class)
        .hasMessageContaining("ifeval_9c1e2a-predictions.jsonl:2").hasMessageContaining("model_output[0].extracted_answer");

    Path preds2 = copyRun(run.resolve("b"));
    Path reqs2 = OlmesPredictions.requestsBeside(preds2);
    List<String> reqLines = new ArrayList<>(Files.readAllLines(reqs2));
    reqLines.set(2, reqLines.get(2).replace("\"kwargs\": [{\"end_phrase\"", "\"kwargs\": [7, {\"end_phrase\""));
    Files.write(reqs2, reqLines);
    assertThatThrownBy(() -> scorer().run(null, preds2, dir.resolve("o2")))
        .isInstanceOf(InputProblemException.class)
        .hasMessageContaining("ifeval_9c1e2a-predictions.jsonl:3").hasMessageContaining("field 'doc.kwargs")
        .hasMessageContaining("from " + reqs2 + ", line 3");

    Files.write(reqs2, Files.readAllLines(requests()).reversed());
    assertThatThrownBy(() -> scorer().run(null, preds2, dir.resolve("o3")))
        .isInstanceOf(InputProblemException.class)
        .hasMessageContaining("ifeval_9c1e2a-requests.jsonl:1").hasMessageContaining("not from the same run");

    Files.write(reqs2, Files.readAllLines(requests()).subList(0, 3));
    assertThatThrownBy(() -> scorer().run(null, preds2, dir.resolve("o4")))
        .isInstanceOf(InputProblemException.class)
        .hasMessageContaining("ifeval_9c1e2a-predictions.jsonl:4: field 'doc_id': no request for it");
  }

  /** A copy of the test run's two files under {@code root}, laid out as olmo-eval writes them. */
  private static Path copyRun(Path root) throws IOException, URISyntaxException {
    Path preds = root.resolve("predictions/m/ifeval_9c1e2a-predictions.jsonl");
    Path reqs = root.resolve("requests/m/ifeval_9c1e2a-requests.jsonl");
    Files.createDirectories(preds.getParent());
    Files.createDirectories(reqs.getParent());
    Files.copy(predictions(), preds);
    Files.copy(requests(), reqs);
    return preds;
  }
}
