package dev.if4j.eval.benchmark;

import dev.if4j.constraints.Version;
import java.util.Locale;
import java.util.Map;

/** The readable table {@code if4j eval} prints. */
final class SummaryTable {
  private SummaryTable() {}

  static String format(IfEvalBenchmark.Result r) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%s: %d prompts, %d instructions (registry %s, if4j %s)%n%n",
        r.benchmark().title(), r.prompts(), r.strict().instructionLevel().total(), r.registry(), Version.get()));
    Benchmark.Headline headline = r.headlineRule();
    if (headline != null) {
      b.append(String.format(Locale.ROOT, "headline (%s, the figure %s reports): %s%n%n",
          headline.label(), r.headlineBy(), cell(r.headline())));
    }
    int width = 42;
    for (String id : r.strict().instructions().keySet()) width = Math.max(width, id.length() + 2);
    String head = "%-" + width + "s %5s  %-16s  %-16s%n";
    String row = "%-" + width + "s %5d  %-16s  %-16s%n";
    b.append(String.format(Locale.ROOT, head, "", "n", "strict", "loose"));
    line(b, row, "prompt-level", r.strict().promptLevel(), r.loose().promptLevel());
    line(b, row, "instruction-level", r.strict().instructionLevel(), r.loose().instructionLevel());
    b.append(String.format(Locale.ROOT, "%n" + head, "category", "n", "strict", "loose"));
    for (Map.Entry<String, Scores.Count> e : r.strict().categories().entrySet()) {
      line(b, row, e.getKey(), e.getValue(), r.loose().categories().get(e.getKey()));
    }
    b.append(String.format(Locale.ROOT, "%n" + head, "instruction", "n", "strict", "loose"));
    for (Map.Entry<String, Scores.Count> e : r.strict().instructions().entrySet()) {
      line(b, row, e.getKey(), e.getValue(), r.loose().instructions().get(e.getKey()));
    }
    b.append(System.lineSeparator());
    b.append("responses: ");
    StringBuilder how = new StringBuilder();
    r.matchCounts().forEach((k, v) -> {
      if (v > 0) how.append(how.length() == 0 ? "" : ", ").append(v).append(' ').append(k.label().replace('_', ' '));
    });
    b.append(how).append(System.lineSeparator());
    for (IfEvalBenchmark.Positional p : r.positional()) {
      b.append("  matched by position: prompt ").append(p.key()).append(" (responses line ")
          .append(p.responseLine()).append(')').append(System.lineSeparator());
    }
    for (IfEvalBenchmark.Unmatched u : r.unmatched()) {
      String prompt = u.prompt().length() > 60 ? u.prompt().substring(0, 57) + "..." : u.prompt();
      b.append("  UNMATCHED (scored not followed): prompt ").append(u.key()).append(": ")
          .append(prompt.replace('\n', ' ')).append(System.lineSeparator());
    }
    for (String key : r.nullResponses()) {
      b.append("  NULL RESPONSE (scored not followed): prompt ").append(key).append(System.lineSeparator());
    }
    if (r.unusedResponses() > 0) {
      b.append("  ").append(r.unusedResponses()).append(" response rows matched no prompt")
          .append(System.lineSeparator());
    }
    if (!r.referenceRandom().isEmpty()) {
      b.append("reference-random instructions (the reference draws at random there; if4j follows a"
          + " fixed rule): ").append(r.referenceRandom().size()).append(System.lineSeparator());
    }
    return b.toString();
  }

  private static void line(StringBuilder b, String fmt, String name, Scores.Count strict, Scores.Count loose) {
    b.append(String.format(Locale.ROOT, fmt, name, strict.total(), cell(strict), cell(loose)));
  }

  private static String cell(Scores.Count c) {
    return String.format(Locale.ROOT, "%.4f %d/%d", c.accuracy(), c.followed(), c.total());
  }
}
