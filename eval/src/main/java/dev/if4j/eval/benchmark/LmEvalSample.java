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
 * One row of lm-evaluation-harness's {@code --log_samples} output for its {@code ifeval} task.
 *
 * <p>The layout, as lm-eval writes it (EleutherAI/lm-evaluation-harness at commit 4e7e0d47,
 * {@code lm_eval/evaluator.py} around line 645 and {@code lm_eval/loggers/evaluation_tracker.py}
 * around line 345): {@code doc_id}, {@code doc} (the dataset row: {@code key}, {@code prompt},
 * {@code instruction_id_list}, {@code kwargs}), {@code target}, {@code arguments}, {@code resps}
 * (the raw generations, one list per request), {@code filtered_resps} (one string per request, after
 * the task's filter), {@code filter}, {@code metrics} (the names), hashes, and then each per-sample
 * metric as a field: {@code prompt_level_strict_acc} (a boolean), {@code inst_level_strict_acc} (a
 * list of booleans), and the same for loose ({@code lm_eval/tasks/ifeval/utils.py},
 * {@code process_results}).
 *
 * <p>The response judged is {@code filtered_resps[0]}: what lm-eval's {@code process_results}
 * scored. The prompt and its instructions come from {@code doc}.
 */
final class LmEvalSample {
  private LmEvalSample() {}

  /** Whether a row is lm-eval's: it has a {@code doc} object and {@code filtered_resps}. */
  static boolean looksLikeOne(JsonLine json) {
    return json.fields().get("doc") instanceof Map && json.fields().containsKey("filtered_resps");
  }

  /** The row as a prompt (its {@code doc}, keyed by {@code doc.key}), its response and lm-eval's verdicts. */
  static FrameworkSample parse(String source, SourceLine line, int index) {
    JsonLine json = JsonLine.parse(source, line);
    if (!(json.fields().get("doc") instanceof Map<?, ?> doc)) {
      throw json.bad("doc", json.has("doc") ? "expected an object (the dataset row)"
          : "missing" + json.foundHint("doc") + "; an lm-eval sample row (--log_samples) has doc, resps and"
              + " filtered_resps");
    }
    @SuppressWarnings("unchecked")
    JsonLine docJson = JsonLine.of(source, line.number(), (Map<String, Object>) doc);
    RowParser.Parsed parsed = parseDoc(docJson, json);
    String response = firstFiltered(json);
    ResponseRecord record = new ResponseRecord(index, line.number(), parsed.row().id(), parsed.row().prompt(), response);
    return new FrameworkSample(parsed, record, FrameworkVerdicts.read(json));
  }

  /** The doc as a benchmark row, its key falling back on the sample's {@code doc_id}. */
  private static RowParser.Parsed parseDoc(JsonLine doc, JsonLine row) {
    JsonLine keyed = doc;
    if (!doc.has("key") && !doc.has("id") && row.optionalId("doc_id") != null) {
      Map<String, Object> withKey = new LinkedHashMap<>(doc.fields());
      withKey.put("key", row.optionalId("doc_id"));
      keyed = JsonLine.of(doc.source(), doc.line(), withKey);
    }
    try {
      return RowParser.BENCHMARK.parse(keyed, GroundTruthFormat.IFEVAL);
    } catch (InputProblemException e) {
      throw InputProblemException.atLine(e.source(), e.line(), e.field() == null ? "doc" : "doc." + e.field(),
          e.problem(), e);
    }
  }

  /** {@code filtered_resps[0]}: lm-eval's ifeval task makes one request per document. */
  private static String firstFiltered(JsonLine json) {
    Object v = json.fields().get("filtered_resps");
    if (!(v instanceof List<?> list)) {
      throw json.bad("filtered_resps", v == null ? "is null" : "expected an array of strings (one per request)");
    }
    if (list.isEmpty()) throw json.bad("filtered_resps", "is empty: the sample has no response");
    if (list.get(0) instanceof String s) return s;
    if (list.get(0) instanceof List<?> inner && inner.size() == 1 && inner.get(0) instanceof String s) return s;
    throw json.bad("filtered_resps[0]", "expected a string (the filtered generation)");
  }

}
