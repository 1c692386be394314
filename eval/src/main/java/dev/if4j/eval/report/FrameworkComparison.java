package dev.if4j.eval.report;

import dev.if4j.constraints.Version;
import dev.if4j.eval.benchmark.IfEvalBenchmark;
import dev.if4j.eval.benchmark.ResponseProfile;
import dev.if4j.eval.benchmark.Scores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code if4j compare-frameworks}: one outputs file scored under several frameworks' response
 * rules ({@link ResponseProfile}), the figures side by side, and for every prompt whose verdict
 * differs between them, what each framework did to its response. The checkers are the same in
 * every column, so a difference is always a preprocessing rule's, and the report names it.
 */
public final class FrameworkComparison {
  private FrameworkComparison() {}

  public static final String MARKDOWN = "frameworks.md";
  public static final String HTML = "frameworks.html";

  /** One profile's scores. */
  public record Column(ResponseProfile profile, Scores strict, Scores loose) {}

  /**
   * A prompt whose verdict differs between profiles.
   *
   * @param strict per profile, whether it followed all instructions (strict)
   * @param loose the same, loose
   * @param explanations per profile, what it did to the response
   */
  public record Flip(String key, String prompt, boolean[] strict, boolean[] loose, List<String> explanations) {}

  public record Result(String responses, List<Column> columns, List<Flip> flips, int refused) {}

  /** Scores {@code responses} (prompts: {@code inputData}, or those the file carries) under each profile. */
  public static Result run(IfEvalBenchmark scorer, Path inputData, Path responses, List<ResponseProfile> profiles)
      throws IOException {
    List<List<IfEvalBenchmark.Judged>> judged = new ArrayList<>();
    for (ResponseProfile p : profiles) judged.add(scorer.withProfile(p).judgeAll(inputData, responses));
    // Unprocessed responses, to explain each rule: the reference profile leaves them as they are.
    List<IfEvalBenchmark.Judged> raw = scorer.withProfile(ResponseProfile.REFERENCE).judgeAll(inputData, responses);
    List<Column> columns = new ArrayList<>();
    for (int c = 0; c < profiles.size(); c++) {
      Scores strict = new Scores();
      Scores loose = new Scores();
      for (IfEvalBenchmark.Judged j : judged.get(c)) {
        if (j.error() != null) continue;
        strict.add(j.row().instructionIds(), j.verdict().strict());
        loose.add(j.row().instructionIds(), j.verdict().loose());
      }
      columns.add(new Column(profiles.get(c), strict, loose));
    }
    List<Flip> flips = new ArrayList<>();
    int refused = 0;
    for (int i = 0; i < raw.size(); i++) {
      if (raw.get(i).error() != null) {
        refused++;
        continue;
      }
      boolean[] strict = new boolean[profiles.size()];
      boolean[] loose = new boolean[profiles.size()];
      for (int c = 0; c < profiles.size(); c++) {
        strict[c] = allOf(judged.get(c).get(i).verdict().strict());
        loose[c] = allOf(judged.get(c).get(i).verdict().loose());
      }
      if (same(strict) && same(loose)) continue;
      String original = raw.get(i).row().response();
      flips.add(new Flip(raw.get(i).row().id(), raw.get(i).row().prompt(), strict, loose,
          profiles.stream().map(p -> p.explain(original)).toList()));
    }
    return new Result(responses.toString(), columns, flips, refused);
  }

  private static boolean allOf(boolean[] followed) {
    for (boolean f : followed) if (!f) return false;
    return true;
  }

  private static boolean same(boolean[] values) {
    for (boolean v : values) if (v != values[0]) return false;
    return true;
  }

