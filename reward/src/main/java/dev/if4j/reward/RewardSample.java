package dev.if4j.reward;

import dev.if4j.text.io.InputProblemException;
import dev.if4j.text.io.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One response to score.
 *
 * @param prompt the prompt, or {@code null} when the caller has none (then instructions that repeat
 *     the prompt cannot be judged)
 * @param response the model's output (reasoning trace and end-of-turn tokens included: they are
 *     removed as the {@link RewardConfig} says)
 * @param groundTruth the instructions to follow
 * @param weights per-instruction weights for {@link ScoreMode#WEIGHTED}, aligned with the ground
 *     truth's instructions, or {@code null} for all 1
 * @param dataSource the trainer's data source tag, or {@code null} (informational)
 * @param extraInfo the trainer's extra information, or {@code null} (informational)
 */
public record RewardSample(String prompt, String response, RewardGroundTruth groundTruth,
    List<Double> weights, String dataSource, Map<String, Object> extraInfo) {
  public RewardSample {
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(groundTruth, "groundTruth");
    if (weights != null) {
      weights = List.copyOf(weights);
      if (weights.size() != groundTruth.size()) {
        throw InputProblemException.inField("weights", weights.size() + " weights but the ground truth has "
            + groundTruth.size() + " instructions");
      }
    }
  }

  /** A sample with no weights, data source or extra information. */
  public static RewardSample of(String prompt, String response, RewardGroundTruth groundTruth) {
    return new RewardSample(prompt, response, groundTruth, null, null, null);
  }

  /** The weight of instruction {@code i} (1 without weights). */
  public double weight(int i) {
    return weights == null ? 1.0 : weights.get(i);
  }

  /**
   * Weights as a caller may give them: an array aligned with the instructions, or an object from
   * instruction id to weight (ids it leaves out weigh 1). {@code null} gives {@code null}.
   */
  public static List<Double> decodeWeights(Object raw, RewardGroundTruth gt) {
    if (raw == null) return null;
    List<Double> out = new ArrayList<>(gt.size());
    if (raw instanceof List<?> list) {
      if (list.size() != gt.size()) {
        throw InputProblemException.inField("", list.size() + " weights but the ground truth has " + gt.size() + " instructions");
      }
      for (int i = 0; i < list.size(); i++) out.add(number("[" + i + "]", list.get(i)));
      return out;
    }
    if (raw instanceof Map<?, ?> map) {
      for (Object k : map.keySet()) {
        if (!(k instanceof String id) || !gt.instructionIds().contains(id)) {
          throw InputProblemException.inField(String.valueOf(k), "not an instruction of this sample's ground truth ("
              + String.join(", ", gt.instructionIds()) + ")");
        }
      }
      for (String id : gt.instructionIds()) {
        Object w = map.get(id);
        out.add(w == null ? 1.0 : number(id, w));
      }
      return out;
    }
    throw InputProblemException.inField("", "expected an array of numbers or an object from instruction id to number, got "
        + Json.kind(raw));
  }

  private static double number(String field, Object v) {
    if (v instanceof Number n && Double.isFinite(n.doubleValue())) return n.doubleValue();
    throw InputProblemException.inField(field, "expected a finite number, got " + Json.kind(v)
        + (v instanceof Number ? " (" + v + ")" : ""));
  }
}
