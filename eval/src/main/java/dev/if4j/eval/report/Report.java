package dev.if4j.eval.report;

import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.InstructionVerdict;
import dev.if4j.constraints.RowVerdict;
import dev.if4j.eval.check.VerdictJson;
import dev.if4j.eval.generate.PromptRow;
import dev.if4j.text.resources.ResourceMissingException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What {@code if4j report} shows, computed once for both renderings ({@link HtmlReport}, {@link
 * MarkdownReport}): the runs, each later run compared with the first (the baseline), and examples
 * of failures with the checkers' reasons.
 */
public final class Report {
  /** Significance level of the comparisons. */
  public static final double ALPHA = 0.05;

  /**
   * A failing prompt of one instruction.
   *
   * @param key the prompt's key, or null when the benchmark's prompts were not found
   * @param reason the checker's reason for the strict verdict, or null when unknown
   * @param looseVariant the first loose variant that passes, or null
   */
  public record Example(String key, int index, String prompt, String response, String reason, boolean loose,
      String looseVariant) {}

  /**
   * One accuracy of two paired runs.
   *
   * @param b prompts the baseline follows and the other run does not
   * @param c prompts the other run follows and the baseline does not
   * @param p McNemar's exact two-sided p-value
   */
  public record Metric(double base, double other, PairedStats.Interval ci, int b, int c, double p) {
    public double difference() {
      return other - base;
    }

    public boolean significant() {
      return p < ALPHA;
    }
  }

  /**
   * A run against the baseline, on the prompts both have (paired by prompt text).
   *
   * @param unpaired prompts of either run missing from the other
   */
  public record Comparison(RunResults base, RunResults other, int paired, int unpaired, Metric strict, Metric loose,
      List<Flip> flips) {}

  /** A paired prompt whose prompt-level verdict (strict or loose) differs between the two runs. */
  public record Flip(String prompt, boolean baseStrict, boolean otherStrict, boolean baseLoose, boolean otherLoose) {}

  /** Failures of one run, per instruction, and where their reasons came from. */
  public record Failures(Map<String, List<Example>> byInstruction, Map<String, Integer> counts, String note) {}

  /** Finds the checkers' reasons for a run's failures. */
  public interface Explainer {
    /** The verdicts with reasons, or null when the prompt is not known. */
    RowVerdict explain(RunResults.PromptOutcome outcome);

    /** The prompt's key, or null. */
    String key(RunResults.PromptOutcome outcome);

    /** Where the reasons come from, for the report. */
    String note();
  }

  /** Reasons from the benchmark's prompts (their instructions' arguments) and an evaluator. */
  public static Explainer explainer(Path inputData, Evaluator evaluator) throws IOException {
    Map<String, PromptRow> byPrompt = new HashMap<>();
    for (PromptRow r : PromptRow.load(inputData)) byPrompt.putIfAbsent(r.prompt(), r);
    return new Explainer() {
      @Override
      public RowVerdict explain(RunResults.PromptOutcome o) {
        PromptRow row = byPrompt.get(o.prompt());
        if (row == null || !row.instructionIds().equals(o.instructionIds())) return null;
        return evaluator.evaluate(row.toRow(o.response()), true);
      }

      @Override
      public String key(RunResults.PromptOutcome o) {
        PromptRow row = byPrompt.get(o.prompt());
        return row == null ? null : row.key();
      }

      @Override
      public String note() {
        return "reasons by if4j's " + evaluator.registry().name() + " checkers, arguments from " + inputData;
      }
    };
  }

  private final List<RunResults> runs;
  private final List<Comparison> comparisons;
  private final Map<String, Failures> failures;
  private final int resamples;

  private Report(List<RunResults> runs, List<Comparison> comparisons, Map<String, Failures> failures, int resamples) {
    this.runs = runs;
    this.comparisons = comparisons;
    this.failures = failures;
    this.resamples = resamples;
  }

  /**
   * Builds the report.
   *
   * @param explainers per run label, the explainer of its failures (absent: no reasons), and
   *     {@code notes} why not
   * @param examples failing prompts shown per instruction
   * @param resamples bootstrap resamples
   */
  public static Report build(List<RunResults> runs, Map<String, Explainer> explainers, Map<String, String> notes,
      int examples, int resamples, long seed) {
    if (runs.isEmpty()) throw new IllegalArgumentException("a report needs a run");
    List<Comparison> comparisons = new ArrayList<>();
    for (int i = 1; i < runs.size(); i++) comparisons.add(compare(runs.get(0), runs.get(i), resamples, seed));
    Map<String, Failures> failures = new LinkedHashMap<>();
    for (RunResults r : runs) {
      Explainer e = explainers.get(r.label());
      failures.put(r.label(), failures(r, e, e != null ? e.note() : notes.getOrDefault(r.label(), "no reasons"), examples));
    }
    return new Report(List.copyOf(runs), List.copyOf(comparisons), failures, resamples);
  }

