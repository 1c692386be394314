package dev.if4j.constraints.mifeval.es;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Verdict;
import java.util.List;

/**
 * The two comparisons of M-IFEval's Spanish checkers (and lm-eval's copies): "at least" ({@code >=})
 * and "at most" ({@code <=}), each spelled in the benchmark's own words. M-IFEval says "al menos"
 * and "como máximo"; lm-eval says "at least" and "less than", the latter still meaning {@code <=}.
 *
 * @param atLeast the words for {@code >=}, drawn first ({@code _COMPARISON_RELATION[0]})
 * @param atMost the words for {@code <=}
 */
public record ComparisonWords(String atLeast, String atMost) {
  /** M-IFEval's Spanish words. */
  public static final ComparisonWords MIFEVAL_SPANISH = new ComparisonWords("al menos", "como m\u00E1ximo");

  /** lm-eval's words for {@code ifeval_es} and {@code ifeval_ca}. */
  public static final ComparisonWords LMEVAL = new ComparisonWords("at least", "less than");

  /** One comparison with the words that name it. */
  public record Comparison(boolean atLeast, String words) {
    /** Whether {@code found} compares as asked with {@code threshold}. */
    public boolean holds(long found, long threshold) {
      return atLeast ? found >= threshold : found <= threshold;
    }

    /** "found 12 words, expected al menos 20 (>=)". */
    public Verdict judge(long found, long threshold, String units) {
      return Verdict.of(holds(found, threshold), () -> "found " + found + " " + units + ", expected "
          + words + " " + threshold + " (" + (atLeast ? ">=" : "<=") + ")");
    }
  }

  /**
   * The relation argument {@code key}: drawn with {@code random.choice} when absent, as the
   * reference does; other words are an error (the reference raises {@code ValueError}).
   */
  public Comparison from(BuildContext ctx, String key) {
    String given = ctx.args().string(key);
    if (given == null) given = ctx.choice(List.of(atLeast, atMost));
    if (given.equals(atLeast)) return new Comparison(true, atLeast);
    if (given.equals(atMost)) return new Comparison(false, atMost);
    throw ctx.args().invalid(key, "must be '" + atLeast + "' or '" + atMost
        + "' (the reference raises ValueError on other words)");
  }
}
