package dev.if4j.eval.benchmark;

import dev.if4j.constraints.Version;
import java.util.Map;

/**
 * The readable table {@code if4j eval} prints. Written without {@code String.format}: the
 * formatter's first use cost a 541-response run 6–7 ms at its end (docs/performance.md, round 6);
 * the figures are the same, {@code %.4f}'s rounding included ({@code SummaryTableTest}).
 */
final class SummaryTable {
  private static final String NL = System.lineSeparator();

  private SummaryTable() {}

  static String format(IfEvalBenchmark.Result r) {
    StringBuilder b = new StringBuilder();
    b.append(r.benchmark().title()).append(": ").append(r.prompts()).append(" prompts, ")
        .append(r.strict().instructionLevel().total()).append(" instructions (registry ").append(r.registry())
        .append(", if4j ").append(Version.get()).append(')').append(NL).append(NL);
    Benchmark.Headline headline = r.headlineRule();
    if (headline != null) {
      b.append("headline (").append(headline.label()).append(", the figure ").append(r.headlineBy())
          .append(" reports): ").append(cell(r.headline())).append(NL).append(NL);
    }
    int width = 42;
    for (String id : r.strict().instructions().keySet()) width = Math.max(width, id.length() + 2);
    head(b, width, "");
    line(b, width, "prompt-level", r.strict().promptLevel(), r.loose().promptLevel());
    line(b, width, "instruction-level", r.strict().instructionLevel(), r.loose().instructionLevel());
    b.append(NL);
    head(b, width, "category");
    for (Map.Entry<String, Scores.Count> e : r.strict().categories().entrySet()) {
      line(b, width, e.getKey(), e.getValue(), r.loose().categories().get(e.getKey()));
    }
    b.append(NL);
    head(b, width, "instruction");
    for (Map.Entry<String, Scores.Count> e : r.strict().instructions().entrySet()) {
      line(b, width, e.getKey(), e.getValue(), r.loose().instructions().get(e.getKey()));
    }
    b.append(NL);
    b.append("responses: ");
    StringBuilder how = new StringBuilder();
    r.matchCounts().forEach((k, v) -> {
      if (v > 0) how.append(how.length() == 0 ? "" : ", ").append(v).append(' ').append(k.label().replace('_', ' '));
    });
    b.append(how).append(NL);
    for (IfEvalBenchmark.Positional p : r.positional()) {
      b.append("  matched by position: prompt ").append(p.key()).append(" (responses line ")
          .append(p.responseLine()).append(')').append(NL);
    }
    for (IfEvalBenchmark.Unmatched u : r.unmatched()) {
      String prompt = u.prompt().length() > 60 ? u.prompt().substring(0, 57) + "..." : u.prompt();
      b.append("  UNMATCHED (scored not followed): prompt ").append(u.key()).append(": ")
          .append(prompt.replace('\n', ' ')).append(NL);
    }
    for (String key : r.nullResponses()) {
      b.append("  NULL RESPONSE (scored not followed): prompt ").append(key).append(NL);
    }
    if (r.unusedResponses() > 0) {
      b.append("  ").append(r.unusedResponses()).append(" response rows matched no prompt")
          .append(NL);
    }
    if (!r.referenceRandom().isEmpty()) {
      b.append("reference-random instructions (the reference draws at random there; if4j follows a"
          + " fixed rule): ").append(r.referenceRandom().size()).append(NL);
    }
    return b.toString();
  }

  /** The columns' heads, as {@code "%-Ws %5s  %-16s  %-16s%n"} printed them. */
  private static void head(StringBuilder b, int width, String first) {
    row(b, width, first, "n", "strict", "loose");
  }

  private static void line(StringBuilder b, int width, String name, Scores.Count strict, Scores.Count loose) {
    row(b, width, name, Long.toString(strict.total()), cell(strict), cell(loose));
  }

  private static void row(StringBuilder b, int width, String name, String n, String strict, String loose) {
    padRight(b, name, width).append(' ');
    for (int i = n.length(); i < 5; i++) b.append(' ');
    b.append(n).append("  ");
    padRight(b, strict, 16).append("  ");
    padRight(b, loose, 16).append(NL);
  }

  private static StringBuilder padRight(StringBuilder b, String s, int width) {
    b.append(s);
    for (int i = s.length(); i < width; i++) b.append(' ');
    return b;
  }

  /** {@code String.format("%.4f %d/%d", accuracy, followed, total)}. */
  static String cell(Scores.Count c) {
    return fourDecimals(c.followed(), c.total()) + " " + c.followed() + "/" + c.total();
  }

  /**
   * {@code followed / total} to four decimals, halves rounded up, as {@code %.4f} prints the double
   * (0 for a total of 0). Exact in integers: a quotient whose denominator is below a million is at
   * least 5e-11 from any tie it does not hit exactly, far beyond where its double and that double's
   * shortest decimal (which {@code %.4f} rounds) could differ from it.
   */
  static String fourDecimals(long followed, long total) {
    if (total == 0) return "0.0000";
    long scaled = (followed * 20_000 + total) / (2 * total); // round(followed * 10^4 / total), halves up
    String fraction = Long.toString(scaled % 10_000);
    return scaled / 10_000 + "." + "0".repeat(4 - fraction.length()) + fraction;
  }
}
