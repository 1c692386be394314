package dev.if4j.eval.report;

import dev.if4j.constraints.Version;
import dev.if4j.eval.benchmark.Scores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The report as GitHub-flavoured markdown: the same numbers as the HTML page, as tables. */
public final class MarkdownReport {
  private MarkdownReport() {}

  static final int EXAMPLE_RESPONSE_CHARS = 300;

  public static void write(Report report, Path file) throws IOException {
    Files.writeString(file, render(report), StandardCharsets.UTF_8);
  }

  /** Each run's provenance: responses file, framework, what could not be matched. */
  private static void runs(StringBuilder b, List<RunResults> runs) {
    b.append("\n## Runs\n\n");
    for (RunResults run : runs) {
      b.append("- **").append(Fmt.cell(run.label())).append("** ").append(Fmt.cell(run.dir().toString()));
      if (run.scoredWith() != null) b.append(" · ").append(Fmt.cell(run.scoredWith()));
      b.append('\n');
      for (String line : run.provenance()) b.append("  - ").append(Fmt.cell(line)).append('\n');
    }
  }

  /** The prompts whose prompt-level verdict differs between the baseline and a run. */
  private static void flips(StringBuilder b, Report.Comparison c) {
    b.append("\n### Prompts that flipped: ").append(Fmt.cell(c.base().label())).append(" → ")
        .append(Fmt.cell(c.other().label())).append(" (").append(c.flips().size()).append(")\n\n");
    if (c.flips().isEmpty()) return;
    b.append("| prompt | strict | loose |\n|---|---|---|\n");
    for (Report.Flip f : c.flips()) {
      b.append("| ").append(Fmt.cell(Fmt.cut(f.prompt(), 100))).append(" | ").append(arrow(f.baseStrict(), f.otherStrict()))
          .append(" | ").append(arrow(f.baseLoose(), f.otherLoose())).append(" |\n");
    }
  }

  /** "✓ → ✗" when the verdict changed, "✓" when it did not. */
  static String arrow(boolean base, boolean other) {
    String from = base ? "✓" : "✗";
    return base == other ? from : from + " → " + (other ? "✓" : "✗");
  }

  public static String render(Report r) {
    StringBuilder b = new StringBuilder(1 << 14);
    List<RunResults> runs = r.runs();
    b.append("# if4j report\n\n")
        .append(r.benchmarks().isEmpty() ? "Benchmark unknown" : "Benchmark " + String.join(", ", r.benchmarks()))
        .append(" · ").append(runs.size()).append(runs.size() == 1 ? " run" : " runs").append(" · if4j ")
        .append(Version.get()).append("\n\n");
    if (r.upstreamVersions().size() > 1) {
      b.append("**These runs were scored with different upstream versions of the checkers** (")
          .append(Fmt.cell(String.join("; ", r.upstreamVersions())))
          .append("): their scores are not comparable; rescore them with one --registry NAME@VERSION.\n\n");
    }
    if (r.scoredWith().size() > 1) {
      b.append("**These runs were scored by different checkers** (").append(Fmt.cell(String.join("; ", r.scoredWith())))
          .append("): a difference may come from the checkers, not the models.\n\n");
    } else if (r.scoredWith().size() == 1) {
      b.append("Scored with ").append(Fmt.cell(r.scoredWith().get(0))).append(".\n\n");
    }
    b.append("## Headline\n\n| run | model | prompts | prompt-level strict | prompt-level loose | instruction-level strict"
        + " | instruction-level loose |\n|---|---|---:|---:|---:|---:|---:|\n");
    for (RunResults run : runs) {
      b.append("| ").append(Fmt.cell(run.label())).append(" | ").append(Fmt.cell(run.model() == null ? "–" : run.model()))
          .append(" | ").append(run.prompts().size());
      List<Scores.Count> figures = List.of(run.strict().promptLevel(), run.loose().promptLevel(),
          run.strict().instructionLevel(), run.loose().instructionLevel());
      for (int f = 0; f < figures.size(); f++) {
        Scores.Count c = figures.get(f);
        String margin = f < 2 ? Fmt.margin(run.promptLevelMargin(f == 1)) : "";
        b.append(" | ").append(Fmt.pct(c)).append(margin.isEmpty() ? "" : " " + margin).append(" (").append(c.followed())
            .append('/').append(c.total()).append(')');
      }
      b.append(" |\n");
    }
    b.append("\n±: 95% interval of a prompt-level accuracy, 1.96 standard errors as lm-evaluation-harness computes"
        + " them (mean_stderr).\n");
    for (RunResults run : runs) {
      if (!run.samplesSummary().isEmpty()) {
        b.append("\n**").append(Fmt.cell(run.label())).append("**: ").append(Fmt.cell(String.join("; ", run.samplesSummary())))
            .append('\n');
      }
    }
    for (RunResults run : runs) {
      if (run.headline() != null) {
        b.append("\n**").append(Fmt.cell(run.label())).append("**: the figure its benchmark's authors report, ")
            .append(Fmt.cell(run.headline())).append('\n');
      }
    }
    if (!r.comparisons().isEmpty()) {
      b.append("\n## Compared with ").append(Fmt.cell(runs.get(0).label())).append("\n\nPrompts paired by text; 95% interval:"
          + " paired bootstrap (").append(r.resamples()).append(" resamples); p: McNemar's exact test (b: only the"
              + " baseline follows, c: only the run).\n\n| run | prompt-level | baseline | run | difference | 95% interval"
              + " | b / c | p | verdict |\n|---|---|---:|---:|---:|---:|---:|---:|---|\n");
      for (Report.Comparison c : r.comparisons()) {
        row(b, c, "strict", c.strict());
        row(b, c, "loose", c.loose());
      }
      for (Report.Comparison c : r.comparisons()) {
        if (c.unpaired() > 0) {
          b.append("\n").append(c.unpaired()).append(" prompts of ").append(c.base().label()).append(" and ")
              .append(c.other().label()).append(" have no counterpart in the other run and are left out.\n");
        }
      }
      for (Report.Comparison c : r.comparisons()) flips(b, c);
    }
    runs(b, runs);
    b.append("\n## Accuracy per category\n\n");
    table(b, r, "category", r.categories(), Scores::categories);
    b.append("\n## Accuracy per instruction\n\n");
    table(b, r, "instruction", r.instructionIds(), Scores::instructions);
    b.append("\n## Failures\n");
    for (RunResults run : runs) {
      Report.Failures f = r.failures(run.label());
      b.append("\n### ").append(run.label()).append("\n\n_").append(f.note()).append("_\n\n");
      List<String> ids = new ArrayList<>(f.counts().keySet());
      ids.sort((x, y) -> f.counts().get(y) - f.counts().get(x) != 0 ? f.counts().get(y) - f.counts().get(x) : x.compareTo(y));
      if (ids.isEmpty()) b.append("No failures.\n");
      for (String id : ids) {
        b.append("- `").append(id).append("`: ").append(f.counts().get(id)).append(" of ")
            .append(run.strict().instructions().get(id).total()).append(" not followed\n");
        for (Report.Example e : f.byInstruction().get(id)) {
          b.append("  - prompt ").append(e.key() != null ? e.key() : "#" + (e.index() + 1)).append(": ")
              .append(e.reason() != null ? Fmt.cell(e.reason()) : "reason not available")
              .append(e.loose() ? " (loose: followed)" : "").append(" — response: `")
              .append(Fmt.cell(Fmt.cut(e.response(), EXAMPLE_RESPONSE_CHARS)).replace("`", "'")).append("`\n");
        }
      }
    }
    return b.toString();
  }

