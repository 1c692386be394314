package dev.if4j.eval.benchmark;

import dev.if4j.constraints.Version;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code results.json}: an evaluation's four figures as lm-evaluation-harness writes them, so that
 * tools and people used to lm-eval read ours as they read theirs.
 *
 * <p>The layout follows lm-eval's results file (EleutherAI/lm-evaluation-harness at commit
 * 4e7e0d47): {@code results.<task>} holds {@code <metric>,<filter>} and {@code
 * <metric>_stderr,<filter>} with the filter {@code none} ({@code lm_eval/evaluator_utils.py},
 * {@code calculate_aggregate_metric}), metrics in the ifeval task's order ({@code
 * lm_eval/tasks/ifeval/ifeval.yaml}).
 *
 * <p>Standard errors, as lm-eval computes them: the prompt-level figures are aggregated by {@code
 * mean}, whose error is {@code mean_stderr} (sample standard deviation, n - 1 in the denominator,
 * over sqrt(n); {@code lm_eval/api/metrics.py}), written only for more than one prompt. The
 * instruction-level figures are aggregated by the task's {@code agg_inst_level_acc} (the lists
 * flattened), for which {@code stderr_for_metric} has no formula: lm-eval writes {@code "N/A"}, and
 * so do we, so that a figure never looks comparable when it is not.
 */
public final class LmEvalResults {
  private LmEvalResults() {}

  public static final String FILE = "results.json";

  public static final String PROMPT_STRICT = "prompt_level_strict_acc";
  public static final String INST_STRICT = "inst_level_strict_acc";
  public static final String PROMPT_LOOSE = "prompt_level_loose_acc";
  public static final String INST_LOOSE = "inst_level_loose_acc";

  /** lm-eval's value for a standard error it cannot compute. */
  public static final String NOT_AVAILABLE = "N/A";

  /** lm-eval's filter name for unfiltered responses, the suffix of every metric key. */
  private static final String FILTER = ",none";

  /** The four figures under lm-eval's names (what summary.json's {@code metrics} holds too). */
  public static Map<String, Object> metrics(Scores strict, Scores loose, IfEvalBenchmark.PromptOutcomes outcomes) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(PROMPT_STRICT, strict.promptLevel().accuracy());
    m.put(PROMPT_STRICT + "_stderr", meanStderr(outcomes.strict()));
    m.put(INST_STRICT, strict.instructionLevel().accuracy());
    m.put(INST_STRICT + "_stderr", NOT_AVAILABLE);
    m.put(PROMPT_LOOSE, loose.promptLevel().accuracy());
    m.put(PROMPT_LOOSE + "_stderr", meanStderr(outcomes.loose()));
    m.put(INST_LOOSE, loose.instructionLevel().accuracy());
    m.put(INST_LOOSE + "_stderr", NOT_AVAILABLE);
    return m;
  }

  /** The whole file: lm-eval's layout, and our version stamp. */
  public static Map<String, Object> of(Benchmark benchmark, Scores strict, Scores loose,
      IfEvalBenchmark.PromptOutcomes outcomes, Object stamp) {
    String task = benchmark.id();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("alias", task);
    metrics(strict, loose, outcomes).forEach((k, v) -> figures.put(k + FILTER, v));
    Map<String, Object> higher = new LinkedHashMap<>();
    for (String metric : new String[] {PROMPT_STRICT, INST_STRICT, PROMPT_LOOSE, INST_LOOSE}) higher.put(metric, true);
    Map<String, Object> samples = new LinkedHashMap<>();
    samples.put("original", strict.promptLevel().total());
    samples.put("effective", strict.promptLevel().total());

    Map<String, Object> m = new LinkedHashMap<>();
    m.put("results", Map.of(task, figures));
    m.put("higher_is_better", Map.of(task, higher));
    m.put("n-samples", Map.of(task, samples));
    m.put("n-shot", Map.of(task, 0));
    m.put("if4j_version", Version.get());
    m.put("stamp", stamp);
    return m;
  }

  /**
   * lm-eval's {@code mean_stderr} of 0/1 outcomes: the sample standard deviation over sqrt(n), or
   * {@link #NOT_AVAILABLE} for fewer than two (lm-eval computes none then).
   */
  public static Object meanStderr(boolean[] outcomes) {
    int n = outcomes.length;
    if (n < 2) return NOT_AVAILABLE;
    long hits = 0;
    for (boolean o : outcomes) if (o) hits++;
    double mean = (double) hits / n;
    // sum((x - mean)^2) over 0/1 values, in closed form: hits (1 - mean)^2 + (n - hits) mean^2.
    double squares = hits * (1 - mean) * (1 - mean) + (n - hits) * mean * mean;
    return Math.sqrt(squares / (n - 1)) / Math.sqrt(n);
  }
}
