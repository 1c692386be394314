package dev.if4j.eval.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.text.io.Json;
import dev.if4j.text.io.InputProblemException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A benchmark scored on several responses per prompt ({@code generate --samples N}): each sample is
 * an ordinary evaluation of its own ({@code sample-K/}, the same files as a one-sample run, so
 * {@code report} reads any of them), and {@code summary.json} beside them holds what only several
 * samples tell: the spread of every accuracy across samples, and pass@k at prompt level (the
 * unbiased estimator of Chen et al. 2021: the chance that at least one of k samples drawn from the
 * n follows every instruction).
 */
public final class SampledEval {
  /** The aggregate file, in the output directory above the per-sample ones. */
  public static final String SUMMARY = "summary.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final IfEvalBenchmark benchmark;

  public SampledEval(IfEvalBenchmark benchmark) {
    this.benchmark = benchmark;
  }

  /** The four accuracies of one sample's run. */
  public record Accuracies(double promptStrict, double instStrict, double promptLoose, double instLoose) {
    static Accuracies of(IfEvalBenchmark.Result r) {
      return new Accuracies(r.strict().promptLevel().accuracy(), r.strict().instructionLevel().accuracy(),
          r.loose().promptLevel().accuracy(), r.loose().instructionLevel().accuracy());
    }

    double get(int metric) {
      return switch (metric) {
        case 0 -> promptStrict;
        case 1 -> instStrict;
        case 2 -> promptLoose;
        default -> instLoose;
      };
    }
  }

  private static final String[] METRICS = {"prompt_strict", "inst_strict", "prompt_loose", "inst_loose"};

