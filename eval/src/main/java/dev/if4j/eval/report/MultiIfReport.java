package dev.if4j.eval.report;

import dev.if4j.constraints.Version;
import dev.if4j.eval.benchmark.MultiIfScores;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A Multi-IF run as one HTML page: {@code overall} by language and turn (how accuracy falls from
 * turn to turn, the benchmark's point), then every figure per turn and language.
 */
public final class MultiIfReport {
  private MultiIfReport() {}

  public static String html(MultiIfScores scores, String registry, String prompts, String responses) {
    Map<Integer, Map<String, MultiIfScores.Tally>> turns = scores.turns();
    StringBuilder b = new StringBuilder(1 << 12);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>if4j: Multi-IF</title>\n<style>\n")
        .append(HtmlReport.CSS).append("</style>\n</head>\n<body>\n<h1>Multi-IF</h1>\n<p>registry ")
        .append(Fmt.html(registry)).append(" · prompts ").append(Fmt.html(prompts)).append(" · responses ")
        .append(Fmt.html(responses)).append(" · if4j ").append(Fmt.html(Version.get())).append("</p>\n");
    b.append("<h2>Overall by turn</h2>\n<p>overall = the mean of prompt- and instruction-level accuracy,"
        + " strict and loose, as Multi-IF's metrics_gen computes it.</p>\n<table>\n<tr><th>language</th>");
    Set<String> groups = new LinkedHashSet<>();
    turns.values().forEach(g -> groups.addAll(g.keySet()));
    for (int turn : turns.keySet()) b.append("<th>turn ").append(turn).append("</th>");
    b.append("</tr>\n");
    for (String group : groups) {
      b.append("<tr><td>").append(Fmt.html(group)).append("</td>");
      for (Map<String, MultiIfScores.Tally> g : turns.values()) {
        MultiIfScores.Tally t = g.get(group);
        b.append("<td class=\"num\">").append(t == null ? "–" : Fmt.pct(t.overall()) + " (" + t.prompts() + ")").append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</table>\n<h2>Every figure</h2>\n<table>\n<tr><th>turn</th><th>language</th><th>prompts</th>"
        + "<th>prompt strict</th><th>instruction strict</th><th>prompt loose</th><th>instruction loose</th>"
        + "<th>overall</th></tr>\n");
    turns.forEach((turn, g) -> g.forEach((group, t) -> b.append(String.format(Locale.ROOT,
        "<tr><td>%d</td><td>%s</td><td class=\"num\">%d</td><td class=\"num\">%s</td><td class=\"num\">%s</td>"
            + "<td class=\"num\">%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td></tr>\n",
        turn, Fmt.html(group), t.prompts(), Fmt.pct(t.promptLevelStrict()), Fmt.pct(t.instructionLevelStrict()),
        Fmt.pct(t.promptLevelLoose()), Fmt.pct(t.instructionLevelLoose()), Fmt.pct(t.overall())))));
    return b.append("</table>\n</body>\n</html>\n").toString();
  }
}
