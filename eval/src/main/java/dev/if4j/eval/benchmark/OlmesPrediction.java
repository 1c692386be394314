package dev.if4j.eval.benchmark;

import dev.if4j.constraints.groundtruth.GroundTruthFormat;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.eval.io.JsonLine;
import dev.if4j.eval.io.RowParser;
import dev.if4j.text.io.SourceLine;
import java.util.List;
import java.util.Map;

/**
 * One row of OLMES's per-instance predictions for IFEval, as allenai/olmo-eval (OLMES's successor)
 * writes them: {@code predictions/<model>/<task spec>[_<hash>]-predictions.jsonl}.
 *
 * <p>The layout, from olmo-eval's code at e8b88f19: {@code write_predictions_jsonl} ({@code
 * src/olmo_eval/runners/io/writers.py}) writes one {@code json.dumps} per line of what {@code
 * build_predictions} ({@code src/olmo_eval/runners/io/builders.py}) builds: {@code doc_id} (the
 * instance's position), {@code native_id} (the instance's {@code id}: for IFEval the dataset's
 * {@code key}, {@code process_doc} in {@code src/olmo_eval/evals/tasks/ifeval.py} at 079b006c),
 * {@code model_output} (one object per output: {@code text}, the generation; {@code
 * extracted_answer}, what the task's answer extractor made of it; {@code num_chars}; {@code
 * sample_metrics}, {@code {scorer: {scorer: value}}}), {@code instance_metrics} ({@code {metric:
 * {scorer: value}}}), {@code label} and {@code final_output}. The prompt is not in it: {@code
 * write_requests_jsonl} puts it in {@code requests/<model>/...-requests.jsonl}, as {@code doc}
 * (the instance's metadata: {@code key}, {@code prompt}, {@code instruction_id_list}, {@code
 * kwargs}), which {@link OlmesPredictions} joins to each row.
 *
 * <p>The response is {@code model_output[0]}'s {@code extracted_answer}, else its {@code text}: the
 * ifeval task's tests score the extracted answer and fall back to the text without one ({@code
 * tests/evals/tasks/test_ifeval.py} at 04d4ca66), and its metrics read the first output only
 * ({@code src/olmo_eval/common/metrics/ifeval.py}). The verdict kept is the {@code ifeval} scorer's
 * own value, prompt-level loose ({@code IFEvalScorer.score} in {@code
 * src/olmo_eval/common/scorers/ifeval.py}): the metric-named entries of {@code instance_metrics}
 * are filled from that same scorer value ({@code Metric.compute_instance} falls back to the
 * scorer's channel, {@code src/olmo_eval/common/metrics/base.py}), so they repeat the loose verdict
 * under the strict names too and are not compared.
 */
final class OlmesPrediction {
  private static final String SCORER = "ifeval";

  private OlmesPrediction() {}

  /** Whether a row is olmo-eval's: a {@code model_output} list beside {@code instance_metrics}. */
  static boolean looksLikeOne(JsonLine json) {
    return json.fields().get("model_output") instanceof List && json.has("instance_metrics") && json.has("doc_id");
  }

  /**
   * @param promptNeeded whether the row must carry its prompt (no {@code --input-data}); else a row
   *     without {@code doc} gives a null prompt and is matched by {@code native_id}
   */
  static FrameworkSample parse(String source, SourceLine line, int index, boolean promptNeeded) {
    JsonLine json = JsonLine.parse(source, line);
    RowParser.Parsed parsed = prompt(json, promptNeeded);
    JsonLine output = firstOutput(json);
    String response = response(output);
    String key = parsed != null ? parsed.row().id() : nativeId(json);
    Boolean loose = verdict(json, output);
    return new FrameworkSample(parsed,
        new ResponseRecord(index, line.number(), key, parsed == null ? null : parsed.row().prompt(), response),
        new FrameworkVerdicts(null, null, loose, null));
  }

  private static RowParser.Parsed prompt(JsonLine json, boolean promptNeeded) {
    if (!json.has("doc")) {
      if (!promptNeeded) return null;
      throw json.bad("doc", "missing: olmo-eval writes the prompts to the requests file beside the predictions"
          + " (requests/<model>/<spec>-requests.jsonl for predictions/<model>/<spec>-predictions.jsonl); put it"
          + " there, or give the prompts with --input-data");
    }
    String from = json.has(OlmesPredictions.DOC_FROM) ? " (" + json.fields().get(OlmesPredictions.DOC_FROM) + ")" : "";
    if (!(json.fields().get("doc") instanceof Map<?, ?> doc)) throw json.bad("doc", "expected an object" + from);
    @SuppressWarnings("unchecked")
    JsonLine record = JsonLine.of(json.source(), json.line(), (Map<String, Object>) doc);
    try {
      return RowParser.BENCHMARK.parse(record, GroundTruthFormat.IFEVAL);
    } catch (InputProblemException e) {
      throw InputProblemException.atLine(e.source(), e.line(), e.field() == null ? "doc" : "doc." + e.field(),
          e.problem() + from, e);
    }
  }

  private static JsonLine firstOutput(JsonLine json) {
    List<Map<String, Object>> outputs = json.objectList("model_output");
    if (outputs.isEmpty()) throw json.bad("model_output", "is empty: no output to score");
    return JsonLine.of(json.source(), json.line(), outputs.get(0));
  }

  private static String response(JsonLine output) {
    Object extracted = output.fields().get("extracted_answer");
    if (extracted instanceof String s) return s;
    if (extracted != null) {
      throw output.bad("model_output[0].extracted_answer", "expected a string (the answer scored) or null");
    }
    Object text = output.fields().get("text");
    if (text instanceof String s) return s;
    throw output.bad("model_output[0].text", text == null ? "missing, and no extracted_answer"
        + output.foundHint("text") : "expected a string (the generation)");
  }

  private static String nativeId(JsonLine json) {
    String id = json.optionalId("native_id");
    return id != null ? id : json.optionalId("doc_id");
  }

  /**
   * The {@code ifeval} scorer's value for the first output ({@code sample_metrics}), else for the
   * instance ({@code instance_metrics}; olmo-eval also reads older flat {@code {scorer: value}}
   * entries, {@code normalize_prediction_instance_metrics} in {@code
   * src/olmo_eval/common/metrics/predictions.py}); null when neither holds one.
   */
  private static Boolean verdict(JsonLine json, JsonLine output) {
    Boolean sample = scorerValue(output, "sample_metrics", "model_output[0].sample_metrics");
    return sample != null ? sample : scorerValue(json, "instance_metrics", "instance_metrics");
  }

  private static Boolean scorerValue(JsonLine json, String field, String path) {
    Object metrics = json.fields().get(field);
    if (metrics == null) return null;
    if (!(metrics instanceof Map<?, ?> byMetric)) throw json.bad(path, "expected an object");
    Object value = byMetric.get(SCORER);
    boolean nested = value instanceof Map;
    if (value instanceof Map<?, ?> byScorer) value = byScorer.get(SCORER);
    if (value == null) return null;
    if (value instanceof Number n && (n.doubleValue() == 0.0 || n.doubleValue() == 1.0)) return n.doubleValue() == 1.0;
    throw json.bad(path + "." + SCORER + (nested ? "." + SCORER : ""), "expected 1.0 or 0.0 (the ifeval scorer's"
        + " prompt-level loose verdict), got " + value);
  }
}
