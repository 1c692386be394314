package dev.if4j.reward.server;

import dev.if4j.text.io.Json;
import dev.if4j.constraints.Args;
import dev.if4j.constraints.groundtruth.GroundTruth;
import dev.if4j.llm.judge.JudgePolicy;
import dev.if4j.reward.Combination;
import dev.if4j.reward.Judging;
import dev.if4j.reward.JsonTree;
import dev.if4j.reward.RewardConfig;
import dev.if4j.reward.RewardFunction;
import dev.if4j.reward.RewardGroundTruth;
import dev.if4j.reward.RewardSample;
import dev.if4j.reward.ScoreMode;
import dev.if4j.text.PySubstrings;
import dev.if4j.text.io.InputProblemException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns request bodies (already parsed to plain values) into samples, checking every field and the
 * per-sample limits ({@link ServerConfig.SampleLimits}): a problem is a {@link BadRequestException}
 * that names the sample and the field path. Linear in the body's size: nothing here searches
 * more than once over a text.
 */
final class RequestReader {
  private RequestReader() {}

  /** The per-request options of {@code /v1/score}: they adjust scoring, never the guards. */
  static final List<String> OPTIONS = List.of("mode", "scale", "judging", "explain", "multipliers", "loose_metrics",
      "hybrid", "soft_weight", "judge_policy");

  record Batch(List<RewardSample> samples, RewardConfig config) {}

