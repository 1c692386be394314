package dev.if4j.llm;

import java.util.Locale;

/**
 * How many jobs of a run may fail for good before it stops starting new ones: a count ({@code
 * 20}) or a share of the run's jobs ({@code 5%}).
 */
public record ErrorBudget(int count, double percent) {
  public ErrorBudget {
    if (count < 0 || percent < 0 || percent > 100 || (count > 0 && percent > 0)) {
      throw new IllegalArgumentException("an error budget is a count or a percentage");
    }
  }

  /** Parses {@code 20} or {@code 5%}. */
  public static ErrorBudget parse(String s) {
    String t = s.strip();
    try {
      if (t.endsWith("%")) {
        double p = Double.parseDouble(t.substring(0, t.length() - 1).strip());
        if (!(p >= 0 && p <= 100)) throw new IllegalArgumentException();
        return new ErrorBudget(0, p);
      }
      int n = Integer.parseInt(t);
      if (n < 0) throw new IllegalArgumentException();
      return new ErrorBudget(n, 0);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("expected a count (20) or a percentage (5%), got '" + s + "'");
    }
  }

  /** The failures allowed in a run of {@code jobs} jobs. */
  public int maxFailures(int jobs) {
    return percent > 0 ? (int) Math.floor(jobs * percent / 100.0) : count;
  }

  @Override
  public String toString() {
    return percent > 0 ? String.format(Locale.ROOT, "%s%%", percent % 1 == 0 ? Long.toString((long) percent)
        : Double.toString(percent)) : Integer.toString(count);
  }
}