  public static void write(Result r, Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(MARKDOWN), markdown(r), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(HTML), html(r), StandardCharsets.UTF_8);
  }

  private static final String[] FIGURES = {"prompt-level strict", "prompt-level loose", "instruction-level strict",
      "instruction-level loose"};

  private static List<Scores.Count> figures(Column c) {
    return List.of(c.strict().promptLevel(), c.loose().promptLevel(), c.strict().instructionLevel(),
        c.loose().instructionLevel());
  }

  public static String markdown(Result r) {
    StringBuilder b = new StringBuilder(1 << 12);
    b.append("# if4j: one outputs file, several frameworks' rules\n\n").append(Fmt.cell(r.responses()))
        .append(" · if4j ").append(Version.get()).append("\n\nSame checkers in every column; only each framework's"
            + " response preprocessing differs (docs/frameworks.md cites each rule).\n\n| figure |");
    for (Column c : r.columns()) b.append(' ').append(c.profile().id()).append(" |");
    b.append("\n|---|").append("---:|".repeat(r.columns().size())).append('\n');
    for (int f = 0; f < FIGURES.length; f++) {
      b.append("| ").append(FIGURES[f]).append(" |");
      for (Column c : r.columns()) {
        Scores.Count n = figures(c).get(f);
        b.append(' ').append(Fmt.pct(n)).append(" (").append(n.followed()).append('/').append(n.total()).append(") |");
      }
      b.append('\n');
    }
    b.append("\n## Prompts whose verdict differs (").append(r.flips().size()).append(")\n\n");
    if (r.flips().isEmpty()) b.append("None: every framework's rules give every prompt the same verdict.\n");
    for (Flip f : r.flips()) {
      b.append("- **").append(Fmt.cell(f.key())).append("** ").append(Fmt.cell(Fmt.cut(f.prompt(), 120))).append("  \n  ");
      for (int c = 0; c < r.columns().size(); c++) {
        if (c > 0) b.append("; ");
        b.append(r.columns().get(c).profile().id()).append(": strict ").append(mark(f.strict()[c])).append(", loose ")
            .append(mark(f.loose()[c]));
      }
      b.append("  \n  Why: ").append(Fmt.cell(String.join("; ", f.explanations()))).append('\n');
    }
    if (r.refused() > 0) b.append('\n').append(r.refused()).append(" prompts could not be judged and are left out.\n");
    return b.toString();
  }

  private static String mark(boolean followed) {
    return followed ? "followed" : "not followed";
  }

  public static String html(Result r) {
    StringBuilder b = new StringBuilder(1 << 12);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>if4j: frameworks compared")
        .append("</title>\n<style>\n").append(HtmlReport.CSS).append("</style>\n</head>\n<body>\n")
        .append("<h1>One outputs file, several frameworks' rules</h1>\n<p>").append(Fmt.html(r.responses()))
        .append(" · if4j ").append(Fmt.html(Version.get())).append(". Same checkers in every column; only each"
            + " framework's response preprocessing differs.</p>\n<table>\n<tr><th>figure</th>");
    for (Column c : r.columns()) b.append("<th>").append(Fmt.html(c.profile().id())).append("</th>");
    b.append("</tr>\n");
    for (int f = 0; f < FIGURES.length; f++) {
      b.append("<tr><td>").append(FIGURES[f]).append("</td>");
      for (Column c : r.columns()) {
        Scores.Count n = figures(c).get(f);
        b.append("<td class=\"num\">").append(Fmt.pct(n)).append(" (").append(n.followed()).append('/')
            .append(n.total()).append(")</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</table>\n<h2>Prompts whose verdict differs (").append(r.flips().size()).append(")</h2>\n");
    if (!r.flips().isEmpty()) {
      b.append("<table>\n<tr><th>key</th><th>prompt</th>");
      for (Column c : r.columns()) b.append("<th>").append(Fmt.html(c.profile().id())).append("<br>strict / loose</th>");
      b.append("<th>why</th></tr>\n");
      for (Flip f : r.flips()) {
        b.append("<tr><td>").append(Fmt.html(f.key())).append("</td><td>").append(Fmt.html(Fmt.cut(f.prompt(), 200)))
            .append("</td>");
        for (int c = 0; c < r.columns().size(); c++) {
          b.append("<td>").append(f.strict()[c] ? "✓" : "✗").append(" / ").append(f.loose()[c] ? "✓" : "✗").append("</td>");
        }
        b.append("<td>").append(Fmt.html(String.join("; ", f.explanations()))).append("</td></tr>\n");
      }
      b.append("</table>\n");
    }
    return b.append("</body>\n</html>\n").toString();
  }
}