  static Comparison compare(RunResults base, RunResults other, int resamples, long seed) {
    // Pair by prompt text; the n-th repeat of a text pairs with the n-th repeat.
    Map<String, List<Integer>> byText = new HashMap<>();
    for (RunResults.PromptOutcome p : other.prompts()) byText.computeIfAbsent(p.prompt(), k -> new ArrayList<>()).add(p.index());
    Map<String, Integer> used = new HashMap<>();
    List<boolean[]> pairsStrict = new ArrayList<>();
    List<boolean[]> pairsLoose = new ArrayList<>();
    List<Flip> flips = new ArrayList<>();
    for (RunResults.PromptOutcome p : base.prompts()) {
      List<Integer> candidates = byText.get(p.prompt());
      int n = used.getOrDefault(p.prompt(), 0);
      if (candidates == null || n >= candidates.size()) continue;
      used.put(p.prompt(), n + 1);
      RunResults.PromptOutcome q = other.prompts().get(candidates.get(n));
      pairsStrict.add(new boolean[] {p.followsAllStrict(), q.followsAllStrict()});
      pairsLoose.add(new boolean[] {p.followsAllLoose(), q.followsAllLoose()});
      if (p.followsAllStrict() != q.followsAllStrict() || p.followsAllLoose() != q.followsAllLoose()) {
        flips.add(new Flip(p.prompt(), p.followsAllStrict(), q.followsAllStrict(), p.followsAllLoose(), q.followsAllLoose()));
      }
    }
    int paired = pairsStrict.size();
    int unpaired = base.prompts().size() + other.prompts().size() - 2 * paired;
    return new Comparison(base, other, paired, unpaired, metric(pairsStrict, resamples, seed),
        metric(pairsLoose, resamples, seed), List.copyOf(flips));
  }

  private static Metric metric(List<boolean[]> pairs, int resamples, long seed) {
    int n = pairs.size();
    boolean[] a = new boolean[n];
    boolean[] b = new boolean[n];
    int fa = 0;
    int fb = 0;
    int onlyA = 0;
    int onlyB = 0;
    for (int i = 0; i < n; i++) {
      a[i] = pairs.get(i)[0];
      b[i] = pairs.get(i)[1];
      if (a[i]) fa++;
      if (b[i]) fb++;
      if (a[i] && !b[i]) onlyA++;
      if (b[i] && !a[i]) onlyB++;
    }
    double base = n == 0 ? 0 : (double) fa / n;
    double other = n == 0 ? 0 : (double) fb / n;
    return new Metric(base, other, PairedStats.bootstrapDifference(a, b, resamples, seed, 1 - ALPHA), onlyA, onlyB,
        PairedStats.mcnemarExactP(onlyA, onlyB));
  }

  private static Failures failures(RunResults run, Explainer explainer, String note, int examples) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, List<Example>> byInstruction = new HashMap<>();
    for (RunResults.PromptOutcome p : run.prompts()) {
      RowVerdict explained = null;
      String unavailable = null;
      boolean asked = false;
      for (int i = 0; i < p.instructionIds().size(); i++) {
        if (p.strict()[i]) continue;
        String id = p.instructionIds().get(i);
        counts.merge(id, 1, Integer::sum);
        List<Example> list = byInstruction.computeIfAbsent(id, k -> new ArrayList<>());
        if (list.size() >= examples) continue;
        if (!asked && explainer != null) {
          try {
            explained = explainer.explain(p);
          } catch (ResourceMissingException e) {
            // A report without language data still reports; the reason it cannot give is marked.
            unavailable = "reason not computed: " + e.relativePath() + " is missing (see 'if4j resources pull')";
          }
          asked = true;
        }
        String reason = unavailable;
        String variant = null;
        if (explained != null && i < explained.instructions().size()) {
          InstructionVerdict iv = explained.instructions().get(i);
          reason = iv.reason();
          variant = iv.looseVariant() == null ? null : VerdictJson.variantName(iv.looseVariant());
        }
        list.add(new Example(explainer == null ? null : explainer.key(p), p.index(), p.prompt(), p.response(), reason,
            p.loose()[i], variant));
      }
    }
    return new Failures(byInstruction, counts, note);
  }

  public List<RunResults> runs() {
    return runs;
  }

  /** Each run after the first against the first. */
  public List<Comparison> comparisons() {
    return comparisons;
  }

  /** Per run label. */
  public Failures failures(String label) {
    return Objects.requireNonNull(failures.get(label));
  }

  public int resamples() {
    return resamples;
  }

  /** {@code +5.0 pp [-12.5, +22.5] pp, p = 0.791, not significant}: a metric in one line. */
  public static String describe(Metric m) {
    return Fmt.points(m.difference()) + " " + Fmt.ci(m.ci()) + ", p = " + Fmt.pValue(m.p()) + ", "
        + (m.significant() ? "significant at 5%" : "not significant");
  }

  /** Every instruction id of any run, sorted. */
  public List<String> instructionIds() {
    TreeSet<String> ids = new TreeSet<>();
    for (RunResults r : runs) ids.addAll(r.strict().instructions().keySet());
    return List.copyOf(ids);
  }

  /** Every category of any run, sorted. */
  public List<String> categories() {
    TreeSet<String> ids = new TreeSet<>();
    for (RunResults r : runs) ids.addAll(r.strict().categories().keySet());
    return List.copyOf(ids);
  }

  /** The benchmarks of the runs, as their summaries name them, without repeats. */
  /** How each run was scored ({@link RunResults#scoredWith}), distinct, in run order. */
  public List<String> scoredWith() {
    return runs.stream().map(RunResults::scoredWith).filter(Objects::nonNull).distinct().toList();
  }

  /**
   * The upstream checker versions of the runs that name them, distinct, in run order: more than one
   * means the runs were judged by different versions of the reference checkers.
   */
  public List<String> upstreamVersions() {
    return runs.stream().map(RunResults::upstream).filter(u -> !u.isEmpty())
        .map(u -> String.join(" + ", u)).distinct().toList();
  }

  public List<String> benchmarks() {
    return runs.stream().map(r -> r.summaryField("benchmark")).filter(Objects::nonNull).distinct().toList();
  }
}
