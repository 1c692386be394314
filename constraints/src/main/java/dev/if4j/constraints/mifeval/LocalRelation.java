package dev.if4j.constraints.mifeval;

import dev.if4j.constraints.Verdict;

/**
 * One comparison of a counting instruction in a benchmark's own words: French {@code "moins de"}
 * is {@code <}, Spanish {@code "al menos"} is {@code >=}, lm-eval's Spanish {@code "less than"} is
 * {@code <=}.
 */
public record LocalRelation(Comparison comparison, String words) {
  /** What the words ask of a count. */
  public enum Comparison {
    LESS_THAN("<"),
    AT_LEAST(">="),
    AT_MOST("<=");

    private final String symbol;

    Comparison(String symbol) {
      this.symbol = symbol;
    }

    /** {@code <}, {@code >=} or {@code <=}. */
    public String symbol() {
      return symbol;
    }

    boolean holds(long found, long threshold) {
      return switch (this) {
        case LESS_THAN -> found < threshold;
        case AT_LEAST -> found >= threshold;
        case AT_MOST -> found <= threshold;
      };
    }
  }

  /** Whether {@code found} compares as asked with {@code threshold}. */
  public boolean holds(long found, long threshold) {
    return comparison.holds(found, threshold);
  }

  /** The verdict on a count of {@code units}: "found 12 words, expected al menos 20 (>=)". */
  public Verdict judge(long found, long threshold, String units) {
    return Verdict.of(holds(found, threshold), () -> "found " + found + " " + units + ", expected "
        + words + " " + threshold + " (" + comparison.symbol() + ")");
  }
}