  private static void row(StringBuilder b, Report.Comparison c, String mode, Report.Metric m) {
    b.append("| ").append(Fmt.cell(c.other().label())).append(" | ").append(mode).append(" | ").append(Fmt.pct(m.base()))
        .append(" | ").append(Fmt.pct(m.other())).append(" | ").append(Fmt.points(m.difference())).append(" | ")
        .append(Fmt.ci(m.ci())).append(" | ").append(m.b()).append(" / ").append(m.c()).append(" | ").append(Fmt.pValue(m.p()))
        .append(" | ").append(m.significant() ? "**significant at 5%**" : "not significant").append(" |\n");
  }

  private static void table(StringBuilder b, Report r, String what, List<String> names,
      Function<Scores, Map<String, Scores.Count>> of) {
    List<RunResults> runs = r.runs();
    b.append("| ").append(what).append(" |");
    for (RunResults run : runs) b.append(" n | ").append(Fmt.cell(run.label())).append(" strict | ")
        .append(Fmt.cell(run.label())).append(" loose |");
    for (int i = 1; i < runs.size(); i++) b.append(" Δ strict | Δ loose |");
    b.append("\n|---|");
    for (int i = 0; i < runs.size(); i++) b.append("---:|---:|---:|");
    for (int i = 1; i < runs.size(); i++) b.append("---:|---:|");
    b.append('\n');
    for (String name : names) {
      b.append("| `").append(name).append("` |");
      for (RunResults run : runs) {
        Scores.Count s = of.apply(run.strict()).get(name);
        Scores.Count l = of.apply(run.loose()).get(name);
        b.append(' ').append(s == null ? "–" : Long.toString(s.total())).append(" | ").append(Fmt.pct(s)).append(" | ")
            .append(Fmt.pct(l)).append(" |");
      }
      for (int i = 1; i < runs.size(); i++) {
        b.append(' ').append(delta(of.apply(runs.get(0).strict()).get(name), of.apply(runs.get(i).strict()).get(name)))
            .append(" | ").append(delta(of.apply(runs.get(0).loose()).get(name), of.apply(runs.get(i).loose()).get(name)))
            .append(" |");
      }
      b.append('\n');
    }
  }

  private static String delta(Scores.Count base, Scores.Count other) {
    if (base == null || other == null || base.total() == 0 || other.total() == 0) return "–";
    return Fmt.points(other.accuracy() - base.accuracy());
  }
}
