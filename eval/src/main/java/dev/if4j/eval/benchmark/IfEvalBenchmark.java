package dev.if4j.eval.benchmark;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.if4j.constraints.InstructionVerdict;
import dev.if4j.constraints.Row;
import dev.if4j.constraints.RowVerdict;
import dev.if4j.constraints.fixes.DataPatches;
import dev.if4j.constraints.fixes.Fixes;
import dev.if4j.constraints.Stamp;
import dev.if4j.constraints.Version;
import dev.if4j.text.OrderedParallel;
import dev.if4j.eval.check.RowJudge;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.text.io.Json;
import dev.if4j.text.io.JsonlLines;
import dev.if4j.eval.io.RowParser;
import dev.if4j.text.io.SourceLine;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * {@code if4j eval}: scores a responses file against a {@link Benchmark}'s prompts, as the
 * reference's {@code evaluation_main} does (IFBench's {@code run_eval} is the same procedure), and
 * writes its outputs.
 *
 * <ul>
 *   <li>{@code eval_results_strict.jsonl}, {@code eval_results_loose.jsonl}: one line per prompt,
 *       in prompt order, with the reference's fields ({@code follow_all_instructions}, {@code
 *       follow_instruction_list}, {@code instruction_id_list}, {@code prompt}, {@code response});
 *   <li>{@code summary.json}: prompt- and instruction-level accuracy, strict and loose, per category
 *       and per instruction, how each prompt found its response, the unmatched prompts, and the
 *       benchmark's {@code headline} figure when its authors report one (IFBench: prompt-level
 *       loose);
 *   <li>{@link Result#table()}: the same as a readable table.
 * </ul>
 *
 * Responses are found by {@link ResponseMatcher}; a prompt without one is scored not followed, and
 * so is a prompt whose response is {@code null} (IFBench's evaluation scores that as no response).
 */
public final class IfEvalBenchmark {
  /** The default benchmark's name, as {@code --benchmark} takes it. */
  public static final String NAME = "ifeval";

  public static final String STRICT_RESULTS = "eval_results_strict.jsonl";
  public static final String LOOSE_RESULTS = "eval_results_loose.jsonl";
  public static final String SUMMARY = "summary.json";

  private final Benchmark benchmark;
  private final RowJudge judge;
  private final int threads;
  private final Consumer<String> warn;
  private final OutputsFormat from;
  private final OutputsFormat.LinesOpener opener;
  private final ResponseProfile profile;

  /** Scores {@link Benchmark#IFEVAL}; see {@link #IfEvalBenchmark(Benchmark, RowJudge, int, Consumer)}. */
  public IfEvalBenchmark(RowJudge judge, int threads, Consumer<String> warn) {
    this(Benchmark.IFEVAL, judge, threads, warn);
  }

  /**
   * @param benchmark what is scored (names the summary, sets its headline figure)
   * @param judge judges rows (its registry names the instructions)
   * @param threads worker threads
   * @param warn receives warnings (positional matches, unmatched prompts)
   */
  public IfEvalBenchmark(Benchmark benchmark, RowJudge judge, int threads, Consumer<String> warn) {
    this(benchmark, judge, threads, warn, null, JsonlLines::open, ResponseProfile.REFERENCE);
  }

  private IfEvalBenchmark(Benchmark benchmark, RowJudge judge, int threads, Consumer<String> warn,
      OutputsFormat from, OutputsFormat.LinesOpener opener, ResponseProfile profile) {
    this.benchmark = Objects.requireNonNull(benchmark);
    this.judge = Objects.requireNonNull(judge);
    this.threads = threads;
    this.warn = Objects.requireNonNull(warn);
    this.from = from;
    this.opener = Objects.requireNonNull(opener);
    this.profile = Objects.requireNonNull(profile);
  }

  /** The same, preprocessing each response as {@code profile}'s framework does before judging it. */
  public IfEvalBenchmark withProfile(ResponseProfile profile) {
    return new IfEvalBenchmark(benchmark, judge, threads, warn, from, opener, profile);
  }

  /** The same, reading responses files as {@code format} (null: detected from each file's first row). */
  public IfEvalBenchmark from(OutputsFormat format) {
    return new IfEvalBenchmark(benchmark, judge, threads, warn, format, opener, profile);
  }

  /** The same, opening responses files with {@code opener} (the command line's reads Parquet too). */
  public IfEvalBenchmark openingWith(OutputsFormat.LinesOpener opener) {
    return new IfEvalBenchmark(benchmark, judge, threads, warn, from, opener, profile);
  }

  /** A prompt left without a response. */
  public record Unmatched(String key, String prompt) {}

  /** A prompt matched to the response at its position. */
  public record Positional(String key, long responseLine) {}

  /** An instruction whose reference verdict depends on the reference's unseeded random draws. */
  public record ReferenceRandom(String key, String instructionId) {}

  /** What an evaluation found. */
  public record Result(Benchmark benchmark, String registry, int prompts, Scores strict, Scores loose,
      Map<Match.How, Integer> matchCounts, List<Positional> positional, List<Unmatched> unmatched,
      List<String> nullResponses, int unusedResponses, List<ReferenceRandom> referenceRandom,
      Map<String, Object> summary, PromptOutcomes outcomes, Benchmark.Headline headlineRule, String headlineBy) {

    /** The prompts without a response: none matched, or a null one (both scored not followed). */
    public int withoutResponse() {
      return unmatched.size() + nullResponses.size();
    }

    /**
     * The headline figure, or null when there is none: the profile's framework's when it leads with
     * one (OLMES: prompt-level loose), else the benchmark's.
     */
    public Scores.Count headline() {
      return headlineRule == null ? null : headlineRule.of(strict, loose);
    }

    /** The scores as a readable table (what {@code if4j eval} prints). */
    public String table() {
      return SummaryTable.format(this);
    }
  }

  /**
   * Whether each prompt followed all its instructions, strict and loose, in prompt order (what
   * pass@k over several samples counts).
   */
  public record PromptOutcomes(boolean[] strict, boolean[] loose) {}

  /**
   * The prompts, the responses and how they were matched; the format the responses came in, and the
   * verdicts their framework wrote beside them, by prompt key (empty for if4j's own format).
   */
  private record Prepared(String inputName, String responsesName, List<RowParser.Parsed> prompts,
      List<Row> rows, ResponseMatcher.Result matching, OutputsFormat format,
      Map<String, FrameworkVerdicts> verdicts) {}

  /**
   * @param inputData the prompts; null to take them from the responses file, when its format
   *     carries them (lm-eval's samples do)
   */
  private Prepared prepare(Path inputData, Path responses) throws IOException {
    OutputsFormat format = from != null ? from : OutputsFormat.detect(responses, opener);

    List<ResponseRecord> answers = new ArrayList<>();
    List<RowParser.Parsed> carried = new ArrayList<>();
    Map<String, FrameworkVerdicts> verdicts = new LinkedHashMap<>();
    String responsesName;
    try (JsonlLines lines = OutputsFormat.open(responses, format, opener)) {
      responsesName = lines.name();
      for (SourceLine l = lines.next(); l != null; l = lines.next()) {
        if (format.isFramework()) {
          FrameworkSample s = switch (format) {
            case LM_EVAL -> LmEvalSample.parse(responsesName, l, answers.size());
            case LIGHTEVAL -> LightevalDetail.parse(responsesName, l, answers.size());
            case EVALSCOPE -> EvalscopeReview.parse(responsesName, l, answers.size());
            case OPENCOMPASS -> OpenCompassSample.parse(responsesName, l, answers.size());
            case OLMES -> OlmesPrediction.parse(responsesName, l, answers.size(), inputData == null);
            case IF4J -> throw new AssertionError("if4j rows carry no prompts");
          };
          answers.add(s.response());
          // A framework's row without its prompt (olmo-eval's without its requests) is matched by key.
          if (s.prompt() != null) carried.add(s.prompt());
          verdicts.put(s.response().key(), s.verdicts());
        } else {
          answers.add(ResponseRecord.parse(responsesName, l, answers.size()));
        }
      }
    }
    if (format != OutputsFormat.IF4J) warn.accept(responsesName + ": read as " + format.id() + " output");
    String inputName;
    List<RowParser.Parsed> prompts;
    if (inputData != null) {
      inputName = inputData.toString();
      prompts = new ArrayList<>();
      try (JsonlLines lines = JsonlLines.open(inputData)) {
        for (SourceLine l = lines.next(); l != null; l = lines.next()) {
          prompts.add(RowParser.BENCHMARK.parse(inputName, l));
        }
      }
    } else if (format.isFramework()) {
      inputName = responsesName;
      prompts = carried;
    } else {
      throw new IllegalArgumentException("no prompts: " + responsesName + " is in " + format.id()
          + "'s format, which does not carry them; give the benchmark's prompts");
    }
    List<Row> rows = prompts.stream().map(RowParser.Parsed::row).toList();
    ResponseMatcher.Result matching = ResponseMatcher.match(rows, answers, responsesName, warn);
    return new Prepared(inputName, responsesName, prompts, rows, matching, format, verdicts);
  }

  /**
   * Every prompt judged, in prompt order, without writing anything (what {@code if4j fixes report}
   * compares between flavours): the row as judged (response matched, data patches applied) and its
   * verdicts, or the reason the row was refused.
   */
  public List<Judged> judgeAll(Path inputData, Path responses) throws IOException {
    Prepared p = prepare(inputData, responses);
    List<Judged> out = new ArrayList<>(p.prompts().size());
    int[] next = {0};
    OrderedParallel.<Integer, Judged>run(
        () -> next[0] < p.prompts().size() ? next[0]++ : null,
        i -> {
          try {
            return judgeOne(p.inputName(), p.prompts().get(i), p.matching().matches().get(i));
          } catch (InputProblemException e) {
            // A row this flavour refuses (e.g. an argument fix no-random-args will not draw) is
            // counted, not fatal: the report compares flavours over the same rows.
            return new Judged(p.rows().get(i), null, null, FixesReport.refusal(e));
          }
        },
        out::add,
        threads,
        threads * 16);
    return out;
  }

  /**
   * Scores {@code responses} against the prompts of {@code inputData} (null: the prompts the
   * responses file carries); writes into {@code outputDir}. Each output is written under a
   * temporary name and renamed when all are complete, so a run that fails leaves no partial
   * results behind (nor half of a previous run's replaced).
   */
  public Result run(Path inputData, Path responses, Path outputDir) throws IOException {
    Files.createDirectories(outputDir);
    try (PendingOutputs outputs = new PendingOutputs(outputDir)) {
      Result result = run(inputData, responses, outputs);
      outputs.commit();
      return result;
    }
  }

  private Result run(Path inputData, Path responses, PendingOutputs outputs) throws IOException {
    Prepared prepared = prepare(inputData, responses);
    String inputName = prepared.inputName();
    String responsesName = prepared.responsesName();
    List<RowParser.Parsed> prompts = prepared.prompts();
    List<Row> rows = prepared.rows();
    ResponseMatcher.Result matching = prepared.matching();

    Scores strict = new Scores();
    Scores loose = new Scores();
    boolean[] promptStrict = new boolean[prompts.size()];
    boolean[] promptLoose = new boolean[prompts.size()];
    List<ReferenceRandom> referenceRandom = new ArrayList<>();
    List<DataPatches.Change> patched = new ArrayList<>();
    List<FrameworkVerdicts.Disagreement> disagreements = new ArrayList<>();
    try (OutputStream s = new BufferedOutputStream(Files.newOutputStream(outputs.pending(STRICT_RESULTS)));
        OutputStream l = new BufferedOutputStream(Files.newOutputStream(outputs.pending(LOOSE_RESULTS)));
        JsonGenerator gs = Json.FACTORY.createGenerator(s, JsonEncoding.UTF8);
        JsonGenerator gl = Json.FACTORY.createGenerator(l, JsonEncoding.UTF8)) {
      int[] next = {0};
      int[] done = {0};
      OrderedParallel.<Integer, Judged>run(
          () -> next[0] < prompts.size() ? next[0]++ : null,
          i -> judgeOne(inputName, prompts.get(i), matching.matches().get(i)),
          j -> {
            Row row = j.row();
            RowVerdict v = j.verdict();
            strict.add(row.instructionIds(), v.strict());
            loose.add(row.instructionIds(), v.loose());
            promptStrict[done[0]] = allOf(v.strict());
            promptLoose[done[0]++] = allOf(v.loose());
            writeResult(gs, row, v.strict());
            writeResult(gl, row, v.loose());
            for (InstructionVerdict iv : v.instructions()) {
              if (iv.referenceRandom()) referenceRandom.add(new ReferenceRandom(row.id(), iv.instructionId()));
            }
            FrameworkVerdicts theirs = prepared.verdicts().get(row.id());
            if (theirs != null) disagreements.addAll(theirs.compare(row.id(), v.strict(), v.loose()));
            patched.addAll(j.patch().applied());
            j.patch().skipped().forEach(warn);
          },
          threads,
          threads * 16);
    }

    Map<Match.How, Integer> counts = new EnumMap<>(Match.How.class);
    for (Match.How h : Match.How.values()) counts.put(h, 0);
    List<Positional> positional = new ArrayList<>();
    List<Unmatched> unmatched = new ArrayList<>();
    List<String> nullResponses = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Match m = matching.matches().get(i);
      counts.merge(m.how(), 1, Integer::sum);
      if (m.how() == Match.How.POSITION) positional.add(new Positional(rows.get(i).id(), m.response().line()));
      if (m.how() == Match.How.NONE) unmatched.add(new Unmatched(rows.get(i).id(), rows.get(i).prompt()));
      if (m.matched() && m.response().response() == null) {
        nullResponses.add(rows.get(i).id());
        warn.accept("prompt " + rows.get(i).id() + ": its response (" + responsesName + " line "
            + m.response().line() + ") is null; its instructions are scored not followed");
      }
    }
    String registry = judge.evaluator().registry().name();
    Map<String, Object> summary = summary(benchmark, headlineRule(), headlineBy(), registry, inputName, responsesName, rows.size(), strict,
        loose, counts, positional, unmatched, nullResponses, matching.unusedResponses(), referenceRandom);
    if (patchesData()) {
      summary.put("data_patches", patched.stream().map(c -> {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("key", c.key());
        e.put("field", c.field());
        e.put("from", c.from());
        e.put("to", c.to());
        return e;
      }).toList());
    }
    PromptOutcomes outcomes = new PromptOutcomes(promptStrict, promptLoose);
    summary.put("profile", profile.id());
    summary.put("metrics", LmEvalResults.metrics(strict, loose, outcomes));
    if (prepared.format() != OutputsFormat.IF4J) {
      summary.put("framework", frameworkSection(prepared, disagreements, referenceRandom));
    }
    // Last: the resources listed are the ones this run read.
    Map<String, Object> stamp = Stamp.of(judge.evaluator().registry(), judge.evaluator().tools().store()).toMap();
    summary.put("stamp", stamp);
    Json.writeIndented(outputs.pending(SUMMARY), summary);
    Json.writeIndented(outputs.pending(LmEvalResults.FILE), LmEvalResults.of(benchmark, strict, loose, outcomes, stamp));
    return new Result(benchmark, registry, rows.size(), strict, loose, counts, List.copyOf(positional),
        List.copyOf(unmatched), List.copyOf(nullResponses), matching.unusedResponses(), List.copyOf(referenceRandom), summary,
        outcomes, headlineRule(), headlineBy());
  }

  /** The figure to quote first: the profile's framework's, when it leads with one, else the benchmark's. */
  private Benchmark.Headline headlineRule() {
    return profile.headline() != null ? profile.headline() : benchmark.headline();
  }

  /** Who reports {@link #headlineRule()}: the profile's framework, or the benchmark's authors. */
  private String headlineBy() {
    return profile.headline() != null ? profile.id() : benchmark.title();
  }

  /**
   * The framework the responses came from, and where its own per-sample verdicts differ from ours
   * (each difference is then for {@code if4j compare-frameworks}, or docs/frameworks.md, to explain).
   */
  private Map<String, Object> frameworkSection(Prepared prepared, List<FrameworkVerdicts.Disagreement> disagreements,
      List<ReferenceRandom> referenceRandom) {
    Map<String, List<String>> randomByKey = new LinkedHashMap<>();
    for (ReferenceRandom r : referenceRandom) {
      randomByKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.instructionId());
    }
    long prompts = disagreements.stream().map(FrameworkVerdicts.Disagreement::key).distinct().count();
    if (prompts > 0) {
      warn.accept(prepared.format().id() + "'s own verdicts differ from ours on " + prompts + " of "
          + prepared.verdicts().size() + " prompts (listed in " + SUMMARY + ", framework.disagreements)");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", prepared.format().id());
    m.put("samples_with_verdicts", prepared.verdicts().size());
    m.put("prompts_disagreeing", prompts);
    m.put("disagreements", disagreements.stream().map(d -> {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("key", d.key());
      e.put("metric", d.metric());
      e.put("theirs", d.theirs());
      e.put("ours", d.ours());
      List<String> random = randomByKey.get(d.key());
      if (random != null) {
        // The frameworks copy the reference's checkers, random draws included: a verdict there is
        // a coin toss on their side, not a disagreement about the response.
        e.put("explanation", String.join(", ", random) + ": the reference draws this verdict at random"
            + " (and the framework's copy of its checkers with it); if4j follows a fixed rule (see"
            + " summary.json reference_random)");
      }
      return e;
    }).toList());
    return m;
  }

  /**
   * One prompt as judged: the row (its response, and its data patched when fix {@value
   * Fixes#DATA} is on), its verdicts, and what patching did.
   */
  public record Judged(Row row, RowVerdict verdict, DataPatches.Outcome patch, String error) {}

  /** Fix {@value Fixes#DATA} corrects IFEval's own rows, when the registry enables it. */
  private boolean patchesData() {
    return benchmark == Benchmark.IFEVAL && judge.evaluator().registry().fixes().contains(Fixes.DATA);
  }

  private Judged judgeOne(String inputName, RowParser.Parsed prompt, Match match) {
    Row p = prompt.row();
    // An unmatched prompt, or one whose response is null, is judged on an empty response: its
    // instructions are still validated, and a blank response follows nothing.
    String answer = match.matched() ? match.response().response() : null;
    String response = answer == null ? "" : prompt.truth().extraction().apply(profile.apply(answer));
    Row withResponse = new Row(p.id(), p.prompt(), response, p.instructionIds(), p.kwargs());
    // Patched after matching: a response still finds its prompt by the text it was written for.
    DataPatches.Outcome patch = patchesData() ? DataPatches.ifeval().apply(withResponse)
        : new DataPatches.Outcome(withResponse, List.of(), List.of());
    Row judged = patch.row();
    RowParser.Parsed parsed = new RowParser.Parsed(prompt.line(), judged, true, prompt.truth());
    return new Judged(judged, judge.judge(inputName, parsed, false), patch, null);
  }

  /** One line of an {@code eval_results_*.jsonl}, fields in the reference's (alphabetical) order. */
  private static boolean allOf(boolean[] followed) {
    for (boolean f : followed) if (!f) return false;
    return true;
  }

  private static void writeResult(JsonGenerator g, Row row, boolean[] followed) throws IOException {
    g.writeStartObject();
    g.writeBooleanField("follow_all_instructions", allOf(followed));
    g.writeArrayFieldStart("follow_instruction_list");
    for (boolean f : followed) g.writeBoolean(f);
    g.writeEndArray();
    g.writeArrayFieldStart("instruction_id_list");
    for (String id : row.instructionIds()) g.writeString(id);
    g.writeEndArray();
    g.writeStringField("prompt", row.prompt());
    g.writeStringField("response", row.response());
    g.writeEndObject();
    g.writeRaw('\n');
  }

  private static Map<String, Object> summary(Benchmark benchmark, Benchmark.Headline headlineRule,
      String headlineBy, String registry, String inputName,
      String responsesName, int prompts, Scores strict, Scores loose, Map<Match.How, Integer> counts,
      List<Positional> positional, List<Unmatched> unmatched, List<String> nullResponses, int unused,
      List<ReferenceRandom> referenceRandom) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("benchmark", benchmark.id());
    m.put("registry", registry);
    if (headlineRule != null) {
      // The one figure to quote, first, so that nobody reports strict accuracy by mistake.
      Map<String, Object> headline = new LinkedHashMap<>();
      headline.put("metric", headlineRule.key());
      headline.put("reported_by", headlineBy);
      headline.putAll(headlineRule.of(strict, loose).toMap());
      m.put("headline", headline);
    }
    m.put("if4j_version", Version.get());
    m.put("input_data", inputName);
    m.put("responses", responsesName);
    m.put("prompts", prompts);
    m.put("instructions", strict.instructionLevel().total());
    Map<String, Object> matching = new LinkedHashMap<>();
    counts.forEach((k, v) -> matching.put(k.label(), v));
    matching.put("null_responses", nullResponses.size());
    matching.put("unused_responses", unused);
    m.put("matching", matching);
    m.put("positional_matches", positional.stream()
        .map(p -> pair("key", p.key(), "response_line", p.responseLine())).toList());
    m.put("unmatched", unmatched.stream().map(u -> pair("key", u.key(), "prompt", u.prompt())).toList());
    m.put("null_responses", nullResponses);
    m.put("reference_random", referenceRandom.stream()
        .map(r -> pair("key", r.key(), "instruction_id", r.instructionId())).toList());
    m.put("strict", strict.toMap());
    m.put("loose", loose.toMap());
    return m;
  }

  /** Two fields in this order: {@code Map.of} would order them differently from run to run. */
  private static Map<String, Object> pair(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    return m;
  }
}