  /** {@code {"samples": [...], "options": {...}}}. */
  static Batch score(Object body, RewardFunction function, ServerConfig.SampleLimits limits) throws BadRequestException {
    Map<String, Object> root = object(body, "", -1, "the request body");
    RewardConfig config = options(root.get("options"), function.defaults());
    if (!root.containsKey("samples")) throw BadRequestException.field("samples", -1, "missing (expected an array of samples)");
    List<?> list = array(root.get("samples"), "samples", -1);
    List<RewardSample> samples = new ArrayList<>(list.size());
    Map<Object, RewardGroundTruth> seen = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      String at = "samples[" + i + "]";
      Map<String, Object> s = object(list.get(i), at, i, "a sample");
      String response = string(s, "response", at, i, true);
      String prompt = string(s, "prompt", at, i, false);
      String dataSource = string(s, "data_source", at, i, false);
      Map<String, Object> extra = null;
      Object extraValue = s.get("extra_info");
      if (extraValue != null) {
        extra = object(extraValue, at + ".extra_info", i, "an object");
        // verl keeps the prompt, when it keeps it at all, in extra_info.
        if (prompt == null && extra.get("prompt") instanceof String p) prompt = p;
      }
      if (!s.containsKey("ground_truth")) throw BadRequestException.field(at + ".ground_truth", i, "missing");
      RewardGroundTruth gt = groundTruth(seen, s.get("ground_truth"), at + ".ground_truth", i, limits);
      List<Double> weights;
      try {
        weights = RewardSample.decodeWeights(s.get("weights"), gt);
      } catch (InputProblemException e) {
        throw BadRequestException.field(e.within(at + ".weights").field(), i, e.problem());
      }
      checkFiniteScore(config, gt, weights, at, i);
      samples.add(validated(function, new RewardSample(prompt, response, gt, weights, dataSource, extra), at, i));
    }
    return new Batch(samples, config);
  }

  /**
   * OpenRLHF's {@code {"query": [...], "prompts": [...], "labels": [...]}}: {@code query[i]} is the
   * prompt followed by the response, {@code labels[i]} the ground truth. Empty lists are valid.
   */
  static List<RewardSample> getReward(Object body, RewardFunction function, ServerConfig.SampleLimits limits)
      throws BadRequestException {
    Map<String, Object> root = object(body, "", -1, "the request body");
    if (!root.containsKey("query")) throw BadRequestException.field("query", -1, "missing (expected an array of prompt + response texts)");
    List<?> queries = array(root.get("query"), "query", -1);
    List<?> prompts = root.get("prompts") == null ? null : array(root.get("prompts"), "prompts", -1);
    List<?> labels = root.get("labels") == null ? null : array(root.get("labels"), "labels", -1);
    if (labels == null && !queries.isEmpty()) {
      throw BadRequestException.field("labels", -1, "missing: labels[i] is the ground truth of query[i]"
          + " (name the ground-truth column with --data.label_key on OpenRLHF >= 0.10.2,"
          + " --label_key before)");
    }
    if (labels != null && labels.size() != queries.size()) {
      throw BadRequestException.field("labels", -1, labels.size() + " labels but " + queries.size() + " queries");
    }
    if (prompts != null && prompts.size() != queries.size()) {
      throw BadRequestException.field("prompts", -1, prompts.size() + " prompts but " + queries.size() + " queries");
    }
    List<RewardSample> samples = new ArrayList<>(queries.size());
    Map<Object, RewardGroundTruth> seen = new HashMap<>();
    for (int i = 0; i < queries.size(); i++) {
      String query = element(queries.get(i), "query[" + i + "]", i);
      String prompt = prompts == null ? null : element(prompts.get(i), "prompts[" + i + "]", i);
      String response = query;
      if (prompt != null) {
        // One linear-time search (the query may be megabytes and the prompt a near miss of it).
        int at = query.startsWith(prompt) ? 0 : PySubstrings.find(query, prompt, 0);
        if (at < 0) {
          throw BadRequestException.field("query[" + i + "]", i, "does not contain prompts[" + i + "]; query[i]"
              + " must be the prompt followed by the response");
        }
        response = query.substring(at + prompt.length());
      }
      RewardGroundTruth gt = groundTruth(seen, labels.get(i), "labels[" + i + "]", i, limits);
      checkFiniteScore(function.defaults(), gt, null, "labels[" + i + "]", i);
      samples.add(validated(function, RewardSample.of(prompt, response, gt), "query[" + i + "]", i));
    }
    return samples;
  }

  private static RewardSample validated(RewardFunction function, RewardSample s, String at, int i)
      throws BadRequestException {
    try {
      function.validate(s);
      return s;
    } catch (InputProblemException e) {
      // validate() names fields of a /v1/score sample; for /get_reward the ground truth is labels[i].
      String field = e.field();
      if (at.startsWith("query")) {
        field = field.startsWith("ground_truth") ? "labels[" + i + "]" + field.substring("ground_truth".length())
            : field.equals("prompt") ? "prompts[" + i + "]" : at;
      } else {
        field = at + "." + field;
      }
      throw BadRequestException.field(field, i, e.problem());
    }
  }

  /**
   * The ground truth {@code v}; equal values (a GRPO group's samples) share one decoded object, so
   * that its constraints are built once.
   */
  private static RewardGroundTruth groundTruth(Map<Object, RewardGroundTruth> seen, Object v, String at, int i,
      ServerConfig.SampleLimits limits) throws BadRequestException {
    RewardGroundTruth known = v == null ? null : seen.get(v);
    if (known != null) return known;
    RewardGroundTruth gt;
    try {
      gt = RewardGroundTruth.decode(v);
    } catch (InputProblemException e) {
      throw BadRequestException.field(e.within(at).field(), i, e.problem());
    }
    checkLimits(gt, limits, at, i);
    if (v != null) seen.put(v, gt);
    return gt;
  }

  /**
   * The per-sample limits: judging costs time in the number of instructions and in their arguments'
   * length, so both are bounded before any work (a timed-out sample stops, but must not start huge).
   */
  static void checkLimits(RewardGroundTruth gt, ServerConfig.SampleLimits limits, String at, int i)
      throws BadRequestException {
    int count = gt.isCheckers() ? gt.checkers().size() : gt.instructionIds().size() + gt.judgeConstraints().size();
    if (count > limits.maxInstructions()) {
      throw BadRequestException.field(at, i, count + " instructions; a sample may have at most "
          + limits.maxInstructions() + " (the server's --max-instructions)");
    }
    List<Args> kwargs = gt.kwargs();
    for (int k = 0; k < kwargs.size(); k++) {
      for (Map.Entry<String, Object> arg : kwargs.get(k).asMap().entrySet()) {
        checkLength(arg.getValue(), at + ".kwargs[" + k + "]." + arg.getKey(), i, limits);
      }
    }
    for (GroundTruth.Checker c : gt.checkers()) {
      checkLength(c.checker(), at + ".checkers[" + c.index() + "]", i, limits);
      checkLength(c.function(), at + ".checkers[" + c.index() + "]", i, limits);
    }
    if (!gt.isCheckers()) {
      List<String> soft = gt.judgeConstraints();
      for (int k = 0; k < soft.size(); k++) checkLength(soft.get(k), at + ".soft_constraints[" + k + "]", i, limits);
    }
  }

  private static void checkLength(Object value, String at, int i, ServerConfig.SampleLimits limits)
      throws BadRequestException {
    if (value instanceof String s && s.length() > limits.maxArgumentChars()) {
      throw BadRequestException.field(at, i, s.length() + " characters; an argument may have at most "
          + limits.maxArgumentChars() + " (the server's --max-argument-chars)");
    }
    if (value instanceof List<?> list) {
      for (int k = 0; k < list.size(); k++) checkLength(list.get(k), at + "[" + k + "]", i, limits);
    }
  }

  /**
   * A weighted score is a sum of multipliers times weights, times the scale: each may be finite and
   * the sum still overflow to infinity, which JSON cannot carry. Its largest possible magnitude must
   * be finite, else 400 naming what made it so.
   */
  static void checkFiniteScore(RewardConfig config, RewardGroundTruth gt, List<Double> weights, String at, int i)
      throws BadRequestException {
    if (config.mode() != ScoreMode.WEIGHTED) return;
    double bound = 0;
    List<String> ids = gt.instructionIds();
    for (int k = 0; k < ids.size(); k++) {
      bound += Math.abs(config.multiplier(ids.get(k))) * Math.abs(weights == null ? 1.0 : weights.get(k));
    }
    if (!Double.isFinite(bound)) {
      throw BadRequestException.field(weights != null ? at + ".weights" : "options.multipliers", i,
          "the weighted score would overflow (the sum of multiplier x weight is not a finite number)");
    }
    if (!Double.isFinite(bound * Math.abs(config.scale()))) {
      throw BadRequestException.field("options.scale", i, "the weighted score times the scale " + config.scale()
          + " would overflow (not a finite number)");
    }
  }

  private static RewardConfig options(Object v, RewardConfig base) throws BadRequestException {
    if (v == null) return base;
    Map<String, Object> o = object(v, "options", -1, "an object");
    RewardConfig c = base;
    for (Map.Entry<String, Object> e : o.entrySet()) {
      String key = e.getKey();
      Object value = e.getValue();
      String at = "options." + key;
      try {
        c = switch (key) {
          case "mode" -> c.withMode(ScoreMode.parse(text(value, at)));
          case "judging" -> c.withJudging(Judging.parse(text(value, at)));
          case "scale" -> c.withScale(number(value, at));
          case "explain" -> c.withExplain(bool(value, at));
          case "loose_metrics" -> c.withLooseMetrics(bool(value, at));
          case "hybrid" -> c.withHybrid(new RewardConfig.HybridOptions(Combination.parse(text(value, at)),
              c.hybrid().softWeight(), c.hybrid().judgePolicy()));
          case "soft_weight" -> c.withHybrid(new RewardConfig.HybridOptions(c.hybrid().combination(),
              number(value, at), c.hybrid().judgePolicy()));
          case "judge_policy" -> c.withHybrid(new RewardConfig.HybridOptions(c.hybrid().combination(),
              c.hybrid().softWeight(), JudgePolicy.parse(text(value, at))));
          case "multipliers" -> {
            Map<String, Object> m = object(value, at, -1, "an object from instruction id to number");
            Map<String, Double> out = new LinkedHashMap<>();
            for (Map.Entry<String, Object> me : m.entrySet()) out.put(me.getKey(), number(me.getValue(), at + "." + me.getKey()));
            yield c.withMultipliers(out);
          }
          default -> throw BadRequestException.field(at, -1, "unknown option; known: " + String.join(", ", OPTIONS));
        };
      } catch (IllegalArgumentException ex) {
        throw BadRequestException.field(at, -1, ex.getMessage());
      }
    }
    return c;
  }

  private static boolean bool(Object v, String at) throws BadRequestException {
    if (v instanceof Boolean b) return b;
    throw BadRequestException.field(at, -1, "expected true or false, got " + Json.kind(v));
  }

  private static String text(Object v, String at) throws BadRequestException {
    if (v instanceof String s) return s;
    throw BadRequestException.field(at, -1, "expected a string, got " + Json.kind(v));
  }

  private static double number(Object v, String at) throws BadRequestException {
    if (v instanceof Number n && Double.isFinite(n.doubleValue())) return n.doubleValue();
    throw BadRequestException.field(at, -1, "expected a finite number, got " + Json.kind(v));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object v, String at, int i, String what) throws BadRequestException {
    if (v instanceof Map<?, ?> m) return (Map<String, Object>) m;
    if (at.isEmpty()) throw new BadRequestException(400, null, -1, "the request body must be a JSON object, got " + Json.kind(v));
    throw BadRequestException.field(at, i, "expected " + what + ", got " + Json.kind(v));
  }

  private static List<?> array(Object v, String at, int i) throws BadRequestException {
    if (v instanceof List<?> l) return l;
    throw BadRequestException.field(at, i, "expected an array, got " + Json.kind(v));
  }

  private static String element(Object v, String at, int i) throws BadRequestException {
    if (v instanceof String s) return s;
    throw BadRequestException.field(at, i, "expected a string, got " + Json.kind(v));
  }

  private static String string(Map<String, Object> s, String key, String at, int i, boolean required)
      throws BadRequestException {
    Object v = s.get(key);
    if (v instanceof String str) return str;
    if (v == null && !required) return null;
    throw BadRequestException.field(at + "." + key, i, v == null ? (s.containsKey(key) ? "is null; expected a string" : "missing")
        : "expected a string, got " + Json.kind(v));
  }
}
