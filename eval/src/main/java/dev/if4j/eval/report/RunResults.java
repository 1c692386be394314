package dev.if4j.eval.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.eval.benchmark.IfEvalBenchmark;
import dev.if4j.eval.benchmark.LmEvalResults;
import dev.if4j.eval.benchmark.SampledEval;
import dev.if4j.eval.benchmark.Scores;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.eval.io.JsonLine;
import dev.if4j.text.io.JsonlLines;
import dev.if4j.text.io.SourceLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * One scored run, as {@code if4j eval} left it in its output directory: the per-prompt verdicts of
 * {@code eval_results_strict.jsonl} and {@code eval_results_loose.jsonl}, {@code summary.json}, and
 * the generation settings ({@code responses.run.json}) when {@code eval --endpoint} made it.
 *
 * <p>The scores are recomputed from the per-prompt files, so the report shows what is in them.
 */
public final class RunResults {
  /** The generation settings file {@code eval --endpoint} leaves in the run directory. */
  public static final String RUN_INFO = "responses.run.json";

  /** One prompt's outcome. */
  public record PromptOutcome(int index, String prompt, String response, List<String> instructionIds,
      boolean[] strict, boolean[] loose) {
    public boolean followsAllStrict() {
      for (boolean b : strict) if (!b) return false;
      return true;
    }

    public boolean followsAllLoose() {
      for (boolean b : loose) if (!b) return false;
      return true;
    }
  }

  private final String label;
  private final Path dir;
  private final Map<String, Object> summary;
  private final Map<String, Object> runInfo;
  private final List<PromptOutcome> prompts;
  private final Scores strict = new Scores();
  private final Scores loose = new Scores();

  /** The summary of an {@code eval --samples N} directory this run is the first sample of, or null. */
  private Map<String, Object> sampled;

  private RunResults(String label, Path dir, Map<String, Object> summary, Map<String, Object> runInfo,
      List<PromptOutcome> prompts) {
    this.label = label;
    this.dir = dir;
    this.summary = summary;
    this.runInfo = runInfo;
    this.prompts = List.copyOf(prompts);
    for (PromptOutcome p : prompts) {
      strict.add(p.instructionIds(), p.strict());
      loose.add(p.instructionIds(), p.loose());
    }
  }

  /** Reads the run in {@code dir}, called {@code label} in the report. */
  @SuppressWarnings("unchecked")
  /**
   * The runs of {@code dirs} as the user named them, each read from where {@code resolve} puts it, and
   * labelled by {@code names} (null: by their directory names; a repeated label gets the run's
   * position added).
   *
   * @throws NotARunDirectory naming the directory as the user wrote it
   */
  public static List<RunResults> loadAll(List<Path> dirs, UnaryOperator<Path> resolve, List<String> names)
      throws IOException {
    List<RunResults> runs = new ArrayList<>();
    Set<String> labels = new HashSet<>();
    for (int i = 0; i < dirs.size(); i++) {
      Path dir = resolve.apply(dirs.get(i));
      requireRunDirectory(dir, dirs.get(i));
      String label = names != null ? names.get(i) : label(dir);
      if (!labels.add(label)) label = label + " (" + (i + 1) + ")";
      labels.add(label);
      runs.add(load(dir, label));
    }
    return runs;
  }

  /** A directory given as a run that is not a run directory of 'if4j eval': the user's mistake to name. */
  public static final class NotARunDirectory extends IllegalArgumentException {
    NotARunDirectory(String message) {
      super(message);
    }
  }

  private static void requireRunDirectory(Path dir, Path given) {
    if (!Files.isDirectory(dir)) throw new NotARunDirectory(given + " is not a directory");
    // An eval --samples directory has its samples' files one level down, in sample-0/...
    Path files = Files.isDirectory(dir.resolve(SampledEval.sampleDir(0))) ? dir.resolve(SampledEval.sampleDir(0)) : dir;
    for (String f : List.of(IfEvalBenchmark.SUMMARY, IfEvalBenchmark.STRICT_RESULTS, IfEvalBenchmark.LOOSE_RESULTS)) {
      if (!Files.isRegularFile(files.resolve(f))) {
        throw new NotARunDirectory(given + " is not a run directory of 'if4j eval' (it has no " + f + ")");
      }
    }
  }

  /** The directory's name (two runs of the same name get their position added). */
  private static String label(Path dir) {
    Path abs = dir.toAbsolutePath().normalize();
    return abs.getFileName() == null ? abs.toString() : abs.getFileName().toString();
  }

