package dev.if4j.eval.benchmark;

import dev.if4j.constraints.InstructionVerdict;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.fixes.Fix;
import dev.if4j.constraints.fixes.Fixes;
import dev.if4j.constraints.Registries;
import dev.if4j.constraints.Version;
import dev.if4j.eval.check.RowJudge;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.text.io.JsonlLines;
import dev.if4j.eval.io.RowParser;
import dev.if4j.text.io.SourceLine;
import dev.if4j.constraints.Evaluator;
import dev.if4j.text.TextTools;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * {@code if4j fixes report}: the measured effect of each fix on a benchmark's responses. Every prompt
 * is judged with the faithful registry, with each fix that applies alone, and with the fixed
 * flavour; the report counts the verdicts and prompt-level results that change and the accuracy
 * deltas, and lists each changed verdict. Deterministic, so anyone can rerun it and get the table
 * of {@code docs/fixes.md}.
 */
public final class FixesReport {
  /** How many changed verdicts the report lists per fix and input. */
  static final int MAX_LISTED = 12;

  private final TextTools tools;
  private final int threads;
  private final Consumer<String> warn;

  public FixesReport(TextTools tools, int threads, Consumer<String> warn) {
    this.tools = Objects.requireNonNull(tools);
    this.threads = threads;
    this.warn = Objects.requireNonNull(warn);
  }

  /**
   * What to measure on: a benchmark's prompts and responses ({@code rows} null), or rows in
   * {@code check}'s format judged with the registry of {@code benchmark} ({@code inputData} and
   * {@code responses} null).
   */
  public record Input(Benchmark benchmark, Path inputData, Path responses, Path rows, String label) {
    /** A benchmark's prompts and its responses, matched as {@code eval} matches them. */
    public static Input benchmark(Benchmark b, Path inputData, Path responses, String label) {
      return new Input(b, inputData, responses, null, label);
    }

    /** Rows as {@code check} reads them, judged with {@code b}'s registry. */
    public static Input rows(Benchmark b, Path rows, String label) {
      return new Input(b, null, null, rows, label);
    }
  }

  /** How one flavour compares with the faithful registry. */
  public record Delta(String flavour, int refused, int strictChanged, int looseChanged, int promptsStrictChanged,
      int promptsLooseChanged, Accuracy before, Accuracy after, List<String> changes) {}

  /** The four figures of an evaluation. */
  public record Accuracy(double promptStrict, double instructionStrict, double promptLoose,
      double instructionLoose) {}

  /** The effect of every fix that applies to {@code input}'s benchmark, then of all of them. */
  public List<Delta> measure(Input input) throws IOException {
    Registry faithful = Registries.byName(input.benchmark().registry());
    List<IfEvalBenchmark.Judged> base = judge(input, faithful);
    List<Delta> out = new ArrayList<>();
    for (Fix fix : Fixes.applicableTo(faithful)) {
      // The data fix corrects the benchmark's rows: it has nothing to do on rows brought by the user.
      if (fix.kind() == Fix.Kind.DATA && (input.benchmark() != Benchmark.IFEVAL || input.rows() != null)) continue;
      out.add(compare(fix.id(), base, judge(input, Fixes.enable(faithful, List.of(fix.id())))));
    }
    Registry fixed = Fixes.fixed(faithful);
    out.add(compare(fixed.name(), base, judge(input, fixed)));
    return out;
  }

  private List<IfEvalBenchmark.Judged> judge(Input input, Registry registry) throws IOException {
    RowJudge judge = new RowJudge(new Evaluator(registry, tools));
    if (input.rows() != null) return judgeRows(input.rows(), judge);
    // Matching warnings (positional matches) are the same for every flavour: reported once.
    Consumer<String> w = registry.fixes().isEmpty() ? warn : msg -> { };
    return new IfEvalBenchmark(input.benchmark(), judge, threads, w).judgeAll(input.inputData(), input.responses());
  }

  /** Each row of {@code file} (check's format) judged; a refused row is kept with its reason. */
  private static List<IfEvalBenchmark.Judged> judgeRows(Path file, RowJudge judge) throws IOException {
    String source = file.toString();
    List<IfEvalBenchmark.Judged> out = new ArrayList<>();
    try (JsonlLines lines = JsonlLines.open(file)) {
      for (SourceLine l = lines.next(); l != null; l = lines.next()) {
        RowParser.Parsed p = RowParser.CHECK.parse(source, l);
        try {
          out.add(new IfEvalBenchmark.Judged(p.row(), judge.judge(source, p, false), null, null));
        } catch (InputProblemException e) {
          out.add(new IfEvalBenchmark.Judged(p.row(), null, null, refusal(e)));
        }
      }
    }
    return out;
  }

  /** Why a row was refused, short: the argument error without the file name and the advice. */
  static String refusal(InputProblemException e) {
    String m = e.getCause() instanceof dev.if4j.constraints.ArgumentException a ? a.getMessage() : e.getMessage();
    int advice = m.indexOf(": the reference would fill it in at random");
    return advice < 0 ? m : m.substring(0, advice) + " (the reference would draw it at random)";
  }

