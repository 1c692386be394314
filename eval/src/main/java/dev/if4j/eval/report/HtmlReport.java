package dev.if4j.eval.report;

import dev.if4j.constraints.Version;
import dev.if4j.eval.benchmark.Scores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The report as one self-contained HTML file: styles, charts (inline SVG) and the table sorting
 * script are all in the page, which loads nothing from anywhere, so it can be mailed, archived and
 * opened offline. The charts are drawn here, not by a script, so they show even with scripts off.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** Run colours: strict bars in the colour, loose bars in a lighter shade of it. */
  private static final String[] COLOURS = {"#2b6cb0", "#c05621", "#2f855a", "#6b46c1", "#b83280", "#2c7a7b", "#975a16"};

  static final int EXAMPLE_PROMPT_CHARS = 800;
  static final int EXAMPLE_RESPONSE_CHARS = 2000;

  public static void write(Report report, Path file) throws IOException {
    Files.writeString(file, render(report), StandardCharsets.UTF_8);
  }

  public static String render(Report r) {
    StringBuilder b = new StringBuilder(1 << 16);
    List<RunResults> runs = r.runs();
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>if4j report: ").append(Fmt.html(String.join(" vs ", runs.stream().map(RunResults::label).toList())))
        .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    b.append("<header><h1>if4j report</h1><p class=\"sub\">")
        .append(Fmt.html(r.benchmarks().isEmpty() ? "benchmark unknown" : "benchmark " + String.join(", ", r.benchmarks())))
        .append(" · ").append(runs.size()).append(runs.size() == 1 ? " run" : " runs")
        .append(" · if4j ").append(Fmt.html(Version.get())).append("</p>");
    if (r.benchmarks().size() > 1) {
      b.append("<p class=\"warn\">These runs are on different benchmarks; comparisons pair prompts by their text.</p>");
    }
    if (r.upstreamVersions().size() > 1) {
      b.append("<p class=\"warn\">These runs were scored with different upstream versions of the checkers (")
          .append(Fmt.html(String.join("; ", r.upstreamVersions())))
          .append("): their scores are not comparable; rescore them with one --registry NAME@VERSION.</p>");
    }
    if (r.scoredWith().size() > 1) {
      b.append("<p class=\"warn\">These runs were scored by different checkers (")
          .append(Fmt.html(String.join("; ", r.scoredWith())))
          .append("): a difference may come from the checkers, not the models.</p>");
    } else if (r.scoredWith().size() == 1) {
      b.append("<p class=\"sub\">Scored with ").append(Fmt.html(r.scoredWith().get(0))).append(".</p>");
    }
    b.append("</header>\n<main>\n");
    headline(b, r);
    if (!r.comparisons().isEmpty()) comparisons(b, r);
    runs(b, r);
    b.append("<section id=\"categories\">\n<h2>Accuracy per category</h2>\n");
    legend(b, runs);
    b.append(chart("category-chart", r.categories(), runs, s -> s.categories()));
    b.append("</section>\n<section id=\"instructions\">\n<h2>Accuracy per instruction</h2>\n");
    legend(b, runs);
    b.append(chart("instruction-chart", r.instructionIds(), runs, s -> s.instructions()));
    instructionTable(b, r);
    b.append("</section>\n");
    failures(b, r);
    b.append("</main>\n<footer>Strict: the response as given. Loose: the response or one of its variants"
        + " (first or last line removed, asterisks removed), as IFEval's reference scores it. Prompt-level: all"
        + " instructions of a prompt followed.</footer>\n");
    b.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return b.toString();
  }

  private static void headline(StringBuilder b, Report r) {
    b.append("<section id=\"headline\">\n<h2>Headline</h2>\n<table class=\"headline\">\n<thead><tr><th>run</th>"
        + "<th>model</th><th>prompts</th><th>prompt-level strict</th><th>prompt-level loose</th>"
        + "<th>instruction-level strict</th><th>instruction-level loose</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < r.runs().size(); i++) {
      RunResults run = r.runs().get(i);
      b.append("<tr><td><span class=\"swatch\" style=\"background:").append(colour(i)).append("\"></span>")
          .append(Fmt.html(run.label())).append("</td><td>").append(Fmt.html(run.model() == null ? "–" : run.model()))
          .append("</td><td class=\"num\">").append(run.prompts().size()).append("</td>");
      List<Scores.Count> figures = List.of(run.strict().promptLevel(), run.loose().promptLevel(),
          run.strict().instructionLevel(), run.loose().instructionLevel());
      for (int f = 0; f < figures.size(); f++) {
        Scores.Count c = figures.get(f);
        // Prompt level only: lm-eval has no standard error for the instruction level (LmEvalResults).
        String margin = f < 2 ? Fmt.margin(run.promptLevelMargin(f == 1)) : "";
        b.append("<td class=\"num big\">").append(Fmt.pct(c)).append(margin.isEmpty() ? "" : "<small>" + margin + "</small>")
            .append("<small>").append(c.followed()).append('/').append(c.total()).append("</small></td>");
      }
      b.append("</tr>\n");
    }
    b.append("</tbody>\n</table>\n<p class=\"note\">±: 95% interval of a prompt-level accuracy, 1.96 standard"
        + " errors as lm-evaluation-harness computes them (mean_stderr).</p>\n");
    for (RunResults run : r.runs()) {
      if (run.samplesSummary().isEmpty()) continue;
      b.append("<p class=\"note\"><strong>").append(Fmt.html(run.label())).append("</strong>: ")
          .append(Fmt.html(String.join("; ", run.samplesSummary()))).append("</p>\n");
    }
    for (RunResults run : r.runs()) {
      if (run.headline() == null) continue;
      b.append("<p class=\"headline-figure\"><strong>").append(Fmt.html(run.label())).append("</strong>: the figure its"
          + " benchmark's authors report, ").append(Fmt.html(run.headline())).append("</p>\n");
    }
    for (RunResults run : r.runs()) {
      if (run.runInfo() == null) continue;
      b.append("<details class=\"settings\"><summary>Generation settings of ").append(Fmt.html(run.label()))
          .append("</summary><dl>");
      for (Map.Entry<String, Object> e : run.runInfo().entrySet()) {
        if (e.getValue() == null) continue;
        b.append("<dt>").append(Fmt.html(e.getKey())).append("</dt><dd>").append(Fmt.html(String.valueOf(e.getValue())))
            .append("</dd>");
      }
      b.append("</dl></details>\n");
    }
    b.append("</section>\n");
  }

  private static void comparisons(StringBuilder b, Report r) {
    b.append("<section id=\"comparison\">\n<h2>Compared with ").append(Fmt.html(r.runs().get(0).label()))
        .append("</h2>\n<p class=\"note\">Prompts are paired by their text. 95% interval: paired bootstrap of the"
            + " difference in prompt-level accuracy (").append(r.resamples()).append(" resamples). p: McNemar's exact"
            + " test on the prompts where the runs disagree (b: only the baseline follows, c: only the other run).</p>\n")
        .append("<table class=\"comparison\">\n<thead><tr><th>run</th><th>prompt-level</th><th>baseline</th><th>run</th>"
            + "<th>difference</th><th>95% interval</th><th>b / c</th><th>p</th><th>verdict</th></tr></thead>\n<tbody>\n");
    for (Report.Comparison c : r.comparisons()) {
      row(b, c, "strict", c.strict());
      row(b, c, "loose", c.loose());
    }
    b.append("</tbody>\n</table>\n");
    for (Report.Comparison c : r.comparisons()) {
      if (c.unpaired() > 0) {
        b.append("<p class=\"warn\">").append(c.unpaired()).append(" prompts of ").append(Fmt.html(c.base().label()))
            .append(" and ").append(Fmt.html(c.other().label())).append(" have no counterpart in the other run and are"
                + " left out of this comparison.</p>\n");
      }
    }
    for (Report.Comparison c : r.comparisons()) {
      b.append("<details><summary>Prompts that flipped: ").append(Fmt.html(c.base().label())).append(" → ")
          .append(Fmt.html(c.other().label())).append(" (").append(c.flips().size()).append(")</summary>\n");
      if (!c.flips().isEmpty()) {
        b.append("<table>\n<thead><tr><th>prompt</th><th>strict</th><th>loose</th></tr></thead>\n<tbody>\n");
        for (Report.Flip f : c.flips()) {
          b.append("<tr><td>").append(Fmt.html(Fmt.cut(f.prompt(), 200))).append("</td><td>")
              .append(MarkdownReport.arrow(f.baseStrict(), f.otherStrict())).append("</td><td>")
              .append(MarkdownReport.arrow(f.baseLoose(), f.otherLoose())).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
      }
      b.append("</details>\n");
    }
    b.append("</section>\n");
  }

  /** Each run's provenance: responses file, what scored it, framework, what could not be matched. */
  private static void runs(StringBuilder b, Report r) {
    b.append("<section id=\"runs\">\n<h2>Runs</h2>\n<dl>\n");
    for (RunResults run : r.runs()) {
      b.append("<dt>").append(Fmt.html(run.label())).append("</dt><dd>").append(Fmt.html(run.dir().toString()));
      if (run.scoredWith() != null) b.append(" · ").append(Fmt.html(run.scoredWith()));
      for (String line : run.provenance()) b.append("<br>").append(Fmt.html(line));
      b.append("</dd>\n");
    }
    b.append("</dl>\n</section>\n");
  }

  private static void row(StringBuilder b, Report.Comparison c, String mode, Report.Metric m) {
    b.append("<tr><td>").append(Fmt.html(c.other().label())).append("</td><td>").append(mode)
        .append("</td><td class=\"num\">").append(Fmt.pct(m.base())).append("</td><td class=\"num\">")
        .append(Fmt.pct(m.other())).append("</td><td class=\"num ").append(m.difference() > 0 ? "up" : m.difference() < 0 ? "down" : "")
        .append("\">").append(Fmt.points(m.difference())).append("</td><td class=\"num\">").append(Fmt.ci(m.ci()))
        .append("</td><td class=\"num\">").append(m.b()).append(" / ").append(m.c()).append("</td><td class=\"num\">")
        .append(Fmt.pValue(m.p())).append("</td><td class=\"").append(m.significant() ? "sig" : "nsig").append("\">")
        .append(m.significant() ? "significant at 5%" : "not significant").append("</td></tr>\n");
  }

  private static String colour(int run) {
    return COLOURS[run % COLOURS.length];
  }

  private static void legend(StringBuilder b, List<RunResults> runs) {
    b.append("<div class=\"legend\">");
    for (int i = 0; i < runs.size(); i++) {
      b.append("<span><span class=\"swatch\" style=\"background:").append(colour(i)).append("\"></span>")
          .append(Fmt.html(runs.get(i).label())).append(" strict</span><span><span class=\"swatch\" style=\"background:")
          .append(colour(i)).append(";opacity:.4\"></span>").append(Fmt.html(runs.get(i).label())).append(" loose</span>");
    }
    b.append("</div>\n");
  }

  /** Horizontal bars: per group, per run, strict then loose. */
  static String chart(String id, List<String> groups, List<RunResults> runs, Function<Scores, Map<String, Scores.Count>> of) {
    int label = 300;
    int bars = 540;
    int right = 70;
    int bar = 9;
    int gap = 2;
    int groupGap = 12;
    int top = 8;
    int perGroup = runs.size() * 2 * (bar + gap) - gap;
    int height = top + groups.size() * (perGroup + groupGap) + 24;
    int width = label + bars + right;
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"chart\" id=\"").append(id).append("\" viewBox=\"0 0 ")
        .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" role=\"img\" aria-label=\"accuracy bars\">\n");
    int plotBottom = height - 20;
    for (int t = 0; t <= 100; t += 25) {
      double x = label + bars * t / 100.0;
      s.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>", x, top - 4, x, plotBottom))
          .append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%.1f\" y=\"%d\">%d%%</text>\n", x, plotBottom + 14, t));
    }
    int y = top;
    for (String g : groups) {
      s.append("<text class=\"label\" x=\"").append(label - 8).append("\" y=\"").append(y + perGroup / 2 + 4).append("\">")
          .append(Fmt.html(g)).append("</text>\n");
      for (int i = 0; i < runs.size(); i++) {
        RunResults run = runs.get(i);
        y = bar(s, run, g, "strict", of.apply(run.strict()).get(g), colour(i), 1.0, label, bars, y, bar) + gap;
        y = bar(s, run, g, "loose", of.apply(run.loose()).get(g), colour(i), 0.4, label, bars, y, bar) + gap;
      }
      y += groupGap - gap;
    }
    s.append("</svg>\n");
    return s.toString();
  }

  private static int bar(StringBuilder s, RunResults run, String group, String mode, Scores.Count c, String colour,
      double opacity, int x0, int width, int y, int h) {
    double acc = c == null || c.total() == 0 ? 0 : c.accuracy();
    double w = Math.max(c == null ? 0 : 1, width * acc);
    String tip = run.label() + " · " + group + " · " + mode + ": " + (c == null ? "not in this run"
        : Fmt.pct(c) + " (" + c.followed() + "/" + c.total() + ")");
    s.append(String.format(Locale.ROOT, "<rect class=\"bar %s\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\""
        + " fill-opacity=\"%.2f\"><title>%s</title></rect>", mode, x0, y, w, h, colour, opacity, Fmt.html(tip)));
    s.append(String.format(Locale.ROOT, "<text class=\"value\" x=\"%.1f\" y=\"%d\">%s</text>\n", x0 + w + 4, y + h - 1,
        c == null ? "–" : Fmt.pct(c)));
    return y + h;
  }

  private static void instructionTable(StringBuilder b, Report r) {
    List<RunResults> runs = r.runs();
    b.append("<h3>Per instruction</h3>\n<p class=\"note\">Click a column to sort.</p>\n")
        .append("<div class=\"wide\"><table id=\"instruction-table\" class=\"sortable\">\n<thead><tr><th data-type=\"text\">instruction</th>"
            + "<th data-type=\"text\">category</th>");
    // A run's n column only where its counts differ from the first run's: the same benchmark
    // repeats the same n, and every column less helps the table fit a 1,280 px screen.
    boolean[] showN = new boolean[runs.size()];
    for (int i = 0; i < runs.size(); i++) showN[i] = i == 0 || !sameCounts(runs.get(0), runs.get(i), r.instructionIds());
    for (int i = 0; i < runs.size(); i++) {
      String l = Fmt.html(runs.get(i).label());
      if (showN[i]) b.append("<th data-type=\"num\">").append(l).append(" n</th>");
      b.append("<th data-type=\"num\">").append(l).append(" strict</th><th data-type=\"num\">").append(l).append(" loose</th>");
    }
    for (int i = 1; i < runs.size(); i++) {
      String l = Fmt.html(runs.get(i).label());
      b.append("<th data-type=\"num\">Δ strict ").append(l).append("</th><th data-type=\"num\">Δ loose ").append(l).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (String id : r.instructionIds()) {
      // <wbr> after ':' and '_': a long id wraps inside its cell instead of widening the table.
      b.append("<tr><td><code>").append(Fmt.html(id).replace(":", ":<wbr>").replace("_", "_<wbr>")).append("</code></td><td>")
          .append(Fmt.html(Scores.category(id)).replace("_", "_<wbr>")).append("</td>");
      for (int i = 0; i < runs.size(); i++) {
        RunResults run = runs.get(i);
        Scores.Count s = run.strict().instructions().get(id);
        Scores.Count l = run.loose().instructions().get(id);
        if (showN[i]) {
          b.append("<td class=\"num\" data-value=\"").append(s == null ? "" : Long.toString(s.total())).append("\">")
              .append(s == null ? "–" : Long.toString(s.total())).append("</td>");
        }
        cellPct(b, s);
        cellPct(b, l);
      }
      Scores.Count baseS = runs.get(0).strict().instructions().get(id);
      Scores.Count baseL = runs.get(0).loose().instructions().get(id);
      for (int i = 1; i < runs.size(); i++) {
        cellDelta(b, baseS, runs.get(i).strict().instructions().get(id));
        cellDelta(b, baseL, runs.get(i).loose().instructions().get(id));
      }
      b.append("</tr>\n");
    }
    b.append("</tbody>\n</table></div>\n");
  }

  /** Whether two runs count the same number of each instruction. */
  private static boolean sameCounts(RunResults a, RunResults b, List<String> ids) {
    for (String id : ids) {
      Scores.Count x = a.strict().instructions().get(id);
      Scores.Count y = b.strict().instructions().get(id);
      if ((x == null ? 0 : x.total()) != (y == null ? 0 : y.total())) return false;
    }
    return true;
  }

  private static void cellPct(StringBuilder b, Scores.Count c) {
    if (c == null || c.total() == 0) {
      b.append("<td class=\"num\" data-value=\"\">–</td>");
      return;
    }
    b.append(String.format(Locale.ROOT, "<td class=\"num\" data-value=\"%.6f\">%s</td>", c.accuracy(), Fmt.pct(c)));
  }

  private static void cellDelta(StringBuilder b, Scores.Count base, Scores.Count other) {
    if (base == null || other == null || base.total() == 0 || other.total() == 0) {
      b.append("<td class=\"num\" data-value=\"\">–</td>");
      return;
    }
    double d = other.accuracy() - base.accuracy();
    b.append(String.format(Locale.ROOT, "<td class=\"num %s\" data-value=\"%.6f\">%s</td>", d > 0 ? "up" : d < 0 ? "down" : "",
        d, Fmt.points(d)));
  }

  private static void failures(StringBuilder b, Report r) {
    b.append("<section id=\"failures\">\n<h2>Failures</h2>\n<p class=\"note\">Per instruction, the first prompts whose"
        + " response does not follow it (strict), with the checker's reason. Instructions with the most failures first.</p>\n");
    for (RunResults run : r.runs()) {
      Report.Failures f = r.failures(run.label());
      b.append("<h3>").append(Fmt.html(run.label())).append("</h3>\n<p class=\"note\">").append(Fmt.html(f.note())).append("</p>\n");
      List<String> ids = new ArrayList<>(f.counts().keySet());
      ids.sort((x, y) -> f.counts().get(y) - f.counts().get(x) != 0 ? f.counts().get(y) - f.counts().get(x) : x.compareTo(y));
      if (ids.isEmpty()) b.append("<p>No failures.</p>\n");
      for (String id : ids) {
        Scores.Count total = run.strict().instructions().get(id);
        // The instruction failed most often is open, so a glance (or a screenshot) shows examples.
        b.append("<details class=\"failure\"").append(id.equals(ids.get(0)) ? " open" : "").append("><summary><code>").append(Fmt.html(id)).append("</code> — ")
            .append(f.counts().get(id)).append(" of ").append(total.total()).append(" prompts not followed</summary>\n");
        for (Report.Example e : f.byInstruction().get(id)) {
          b.append("<div class=\"example\"><div class=\"meta\">prompt ")
              .append(e.key() != null ? "key <b>" + Fmt.html(e.key()) + "</b>" : "#" + (e.index() + 1))
              .append(" · strict: not followed · loose: ")
              .append(e.loose() ? "followed" + (e.looseVariant() != null ? " (" + Fmt.html(e.looseVariant()) + ")" : "") : "not followed")
              .append("</div>\n<div class=\"reason\">").append(e.reason() != null ? "Reason: " + Fmt.html(e.reason()) : "Reason: not available")
              .append("</div>\n<details><summary>prompt</summary><pre>").append(Fmt.html(Fmt.cut(e.prompt(), EXAMPLE_PROMPT_CHARS)))
              .append("</pre></details>\n<pre class=\"response\">").append(Fmt.html(Fmt.cut(e.response(), EXAMPLE_RESPONSE_CHARS)))
              .append("</pre></div>\n");
        }
        b.append("</details>\n");
      }
    }
    b.append("</section>\n");
  }

  static final String CSS = """
      :root { --fg: #1a202c; --muted: #5a6478; --line: #d8dee9; --bg: #ffffff; --soft: #f5f7fa; }
      * { box-sizing: border-box; }
      body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
      header, main, footer { max-width: 1180px; margin: 0 auto; padding: 0 24px; }
      header { padding-top: 20px; border-bottom: 1px solid var(--line); }
      h1 { margin: 0 0 4px; font-size: 24px; }
      h2 { margin: 28px 0 10px; font-size: 19px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
      h3 { margin: 20px 0 8px; font-size: 16px; }
      .sub, .note, footer { color: var(--muted); }
      footer { margin: 32px auto 24px; font-size: 12px; }
      .warn { color: #9c4221; background: #fffaf0; border: 1px solid #fbd38d; padding: 6px 10px; border-radius: 4px; }
      table { border-collapse: collapse; margin: 8px 0 16px; }
      th, td { border-bottom: 1px solid var(--line); padding: 5px 10px; text-align: left; vertical-align: top; }
      th { background: var(--soft); font-weight: 600; white-space: nowrap; }
      td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      td.big { font-size: 17px; font-weight: 600; }
      td.big small { display: block; font-size: 11px; font-weight: 400; color: var(--muted); }
      td.up { color: #276749; } td.down { color: #9b2c2c; }
      td.sig { color: #276749; font-weight: 600; } td.nsig { color: var(--muted); }
      table.sortable th { cursor: pointer; user-select: none; }
      table.sortable th[aria-sort="ascending"]::after { content: " ▲"; }
      table.sortable th[aria-sort="descending"]::after { content: " ▼"; }
      table.sortable tbody tr:hover { background: var(--soft); }
      .swatch { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin-right: 6px; vertical-align: -1px; }
      .legend { display: flex; flex-wrap: wrap; gap: 6px 18px; margin: 6px 0; color: var(--muted); }
      svg.chart { max-width: 100%; height: auto; display: block; }
      svg.chart .label { text-anchor: end; font-size: 12px; fill: var(--fg); }
      svg.chart .value { font-size: 10px; fill: var(--muted); }
      svg.chart .axis { text-anchor: middle; font-size: 10px; fill: var(--muted); }
      svg.chart .grid { stroke: var(--line); stroke-width: 1; }
      details.settings dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0 10px; }
      details.settings dt { color: var(--muted); }
      details.settings dd { margin: 0; font-family: ui-monospace, monospace; font-size: 12px; word-break: break-all; }
      details.failure { border: 1px solid var(--line); border-radius: 4px; margin: 6px 0; padding: 4px 10px; }
      details.failure > summary { cursor: pointer; }
      .example { border-top: 1px dashed var(--line); margin-top: 8px; padding-top: 8px; }
      .example .meta { color: var(--muted); font-size: 12px; }
      .example .reason { margin: 4px 0; font-weight: 600; }
      /* The per-instruction table fits a 1,280 px screen with several runs: compact cells, headers
         that wrap, and past that it scrolls in its own box rather than widening the page. */
      div.wide { max-width: 100%; overflow-x: auto; }
      #instruction-table th, #instruction-table td { padding: 4px 4px; font-size: 12px; }
      #instruction-table th { white-space: normal; min-width: 3em; }
      #instruction-table code { font-size: 11.5px; }
      pre { white-space: pre-wrap; word-break: break-word; background: var(--soft); padding: 8px; border-radius: 4px;
            font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; max-height: 320px; overflow: auto; }
      """;

  /** Sorts tables on a header click (or Enter); {@code #sort=N} / {@code #sort=-N} in the URL pre-sorts the instruction table. */
  private static final String SCRIPT = """
      (function () {
        function key(cell, numeric) {
          var v = cell.getAttribute('data-value');
          if (v === null) v = cell.textContent;
          if (!numeric) return v.toLowerCase();
          var x = parseFloat(v);
          return isNaN(x) ? -Infinity : x;
        }
        function sort(table, col, dir) {
          var head = table.tHead.rows[0].cells;
          var numeric = head[col].getAttribute('data-type') === 'num';
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = key(a.cells[col], numeric), y = key(b.cells[col], numeric);
            return (x < y ? -1 : x > y ? 1 : 0) * dir;
          });
          rows.forEach(function (r) { body.appendChild(r); });
          for (var i = 0; i < head.length; i++) head[i].removeAttribute('aria-sort');
          head[col].setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
        }
        document.querySelectorAll('table.sortable').forEach(function (table) {
          var head = table.tHead.rows[0].cells;
          Array.prototype.forEach.call(head, function (th, col) {
            th.tabIndex = 0;
            var go = function () { sort(table, col, th.getAttribute('aria-sort') === 'ascending' ? -1 : 1); };
            th.addEventListener('click', go);
            th.addEventListener('keydown', function (e) { if (e.key === 'Enter') go(); });
          });
          table.setAttribute('data-sortable', 'ready');
        });
        var m = /sort=(-?)(\\d+)/.exec(location.hash);
        var t = document.getElementById('instruction-table');
        if (m && t && +m[2] < t.tHead.rows[0].cells.length) sort(t, +m[2], m[1] ? -1 : 1);
      })();
      """;
}