  public static RunResults load(Path dir, String label) throws IOException {
    Map<String, Object> sampledSummary = sampledSummary(dir);
    if (sampledSummary != null) {
      // An eval --samples N directory: per prompt, its first sample; the spread beside it.
      RunResults first = load(dir.resolve(SampledEval.sampleDir(0)), label);
      first.sampled = sampledSummary;
      return first;
    }
    Path strictFile = dir.resolve(IfEvalBenchmark.STRICT_RESULTS);
    Path looseFile = dir.resolve(IfEvalBenchmark.LOOSE_RESULTS);
    Path summaryFile = dir.resolve(IfEvalBenchmark.SUMMARY);
    for (Path p : List.of(strictFile, looseFile, summaryFile)) {
      if (!Files.isRegularFile(p)) {
        throw new NoSuchFileException(p.toString(), null,
            "not a run directory of 'if4j eval' (it has no " + p.getFileName() + ")");
      }
    }
    ObjectMapper json = new ObjectMapper();
    Map<String, Object> summary = json.readValue(summaryFile.toFile(), Map.class);
    Path runFile = dir.resolve(RUN_INFO);
    Map<String, Object> runInfo = Files.isRegularFile(runFile) ? json.readValue(runFile.toFile(), Map.class) : null;
    List<PromptOutcome> prompts = new ArrayList<>();
    try (JsonlLines s = JsonlLines.open(strictFile); JsonlLines l = JsonlLines.open(looseFile)) {
      String sName = strictFile.toString();
      String lName = looseFile.toString();
      for (SourceLine sl = s.next(); sl != null; sl = s.next()) {
        SourceLine ll = l.next();
        if (ll == null) throw InputProblemException.atLine(lName, sl.number(), null, "fewer lines than " + sName);
        JsonLine sj = JsonLine.parse(sName, sl);
        JsonLine lj = JsonLine.parse(lName, ll);
        List<String> ids = sj.stringList("instruction_id_list");
        boolean[] st = flags(sj, ids.size());
        boolean[] lo = flags(lj, ids.size());
        if (!sj.string("prompt").equals(lj.string("prompt"))) {
          throw lj.bad("prompt", "differs from line " + sl.number() + " of " + sName + " (files of two runs?)");
        }
        prompts.add(new PromptOutcome(prompts.size(), sj.string("prompt"), sj.string("response"), ids, st, lo));
      }
      SourceLine extra = l.next();
      if (extra != null) throw InputProblemException.atLine(lName, extra.number(), null, "more lines than " + sName);
    }
    return new RunResults(label, dir, summary, runInfo, prompts);
  }

  /** The summary of an {@code eval --samples} directory ({@code per_sample} in it), or null. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> sampledSummary(Path dir) throws IOException {
    Path summaryFile = dir.resolve(IfEvalBenchmark.SUMMARY);
    if (Files.isRegularFile(dir.resolve(IfEvalBenchmark.STRICT_RESULTS)) || !Files.isRegularFile(summaryFile)) return null;
    Map<String, Object> summary = new ObjectMapper().readValue(summaryFile.toFile(), Map.class);
    return summary.get("per_sample") instanceof List ? summary : null;
  }

  /**
   * For a run of several samples per prompt: how many, each figure's mean ± standard deviation
   * across them, and pass@k; empty for a single run.
   */
  public List<String> samplesSummary() {
    if (sampled == null) return List.of();
    List<String> lines = new ArrayList<>();
    lines.add(sampled.get("samples") + " samples per prompt; the per-prompt figures are sample 0's");
    if (sampled.get("accuracy") instanceof Map<?, ?> accuracy) {
      List<String> parts = new ArrayList<>();
      accuracy.forEach((metric, v) -> {
        if (v instanceof Map<?, ?> m && m.get("mean") instanceof Number mean && m.get("std") instanceof Number std) {
          parts.add(metric + " " + String.format(Locale.ROOT, "%.1f%% ± %.1f", 100 * mean.doubleValue(),
              100 * std.doubleValue()));
        }
      });
      lines.add("mean ± standard deviation across samples: " + String.join(", ", parts));
    }
    if (sampled.get("pass_at_k") instanceof Map<?, ?> pass) {
      pass.forEach((mode, byK) -> {
        if (!(byK instanceof Map<?, ?> ks)) return;
        List<String> parts = new ArrayList<>();
        ks.forEach((k, v) -> {
          if (v instanceof Number n) parts.add("k=" + k + " " + String.format(Locale.ROOT, "%.1f%%", 100 * n.doubleValue()));
        });
        lines.add("pass@k (" + mode + ", prompt level): " + String.join(", ", parts));
      });
    }
    return lines;
  }