  static Delta compare(String flavour, List<IfEvalBenchmark.Judged> before, List<IfEvalBenchmark.Judged> after) {
    Scores bs = new Scores();
    Scores bl = new Scores();
    Scores as = new Scores();
    Scores al = new Scores();
    int refused = 0;
    int strictChanged = 0;
    int looseChanged = 0;
    int promptsStrict = 0;
    int promptsLoose = 0;
    List<String> changes = new ArrayList<>();
    for (int i = 0; i < before.size(); i++) {
      IfEvalBenchmark.Judged b = before.get(i);
      IfEvalBenchmark.Judged a = after.get(i);
      add(bs, bl, b);
      if (a.verdict() == null) {
        refused++;
        changes.add("key " + a.row().id() + ": refused: " + a.error());
        // A refused prompt counts as not followed, as a bad row would in a reward.
        boolean[] none = new boolean[a.row().instructionIds().size()];
        as.add(a.row().instructionIds(), none);
        al.add(a.row().instructionIds(), none);
        continue;
      }
      add(as, al, a);
      if (b.verdict() == null) continue;
      List<InstructionVerdict> bv = b.verdict().instructions();
      List<InstructionVerdict> av = a.verdict().instructions();
      for (int k = 0; k < Math.min(bv.size(), av.size()); k++) {
        boolean s = bv.get(k).strict() != av.get(k).strict();
        boolean l = bv.get(k).loose() != av.get(k).loose();
        if (s) strictChanged++;
        if (l) looseChanged++;
        if (s || l || !bv.get(k).instructionId().equals(av.get(k).instructionId())) {
          changes.add("key " + a.row().id() + ": " + describe(bv.get(k), av.get(k)));
        }
      }
      if (b.verdict().followsAllStrict() != a.verdict().followsAllStrict()) promptsStrict++;
      if (b.verdict().followsAllLoose() != a.verdict().followsAllLoose()) promptsLoose++;
    }
    return new Delta(flavour, refused, strictChanged, looseChanged, promptsStrict, promptsLoose,
        accuracy(bs, bl), accuracy(as, al), List.copyOf(changes));
  }

  private static String describe(InstructionVerdict b, InstructionVerdict a) {
    String id = b.instructionId().equals(a.instructionId()) ? b.instructionId()
        : b.instructionId() + " -> " + a.instructionId();
    return id + " strict " + b.strict() + " -> " + a.strict() + ", loose " + b.loose() + " -> " + a.loose();
  }

  private static void add(Scores strict, Scores loose, IfEvalBenchmark.Judged j) {
    if (j.verdict() == null) return;
    strict.add(j.row().instructionIds(), j.verdict().strict());
    loose.add(j.row().instructionIds(), j.verdict().loose());
  }

  private static Accuracy accuracy(Scores strict, Scores loose) {
    return new Accuracy(strict.promptLevel().accuracy(), strict.instructionLevel().accuracy(),
        loose.promptLevel().accuracy(), loose.instructionLevel().accuracy());
  }

  /** The report as Markdown: per input, one table row per fix, then the verdicts that changed. */
  public static String markdown(List<Input> inputs, List<List<Delta>> results) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!-- made by: if4j fixes report (if4j ").append(Version.get()).append(") -->\n");
    for (int n = 0; n < inputs.size(); n++) {
      Input in = inputs.get(n);
      List<Delta> deltas = results.get(n);
      Accuracy base = deltas.get(0).before();
      sb.append("\n### ").append(in.label()).append("\n\n");
      sb.append(in.rows() != null ? "Rows: `" + in.rows().getFileName() + "`. " : "");
      sb.append(String.format(Locale.ROOT, "Faithful `%s`: prompt-strict %.4f, instruction-strict %.4f,"
          + " prompt-loose %.4f, instruction-loose %.4f.%n%n", in.benchmark().registry(), base.promptStrict(),
          base.instructionStrict(), base.promptLoose(), base.instructionLoose()));
      sb.append("| fix | verdicts changed (strict / loose) | prompts changed (strict / loose) | refused rows"
          + " | prompt-strict | instruction-strict | prompt-loose | instruction-loose |\n");
      sb.append("|---|---|---|---|---|---|---|---|\n");
      for (Delta d : deltas) {
        sb.append("| `").append(d.flavour()).append("` | ").append(d.strictChanged()).append(" / ")
            .append(d.looseChanged()).append(" | ").append(d.promptsStrictChanged()).append(" / ")
            .append(d.promptsLooseChanged()).append(" | ").append(d.refused()).append(" | ")
            .append(delta(d.before().promptStrict(), d.after().promptStrict())).append(" | ")
            .append(delta(d.before().instructionStrict(), d.after().instructionStrict())).append(" | ")
            .append(delta(d.before().promptLoose(), d.after().promptLoose())).append(" | ")
            .append(delta(d.before().instructionLoose(), d.after().instructionLoose())).append(" |\n");
      }
      java.util.Set<String> single = new java.util.HashSet<>();
      for (Delta d : deltas) {
        boolean all = Fixes.isFixedName(d.flavour());
        // The fixed flavour lists only what no single fix does: the effect of fixes together.
        List<String> changes = all ? d.changes().stream().filter(c -> !single.contains(c)).toList() : d.changes();
        if (!all) single.addAll(d.changes());
        if (changes.isEmpty()) continue;
        sb.append("\n`").append(d.flavour()).append("` on ").append(in.label())
            .append(all ? ", changes that need several fixes together:\n\n" : ":\n\n");
        int shown = Math.min(changes.size(), MAX_LISTED);
        for (String c : changes.subList(0, shown)) sb.append("- ").append(c).append('\n');
        if (shown < changes.size()) {
          sb.append("- ... and ").append(changes.size() - shown).append(" more\n");
        }
      }
    }
    return sb.toString();
  }

  private static String delta(double before, double after) {
    double d = after - before;
    if (Math.abs(d) < 5e-5) return "±0";
    return String.format(Locale.ROOT, "%+.4f", d);
  }
}
