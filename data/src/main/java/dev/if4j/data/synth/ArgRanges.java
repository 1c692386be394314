package dev.if4j.data.synth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.if4j.data.io.JsonValues;
import dev.if4j.text.PyRandom;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A ranges file: argument draws that replace the reference's (IF-RLVR trains with wider ranges
 * than IFEval's), weights for instructions, and weights for the number of instructions per prompt.
 *
 * <pre>{@code
 * {
 *   "args": {
 *     "length_constraints:number_words": {"num_words": {"min": 50, "max": 1500}},
 *     "startend:end_checker": {"end_phrase": ["Any other questions?", "That is all."]},
 *     "keywords:existence": {"keywords": {"sample": ["river", "lamp", "cloud"], "min": 1, "max": 3}},
 *     "detectable_format:number_bullet_lists": {"num_bullets": {"choices": [1, 2, 10], "weights": [1, 1, 2]}}
 *   },
 *   "weights": {"detectable_format:json_format": 0.5, "copy:copy": 0},
 *   "count_weights": {"1": 1, "2": 2, "3": 2}
 * }
 * }</pre>
 *
 * <p>An argument spec is a list (one item drawn), {@code {"min", "max"}} (an integer drawn
 * uniformly, bounds included), {@code {"choices", "weights"}}, {@code {"sample", "min", "max"}}
 * (that many distinct items, in draw order), or a single value (always that value). Arguments not
 * named keep the reference's draw. Instructions weigh 1 unless named; weight 0 leaves one out.
 */
public final class ArgRanges {
  /** How one argument is drawn. */
  public sealed interface Spec {
    Object draw(PyRandom random);
  }

  record Fixed(Object value) implements Spec {
    @Override
    public Object draw(PyRandom random) {
      return value;
    }
  }

  record IntRange(long min, long max) implements Spec {
    @Override
    public Object draw(PyRandom random) {
      return random.randint(min, max);
    }
  }

  record Choice(List<Object> items, double[] cumulative) implements Spec {
    @Override
    public Object draw(PyRandom random) {
      if (cumulative == null) return random.choice(items);
      return items.get(weighted(random, cumulative));
    }
  }

  record Sample(List<Object> pool, int min, int max) implements Spec {
    @Override
    public Object draw(PyRandom random) {
      return new ArrayList<>(random.sample(pool, random.randint(min, max)));
    }
  }

  private static final ArgRanges NONE = new ArgRanges(Map.of(), Map.of(), Map.of());

  private final Map<String, Map<String, Spec>> args;
  private final Map<String, Double> weights;
  private final Map<Integer, Double> countWeights;

  private ArgRanges(Map<String, Map<String, Spec>> args, Map<String, Double> weights, Map<Integer, Double> countWeights) {
    this.args = args;
    this.weights = weights;
    this.countWeights = countWeights;
  }

  /** The reference's draws, every instruction weighing 1. */
  public static ArgRanges none() {
    return NONE;
  }

  public static ArgRanges read(Path file) throws IOException {
    return parse(JsonValues.MAPPER.readTree(Files.readString(file)), file.toString());
  }

  public static ArgRanges parse(JsonNode root, String source) {
    if (root == null || !root.isObject()) throw new IllegalArgumentException(source + ": expected a JSON object");
    Map<String, Map<String, Spec>> args = new LinkedHashMap<>();
    root.path("args").fields().forEachRemaining(e -> {
      Map<String, Spec> specs = new LinkedHashMap<>();
      e.getValue().fields().forEachRemaining(a -> specs.put(a.getKey(), spec(a.getValue(), source + ": args." + e.getKey() + "." + a.getKey())));
      args.put(e.getKey(), specs);
    });
    Map<String, Double> weights = new LinkedHashMap<>();
    root.path("weights").fields().forEachRemaining(e -> weights.put(e.getKey(), weight(e.getValue(), source + ": weights." + e.getKey())));
    Map<Integer, Double> counts = new LinkedHashMap<>();
    root.path("count_weights").fields().forEachRemaining(e -> {
      int n;
      try {
        n = Integer.parseInt(e.getKey());
      } catch (NumberFormatException x) {
        throw new IllegalArgumentException(source + ": count_weights: '" + e.getKey() + "' is not a count");
      }
      counts.put(n, weight(e.getValue(), source + ": count_weights." + n));
    });
    return new ArgRanges(args, weights, counts);
  }