  private static boolean[] flags(JsonLine j, int n) {
    Object v = j.fields().get("follow_instruction_list");
    if (!(v instanceof List<?> list) || list.size() != n) {
      throw j.bad("follow_instruction_list", "expected " + n + " booleans, one per instruction");
    }
    boolean[] out = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (!(list.get(i) instanceof Boolean b)) throw j.bad("follow_instruction_list[" + i + "]", "expected a boolean");
      out[i] = b;
    }
    return out;
  }

  public String label() {
    return label;
  }

  public Path dir() {
    return dir;
  }

  public Map<String, Object> summary() {
    return summary;
  }

  /** The generation settings, or null when the run was scored from a responses file. */
  public Map<String, Object> runInfo() {
    return runInfo;
  }

  public List<PromptOutcome> prompts() {
    return prompts;
  }

  /**
   * Half the width of the 95% interval of a prompt-level accuracy, in percentage points: 1.96
   * standard errors, the error as lm-eval computes it ({@code mean_stderr}, see {@link
   * LmEvalResults}); NaN for fewer than two prompts.
   */
  public double promptLevelMargin(boolean loose) {
    boolean[] outcomes = new boolean[prompts().size()];
    for (int i = 0; i < outcomes.length; i++) {
      PromptOutcome p = prompts().get(i);
      outcomes[i] = loose ? p.followsAllLoose() : p.followsAllStrict();
    }
    return LmEvalResults.meanStderr(outcomes) instanceof Double se ? 1.96 * se : Double.NaN;
  }

  public Scores strict() {
    return strict;
  }

  public Scores loose() {
    return loose;
  }

  /**
   * What the reader should know about where the run's figures come from: its responses file, a
   * framework's own verdicts that differ from ours, prompts left without a response, null
   * responses; from {@code summary.json}, empty when it says nothing of these.
   */
  public List<String> provenance() {
    List<String> lines = new ArrayList<>();
    if (summary.get("responses") != null) lines.add("responses: " + summary.get("responses"));
    if (summary.get("profile") instanceof String p && !p.equals("reference")) lines.add("response profile: " + p);
    if (summary.get("framework") instanceof Map<?, ?> f) {
      lines.add("read as " + f.get("name") + " output; its own verdicts differ from ours on " + f.get("prompts_disagreeing")
          + " of " + f.get("samples_with_verdicts") + " prompts");
    }
    if (summary.get("unmatched") instanceof List<?> u && !u.isEmpty()) {
      lines.add(u.size() + " prompts had no response (scored not followed): keys " + keys(u));
    }
    if (summary.get("null_responses") instanceof List<?> n && !n.isEmpty()) {
      lines.add(n.size() + " responses were null (scored not followed): keys " + n.stream().limit(20).map(String::valueOf)
          .collect(Collectors.joining(", ")) + (n.size() > 20 ? ", ..." : ""));
    }
    return lines;
  }

  private static String keys(List<?> entries) {
    return entries.stream().limit(20).map(e -> e instanceof Map<?, ?> m ? String.valueOf(m.get("key")) : String.valueOf(e))
        .collect(Collectors.joining(", ")) + (entries.size() > 20 ? ", ..." : "");
  }

  /**
   * The benchmark's headline figure, when its authors single one out (IFBench: prompt-level loose),
   * as "prompt_level_loose 63.0% (189/300)"; null otherwise.
   */
  public String headline() {
    if (!(summary.get("headline") instanceof Map<?, ?> h) || !(h.get("accuracy") instanceof Number a)) return null;
    return h.get("metric") + " " + String.format(Locale.ROOT, "%.1f%%", 100 * a.doubleValue()) + " ("
        + h.get("followed") + "/" + h.get("total") + ")";
  }

  /** {@code summary.json}'s field, as text, or null. */
  public String summaryField(String name) {
    Object v = summary.get(name);
    return v == null ? null : v.toString();
  }

  /**
   * What scored the run, from its version stamp: {@code if4j 0.1.0, registry ifeval-fixed (fixes:
   * ...)}; from the older summary fields when the run has no stamp; null when neither is there.
   * Runs scored differently may differ because of the checkers, not the models.
   */
  @SuppressWarnings("unchecked")
  public String scoredWith() {
    Object stamp = summary.get("stamp");
    Map<String, Object> m = stamp instanceof Map<?, ?> map ? (Map<String, Object>) map : summary;
    Object version = m.get("if4j_version");
    Object registry = m.get("registry");
    if (version == null && registry == null) return null;
    Object fixes = m.get("fixes");
    String fixed = fixes instanceof List<?> l && !l.isEmpty()
        ? " (fixes: " + String.join(", ", l.stream().map(String::valueOf).toList()) + ")" : "";
    List<String> upstream = upstream();
    return "if4j " + version + ", registry " + registry + fixed
        + (upstream.isEmpty() ? "" : ", upstream " + String.join(" + ", upstream));
  }

  /**
   * The upstream versions of the reference checkers that scored the run, from its stamp ({@code
   * ifbench@8a66c06 (allenai/IFBench, 2025-07-02)}); empty when the stamp does not say.
   */
  @SuppressWarnings("unchecked")
  public List<String> upstream() {
    Object stamp = summary.get("stamp");
    Object upstream = stamp instanceof Map<?, ?> map ? ((Map<String, Object>) map).get("upstream") : null;
    return upstream instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
  }

  /** The model that made the responses, when known. */
  public String model() {
    Object m = runInfo == null ? null : runInfo.get("model");
    return m == null ? null : m.toString();
  }
}
