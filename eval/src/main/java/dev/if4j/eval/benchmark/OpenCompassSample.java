package dev.if4j.eval.benchmark;

import dev.if4j.constraints.groundtruth.GroundTruthFormat;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.eval.io.JsonLine;
import dev.if4j.eval.io.RowParser;
import dev.if4j.text.io.SourceLine;
import java.util.List;
import java.util.Map;

/**
 * One entry of OpenCompass's IFEval predictions, as {@link OpenCompassPredictions} yields it: the
 * record scored ({@code gold}), the generation ({@code prediction}) and, when the results file beside
 * it has details, the text OpenCompass scored and its verdicts ({@code results}).
 *
 * <p>The response judged is {@code results.pred[0]} when present: what {@code IFEvaluator.score}
 * ({@code opencompass/datasets/IFEval/ifeval.py} at a5acc4bb) scored, after any {@code
 * pred_postprocessor} the model's configuration set. Without the results, it is {@code prediction},
 * the generation before that step.
 */
final class OpenCompassSample {
  private OpenCompassSample() {}

  static FrameworkSample parse(String source, SourceLine line, int index) {
    JsonLine json = JsonLine.parse(source, line);
    if (!(json.fields().get("gold") instanceof Map<?, ?> gold)) {
      throw json.bad("gold", json.has("gold") ? "expected an object (the IFEval record)"
          : "missing" + json.foundHint("gold") + "; OpenCompass writes the record as 'gold' when the dataset's"
              + " output column is the record, as its IFEval configurations set (output_column='reference')");
    }
    @SuppressWarnings("unchecked")
    JsonLine record = JsonLine.of(source, line.number(), (Map<String, Object>) gold);
    RowParser.Parsed parsed;
    try {
      parsed = RowParser.BENCHMARK.parse(record, GroundTruthFormat.IFEVAL);
    } catch (InputProblemException e) {
      throw InputProblemException.atLine(e.source(), e.line(), e.field() == null ? "gold" : "gold." + e.field(),
          e.problem(), e);
    }
    JsonLine results = json.fields().get("results") instanceof Map<?, ?> r ? nested(json, r) : null;
    String response = results != null && results.has("pred")
        ? firstOf(results, "pred", String.class, "results.pred")
        : prediction(json);
    FrameworkVerdicts verdicts = results == null ? new FrameworkVerdicts(null, null, null, null)
        : new FrameworkVerdicts(firstVerdict(results, "is_strict_correct"), null,
            firstVerdict(results, "is_loose_correct"), null);
    return new FrameworkSample(parsed,
        new ResponseRecord(index, line.number(), parsed.row().id(), parsed.row().prompt(), response), verdicts);
  }

  private static String prediction(JsonLine json) {
    Object v = json.fields().get("prediction");
    if (v instanceof String s) return s;
    if (v instanceof List<?>) {
      throw json.bad("prediction", "several generations for one prompt (num_return_sequences > 1); if4j scores one"
          + " response per prompt");
    }
    throw json.bad("prediction", v == null ? "missing" + json.foundHint("prediction") : "expected a string");
  }

  /** A prompt-level verdict: OpenCompass writes one per replica, a list of one for a single run. */
  private static Boolean firstVerdict(JsonLine results, String field) {
    return results.has(field) ? firstOf(results, field, Boolean.class, "results." + field) : null;
  }

  /** {@code field[0]} of the details, which hold one value per replica. */
  private static <T> T firstOf(JsonLine results, String field, Class<T> type, String path) {
    Object v = results.fields().get(field);
    if (v instanceof List<?> list) {
      if (list.size() != 1) {
        throw results.bad(path, "holds " + list.size() + " values (one per replica): OpenCompass ran n > 1;"
            + " if4j reads single runs");
      }
      v = list.get(0);
    }
    if (type.isInstance(v)) return type.cast(v);
    throw results.bad(path, "expected " + (type == String.class ? "a string" : "a boolean") + ", got " + v);
  }

  private static JsonLine nested(JsonLine json, Map<?, ?> map) {
    @SuppressWarnings("unchecked")
    Map<String, Object> fields = (Map<String, Object>) map;
    return JsonLine.of(json.source(), json.line(), fields);
  }

  /** Whether a row is one of OpenCompass's entries: a {@code gold} object beside {@code origin_prompt}. */
  static boolean looksLikeOne(JsonLine json) {
    return json.fields().get("gold") instanceof Map && json.fields().containsKey("origin_prompt");
  }
}
