package dev.if4j.eval.benchmark;

import dev.if4j.constraints.groundtruth.GroundTruthFormat;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.eval.io.JsonLine;
import dev.if4j.eval.io.RowParser;
import dev.if4j.text.io.SourceLine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of lighteval's details for its {@code ifeval} task, read as a JSON line (the details are
 * Parquet; the command line reads Parquet rows as JSON lines).
 *
 * <p>The layout, as lighteval writes it (huggingface/lighteval at commit 3fd15266): {@code
 * EvaluationTracker.save} ({@code src/lighteval/logging/evaluation_tracker.py}) turns each {@code
 * Detail(doc, model_response, metric)} ({@code src/lighteval/logging/info_loggers.py}) into a row
 * with {@code asdict}, columns sorted, and {@code save_details} writes {@code
 * details_<task>_<date>.parquet}. The task ({@code src/lighteval/tasks/tasks/ifeval/main.py})
 * puts the prompt in {@code doc.query} and the instructions in {@code doc.specific} ({@code
 * instructions_id_list}, {@code kwargs}); its metric scores {@code model_response.final_text[0]},
 * which is {@code text_post_processed} when lighteval post-processed the text (e.g. removed a
 * reasoning trace), else {@code text} ({@code src/lighteval/models/model_output.py}); {@code
 * metric} holds {@code prompt_level_strict_acc} as 0/1 and {@code inst_level_strict_acc} as a list
 * of booleans, and the same for loose.
 */
final class LightevalDetail {
  private LightevalDetail() {}

  /** Whether a row is lighteval's: {@code doc}, {@code model_response} and {@code metric} objects. */
  static boolean looksLikeOne(JsonLine json) {
    return json.fields().get("doc") instanceof Map && json.fields().get("model_response") instanceof Map;
  }

  /** The row as a prompt, its response and lighteval's verdicts. */
  static FrameworkSample parse(String source, SourceLine line, int index) {
    JsonLine json = JsonLine.parse(source, line);
    JsonLine doc = object(json, "doc");
    JsonLine specific = object(doc, "specific", "doc.specific");
    Map<String, Object> row = new LinkedHashMap<>();
    String id = doc.optionalString("id");
    // lighteval numbers its docs; a file without ids is keyed by row.
    row.put("key", id == null || id.isEmpty() ? String.valueOf(index) : id);
    row.put("prompt", doc.fields().get("query"));
    row.put("instruction_id_list", specific.fields().get("instructions_id_list"));
    row.put("kwargs", specific.fields().get("kwargs"));
    RowParser.Parsed parsed;
    try {
      parsed = RowParser.BENCHMARK.parse(JsonLine.of(source, line.number(), row), GroundTruthFormat.IFEVAL);
    } catch (InputProblemException e) {
      throw InputProblemException.atLine(e.source(), e.line(), lightevalField(e.field()), e.problem(), e);
    }
    String response = finalText(object(json, "model_response"));
    ResponseRecord record = new ResponseRecord(index, line.number(), parsed.row().id(), parsed.row().prompt(), response);
    FrameworkVerdicts verdicts = json.fields().get("metric") instanceof Map
        ? FrameworkVerdicts.read(object(json, "metric"))
        : new FrameworkVerdicts(null, null, null, null);
    return new FrameworkSample(parsed, record, verdicts);
  }

  /** {@code final_text[0]}: the post-processed text when there is one, else the generated text. */
  private static String finalText(JsonLine response) {
    String field = response.has("text_post_processed") ? "text_post_processed" : "text";
    Object texts = response.fields().get(field);
    if (!(texts instanceof List<?> list) || list.isEmpty() || !(list.get(0) instanceof String s)) {
      throw InputProblemException.atLine(response.source(), response.line(), "model_response." + field,
          texts == null ? "missing" : "expected a non-empty array of strings (the generations)");
    }
    return s;
  }

  private static JsonLine object(JsonLine json, String field) {
    return object(json, field, field);
  }

  private static JsonLine object(JsonLine json, String field, String path) {
    if (json.fields().get(field) instanceof Map<?, ?> m) {
      @SuppressWarnings("unchecked")
      Map<String, Object> fields = (Map<String, Object>) m;
      return JsonLine.of(json.source(), json.line(), fields);
    }
    throw InputProblemException.atLine(json.source(), json.line(), path, json.has(field) ? "expected an object"
        : "missing" + json.foundHint(field) + "; a lighteval details row has doc, model_response and metric");
  }

  /** Our field's name in lighteval's row, for errors. */
  private static String lightevalField(String field) {
    if (field == null) return "doc";
    if (field.startsWith("prompt")) return "doc.query" + field.substring("prompt".length());
    if (field.startsWith("instruction_id_list")) {
      return "doc.specific.instructions_id_list" + field.substring("instruction_id_list".length());
    }
    if (field.startsWith("kwargs")) return "doc.specific." + field;
    return "doc." + field;
  }
}