  private static double weight(JsonNode n, String where) {
    if (!n.isNumber() || n.doubleValue() < 0) throw new IllegalArgumentException(where + ": expected a number >= 0");
    return n.doubleValue();
  }

  private static Spec spec(JsonNode n, String where) {
    if (n.isArray()) {
      if (n.isEmpty()) throw new IllegalArgumentException(where + ": an empty list to choose from");
      return new Choice(items(n), null);
    }
    if (n.isObject()) {
      if (n.has("sample")) {
        List<Object> pool = items(n.get("sample"));
        int min = n.path("min").asInt(1);
        int max = n.path("max").asInt(min);
        if (min < 0 || max < min || max > pool.size()) {
          throw new IllegalArgumentException(where + ": sample sizes " + min + ".." + max + " do not fit a pool of " + pool.size());
        }
        return new Sample(pool, min, max);
      }
      if (n.has("choices")) {
        List<Object> items = items(n.get("choices"));
        if (items.isEmpty()) throw new IllegalArgumentException(where + ": no choices");
        JsonNode w = n.get("weights");
        if (w == null) return new Choice(items, null);
        if (!w.isArray() || w.size() != items.size()) throw new IllegalArgumentException(where + ": one weight per choice");
        double[] cum = new double[items.size()];
        double total = 0;
        for (int i = 0; i < cum.length; i++) {
          total += weight(w.get(i), where + ".weights");
          cum[i] = total;
        }
        if (total <= 0) throw new IllegalArgumentException(where + ": the weights add up to 0");
        return new Choice(items, cum);
      }
      if (n.has("min") || n.has("max")) {
        if (!n.path("min").canConvertToLong() || !n.path("max").canConvertToLong()
            || !n.get("min").isIntegralNumber() || !n.get("max").isIntegralNumber()) {
          throw new IllegalArgumentException(where + ": min and max must both be integers");
        }
        long min = n.get("min").longValue();
        long max = n.get("max").longValue();
        if (max < min) throw new IllegalArgumentException(where + ": max < min");
        return new IntRange(min, max);
      }
      throw new IllegalArgumentException(where + ": expected a list, {min, max}, {choices}, {sample} or a value");
    }
    return new Fixed(JsonValues.plain(n));
  }

  private static List<Object> items(JsonNode n) {
    List<Object> out = new ArrayList<>();
    for (JsonNode x : n) out.add(JsonValues.plain(x));
    return out;
  }

  /** The argument draws that replace the reference's for {@code id} (empty when none). */
  public Map<String, Spec> args(String id) {
    return args.getOrDefault(id, Map.of());
  }

  /** The ids the file names (to check them against the registries). */
  public List<String> namedIds() {
    List<String> out = new ArrayList<>(args.keySet());
    weights.keySet().forEach(k -> {
      if (!out.contains(k)) out.add(k);
    });
    return out;
  }

  public double weight(String id) {
    return weights.getOrDefault(id, 1.0);
  }

  /** Draws the number of instructions in {@code [min, max]}: by count_weights, else uniformly. */
  public int drawCount(PyRandom random, int min, int max) {
    if (countWeights.isEmpty()) return random.randint(min, max);
    double[] cum = new double[max - min + 1];
    double total = 0;
    for (int n = min; n <= max; n++) {
      total += countWeights.getOrDefault(n, 0.0);
      cum[n - min] = total;
    }
    if (total <= 0) throw new IllegalArgumentException("count_weights give no weight to any count in " + min + ".." + max);
    return min + weighted(random, cum);
  }

  /** An index drawn with the weights whose running sums are {@code cumulative}. */
  static int weighted(PyRandom random, double[] cumulative) {
    double x = random.random() * cumulative[cumulative.length - 1];
    for (int i = 0; i < cumulative.length; i++) {
      if (x < cumulative[i]) return i;
    }
    return cumulative.length - 1;
  }
}
