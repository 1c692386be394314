package dev.if4j.eval.report;

import dev.if4j.eval.benchmark.Scores;
import java.util.Locale;

/** Number and text formatting shared by the renderings. */
final class Fmt {
  private Fmt() {}

  static String pct(double x) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * x);
  }

  static String pct(Scores.Count c) {
    return c == null || c.total() == 0 ? "–" : pct(c.accuracy());
  }

  /** "±3.6" (percentage points), or "" when there is no interval (NaN). */
  static String margin(double x) {
    return Double.isNaN(x) ? "" : String.format(Locale.ROOT, "±%.1f", 100 * x);
  }

  /** A signed difference in percentage points. */
  static String points(double x) {
    return String.format(Locale.ROOT, "%+.1f pp", 100 * x);
  }

  static String pValue(double p) {
    if (p < 0.0001) return "< 0.0001";
    return String.format(Locale.ROOT, p < 0.01 ? "%.4f" : "%.3f", p);
  }

  static String ci(PairedStats.Interval ci) {
    return String.format(Locale.ROOT, "[%+.1f, %+.1f] pp", 100 * ci.low(), 100 * ci.high());
  }

  /** At most {@code max} code points of {@code s}, with a note of what was cut. */
  static String cut(String s, int max) {
    int n = s.codePointCount(0, s.length());
    if (n <= max) return s;
    return s.substring(0, s.offsetByCodePoints(0, max)) + " […" + (n - max) + " more characters]";
  }

  static String html(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Text for a markdown table cell: one line, pipes escaped. */
  static String cell(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", " ⏎ ");
  }
}
