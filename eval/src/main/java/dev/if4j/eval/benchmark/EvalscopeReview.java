package dev.if4j.eval.benchmark;

import dev.if4j.constraints.groundtruth.GroundTruthFormat;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.eval.io.JsonLine;
import dev.if4j.eval.io.RowParser;
import dev.if4j.text.io.SourceLine;
import java.util.Map;

/**
 * One row of evalscope's review file for its {@code ifeval} benchmark ({@code
 * reviews/<model>/ifeval_default.jsonl}).
 *
 * <p>The layout, as evalscope writes it (modelscope/evalscope at commit fde259d2): {@code
 * CacheManager.save_review_cache} ({@code evalscope/api/evaluator/cache.py}) dumps a {@code
 * ReviewResult}: {@code index}, {@code target}, {@code messages}, {@code agent_trace} and {@code
 * sample_score} ({@code evalscope/api/metric/scorer.py}: {@code score}, {@code sample_id}, {@code
 * sample_metadata}). The ifeval adapter ({@code evalscope/benchmarks/ifeval/ifeval_adapter.py})
 * keeps the dataset record as the sample's metadata ({@code key}, {@code prompt}, {@code
 * instruction_id_list}, {@code kwargs}) and scores {@code filtered_prediction}, which it records
 * as {@code score.extracted_prediction}; {@code score.value} holds {@code prompt_level_strict}
 * (1.0/0.0), {@code inst_level_strict} (the prompt's fraction of instructions followed), and the
 * same for loose ({@code evalscope/benchmarks/ifeval/utils.py}, {@code process_results}).
 */
final class EvalscopeReview {
  private EvalscopeReview() {}

  /** Whether a row is evalscope's: a {@code sample_score} object with a {@code score}. */
  static boolean looksLikeOne(JsonLine json) {
    return json.fields().get("sample_score") instanceof Map<?, ?> s && s.get("score") instanceof Map;
  }

  static FrameworkSample parse(String source, SourceLine line, int index) {
    JsonLine json = JsonLine.parse(source, line);
    JsonLine sampleScore = object(json, "sample_score", "sample_score");
    JsonLine score = object(sampleScore, "score", "sample_score.score");
    if (!sampleScore.has("sample_metadata")) {
      throw json.bad("sample_score.sample_metadata", "missing: evalscope saved no dataset record beside the"
          + " score (save_metadata off), so the prompt's instructions are unknown; score its predictions"
          + " file with --input-data instead");
    }
    JsonLine record = object(sampleScore, "sample_metadata", "sample_score.sample_metadata");
    RowParser.Parsed parsed;
    try {
      parsed = RowParser.BENCHMARK.parse(record, GroundTruthFormat.IFEVAL);
    } catch (InputProblemException e) {
      throw InputProblemException.atLine(e.source(), e.line(),
          "sample_score.sample_metadata" + (e.field() == null ? "" : "." + e.field()), e.problem(), e);
    }
    Object scored = score.fields().get("extracted_prediction");
    if (!(scored instanceof String response)) {
      throw json.bad("sample_score.score.extracted_prediction", scored == null ? "missing"
          : "expected a string (the prediction scored)");
    }
    FrameworkVerdicts verdicts = score.fields().get("value") instanceof Map
        ? FrameworkVerdicts.readEvalscope(object(score, "value", "sample_score.score.value"))
        : new FrameworkVerdicts(null, null, null, null);
    return new FrameworkSample(parsed,
        new ResponseRecord(index, line.number(), parsed.row().id(), parsed.row().prompt(), response), verdicts);
  }

  private static JsonLine object(JsonLine json, String field, String path) {
    if (json.fields().get(field) instanceof Map<?, ?> m) {
      @SuppressWarnings("unchecked")
      Map<String, Object> fields = (Map<String, Object>) m;
      return JsonLine.of(json.source(), json.line(), fields);
    }
    throw InputProblemException.atLine(json.source(), json.line(), path,
        json.has(field) ? "expected an object" : "missing" + json.foundHint(field));
  }
}