  /**
   * @param perSample each sample's run, in sample order
   * @param passAtK prompt-level pass@k, strict and loose, by k
   */
  public record Result(String title, int prompts, int samples, List<IfEvalBenchmark.Result> perSample,
      Map<Integer, Double> passAtKStrict, Map<Integer, Double> passAtKLoose, Map<String, Object> summary) {

    /** What {@code if4j eval --samples N} prints. */
    public String table() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "%s: %d prompts x %d samples%n%n", title, prompts, samples));
      b.append(String.format(Locale.ROOT, "%-20s %8s %8s %8s %8s%n", "", "mean", "std", "min", "max"));
      String[] labels = {"prompt-level strict", "inst-level strict", "prompt-level loose", "inst-level loose"};
      for (int m = 0; m < METRICS.length; m++) {
        double[] xs = values(m);
        b.append(String.format(Locale.ROOT, "%-20s %8.4f %8.4f %8.4f %8.4f%n", labels[m], mean(xs), std(xs),
            min(xs), max(xs)));
      }
      b.append(String.format(Locale.ROOT, "%npass@k (prompt level, every instruction followed)%n"));
      b.append(String.format(Locale.ROOT, "%-20s", "k"));
      for (int k : passAtKStrict.keySet()) b.append(String.format(Locale.ROOT, " %8d", k));
      b.append(System.lineSeparator());
      row(b, "strict", passAtKStrict);
      row(b, "loose", passAtKLoose);
      return b.toString();
    }

    private double[] values(int metric) {
      double[] xs = new double[perSample.size()];
      for (int i = 0; i < xs.length; i++) xs[i] = Accuracies.of(perSample.get(i)).get(metric);
      return xs;
    }

    private static void row(StringBuilder b, String label, Map<Integer, Double> byK) {
      b.append(String.format(Locale.ROOT, "%-20s", label));
      for (double v : byK.values()) b.append(String.format(Locale.ROOT, " %8.4f", v));
      b.append(System.lineSeparator());
    }
  }

  /**
   * Scores {@code samples} responses per prompt: {@code responses} holds them all, each line with
   * its {@code sample} index (0 to samples - 1), as {@code generate} writes them.
   */
  public Result run(Path inputData, Path responses, int samples, Path outputDir) throws IOException {
    if (samples < 2) throw new IllegalArgumentException("a sampled evaluation needs at least 2 samples, got " + samples);
    Files.createDirectories(outputDir);
    List<Path> files = split(responses, samples, outputDir);
    List<IfEvalBenchmark.Result> runs = new ArrayList<>(samples);
    List<boolean[][]> outcomes = new ArrayList<>(samples);
    for (int s = 0; s < samples; s++) {
      Path dir = files.get(s).getParent();
      IfEvalBenchmark.Result run = benchmark.run(inputData, files.get(s), dir);
      runs.add(run);
      outcomes.add(new boolean[][] {run.outcomes().strict(), run.outcomes().loose()});
    }
    int prompts = runs.get(0).prompts();
    Map<Integer, Double> strict = passAtK(outcomes, 0, prompts, samples);
    Map<Integer, Double> loose = passAtK(outcomes, 1, prompts, samples);
    Map<String, Object> summary = summary(runs, prompts, samples, strict, loose);
    Json.writeIndented(outputDir.resolve(SUMMARY), summary);
    return new Result(runs.get(0).benchmark().title(), prompts, samples, List.copyOf(runs), strict, loose, summary);
  }

  /** The sample directory of sample {@code s}. */
  public static String sampleDir(int s) {
    return "sample-" + s;
  }

  /** Copies each response line into its sample's own file, {@code DIR/sample-K/responses.jsonl}. */
  private static List<Path> split(Path responses, int samples, Path outputDir) throws IOException {
    List<Path> files = new ArrayList<>(samples);
    List<BufferedWriter> out = new ArrayList<>(samples);
    try {
      for (int s = 0; s < samples; s++) {
        Path dir = outputDir.resolve(sampleDir(s));
        Files.createDirectories(dir);
        Path f = dir.resolve("responses.jsonl");
        files.add(f);
        out.add(Files.newBufferedWriter(f, StandardCharsets.UTF_8));
      }
      long number = 0;
      for (String line : (Iterable<String>) Files.lines(responses, StandardCharsets.UTF_8)::iterator) {
        number++;
        if (line.isBlank()) continue;
        int s = sampleOf(responses, number, line, samples);
        out.get(s).write(line);
        out.get(s).write('\n');
      }
    } finally {
      for (BufferedWriter w : out) w.close();
    }
    return files;
  }

  private static int sampleOf(Path file, long line, String text, int samples) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw InputProblemException.atLine(file.toString(), line, null, "not JSON: " + Json.problem(e));
    }
    JsonNode s = node.get("sample");
    if (s == null || !s.canConvertToInt() || !s.isIntegralNumber()) {
      throw InputProblemException.atLine(file.toString(), line, "sample",
          (s == null ? "missing" : "not an integer: " + s)
          + " (with --samples " + samples + ", every response line says which sample it is, as 'if4j generate' writes it)");
    }
    int v = s.intValue();
    if (v < 0 || v >= samples) {
      throw InputProblemException.atLine(file.toString(), line, "sample", v + " is outside 0.." + (samples - 1)
          + " (--samples " + samples + ")");
    }
    return v;
  }

  /** Mean over prompts of the unbiased pass@k, for k = 1, 2, 4, ... and n. */
  static Map<Integer, Double> passAtK(List<boolean[][]> outcomes, int mode, int prompts, int n) {
    TreeSet<Integer> ks = new TreeSet<>();
    for (int k = 1; k <= n; k *= 2) ks.add(k);
    ks.add(n);
    Map<Integer, Double> out = new LinkedHashMap<>();
    for (int k : ks) {
      double sum = 0;
      for (int p = 0; p < prompts; p++) {
        int c = 0;
        for (boolean[][] o : outcomes) if (o[mode][p]) c++;
        sum += passAtK(n, c, k);
      }
      out.put(k, prompts == 0 ? 0.0 : sum / prompts);
    }
    return out;
  }

  /** 1 - C(n-c, k) / C(n, k), as a product (no large binomials). */
  static double passAtK(int n, int c, int k) {
    if (n - c < k) return 1.0;
    double fail = 1.0;
    for (int i = n - c + 1; i <= n; i++) fail *= 1.0 - (double) k / i;
    return 1.0 - fail;
  }

  private static Map<String, Object> summary(List<IfEvalBenchmark.Result> runs, int prompts, int samples,
      Map<Integer, Double> strict, Map<Integer, Double> loose) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("benchmark", runs.get(0).benchmark().id());
    m.put("registry", runs.get(0).registry());
    m.put("prompts", prompts);
    m.put("samples", samples);
    List<Map<String, Object>> per = new ArrayList<>();
    double[][] values = new double[METRICS.length][samples];
    for (int s = 0; s < samples; s++) {
      Accuracies a = Accuracies.of(runs.get(s));
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("sample", s);
      e.put("directory", sampleDir(s));
      for (int metric = 0; metric < METRICS.length; metric++) {
        e.put(METRICS[metric], a.get(metric));
        values[metric][s] = a.get(metric);
      }
      per.add(e);
    }
    m.put("per_sample", per);
    Map<String, Object> meanStd = new LinkedHashMap<>();
    for (int metric = 0; metric < METRICS.length; metric++) {
      // Ordered: Map.of would shuffle the keys from run to run.
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("mean", mean(values[metric]));
      figures.put("std", std(values[metric]));
      figures.put("min", min(values[metric]));
      figures.put("max", max(values[metric]));
      meanStd.put(METRICS[metric], figures);
    }
    m.put("accuracy", meanStd);
    Map<String, Object> pass = new LinkedHashMap<>();
    pass.put("strict", keyed(strict));
    pass.put("loose", keyed(loose));
    m.put("pass_at_k", pass);
    // Every sample was judged by the same checkers; the last run's stamp lists every resource read.
    m.put("stamp", runs.get(runs.size() - 1).summary().get("stamp"));
    return m;
  }

  private static Map<String, Double> keyed(Map<Integer, Double> byK) {
    Map<String, Double> out = new LinkedHashMap<>();
    byK.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }

  static double mean(double[] xs) {
    double s = 0;
    for (double x : xs) s += x;
    return s / xs.length;
  }

  /** The sample standard deviation (n - 1): the samples stand for the model's run-to-run spread. */
  static double std(double[] xs) {
    if (xs.length < 2) return 0;
    double m = mean(xs);
    double s = 0;
    for (double x : xs) s += (x - m) * (x - m);
    return Math.sqrt(s / (xs.length - 1));
  }

  private static double min(double[] xs) {
    double v = Double.POSITIVE_INFINITY;
    for (double x : xs) v = Math.min(v, x);
    return v;
  }

  private static double max(double[] xs) {
    double v = Double.NEGATIVE_INFINITY;
    for (double x : xs) v = Math.max(v, x);
    return v;
  }
}
