package dev.if4j.reward;

import dev.if4j.llm.judge.JudgePolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How samples are scored. Immutable; {@link #defaults()} and the {@code with*} methods make new ones.
 *
 * @param mode how verdicts become a score ({@link ScoreMode#FRACTION} by default)
 * @param scale multiplies the score (open-instruct uses 10); not applied to the fallback
 * @param judging strict (default) or loose verdicts count
 * @param thinkOpen the tag that opens a reasoning trace; empty: no unclosed-trace detection
 * @param thinkClose the tag that closes it; everything up to its last occurrence is removed before
 *     judging; empty: nothing is removed
 * @param unclosedThink what an answer that still contains {@code thinkOpen} gets
 * @param maxResponseChars answers longer than this (in UTF-16 units) get the fallback, unjudged
 * @param sampleTimeout judging one sample past this gets the fallback ({@link Duration#ZERO}: no limit);
 *     enforced by {@link BatchScorer}
 * @param fallbackScore the score of a guarded sample (too long, timed out, unclosed trace)
 * @param trailingTokens end-of-turn markers removed from the end of a response before anything else
 *     (OpenRLHF's queries keep special tokens), repeatedly, in any order
 * @param multipliers per-instruction-id factors for {@link ScoreMode#WEIGHTED} (absent: 1)
 * @param explain attach per-instruction verdicts with reasons to each result
 * @param looseMetrics compute the loose verdicts (and report the loose accuracies) even when the
 *     score is strict; off, a failing strict verdict costs one check instead of up to eight
 * @param hybrid how hybrid samples combine their rule score and judge verdict
 */
public record RewardConfig(ScoreMode mode, double scale, Judging judging, String thinkOpen,
    String thinkClose, UnclosedThink unclosedThink, int maxResponseChars, Duration sampleTimeout,
    double fallbackScore, List<String> trailingTokens, Map<String, Double> multipliers,
    boolean explain, boolean looseMetrics, HybridOptions hybrid) {

  /**
   * How hybrid samples (VerInstruct checkers, rows with {@code soft_constraints}) are scored.
   *
   * @param combination {@link Combination#VERIF} (default) or {@link Combination#WEIGHTED}
   * @param softWeight {@code w} of the weighted combination, the weight of the rule part, in [0, 1]
   * @param judgePolicy what a failed judge call means for the sample
   */
  public record HybridOptions(Combination combination, double softWeight, JudgePolicy judgePolicy) {
    public HybridOptions {
      Objects.requireNonNull(combination, "combination");
      Objects.requireNonNull(judgePolicy, "judgePolicy");
      if (!(softWeight >= 0 && softWeight <= 1)) {
        throw new IllegalArgumentException("the soft weight must be in [0, 1], got " + softWeight);
      }
    }

    /** VerIF's product, weight 0.5 for the weighted combination, judge failures fail the sample. */
    public static HybridOptions defaults() {
      return new HybridOptions(Combination.VERIF, 0.5, JudgePolicy.FAIL);
    }
  }

  /** Chat templates' end-of-turn and end-of-text markers, as they appear in decoded text. */
  public static final List<String> DEFAULT_TRAILING_TOKENS = List.of(
      "<|im_end|>", "<|endoftext|>", "<|eot_id|>", "<|end_of_text|>", "<|end|>", "</s>",
      "<end_of_turn>", "<eos>", "<|eos|>", "<｜end▁of▁sentence｜>");

  /** 256 Ki characters: about 60,000 tokens of answer, far beyond any IFEval length instruction. */
  public static final int DEFAULT_MAX_RESPONSE_CHARS = 256 * 1024;

  public static final Duration DEFAULT_SAMPLE_TIMEOUT = Duration.ofSeconds(1);

  public RewardConfig {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(judging, "judging");
    Objects.requireNonNull(thinkOpen, "thinkOpen");
    Objects.requireNonNull(thinkClose, "thinkClose");
    Objects.requireNonNull(unclosedThink, "unclosedThink");
    Objects.requireNonNull(sampleTimeout, "sampleTimeout");
    Objects.requireNonNull(hybrid, "hybrid");
    if (!Double.isFinite(scale)) throw new IllegalArgumentException("scale must be a finite number, got " + scale);
    if (!Double.isFinite(fallbackScore)) {
      throw new IllegalArgumentException("fallback score must be a finite number, got " + fallbackScore);
    }
    if (maxResponseChars < 1) {
      throw new IllegalArgumentException("maximum response length must be at least 1, got " + maxResponseChars);
    }
    if (sampleTimeout.isNegative()) throw new IllegalArgumentException("sample timeout must not be negative");
    trailingTokens = List.copyOf(trailingTokens);
    for (String t : trailingTokens) {
      if (t.isEmpty()) throw new IllegalArgumentException("a trailing token must not be empty");
    }
    multipliers = Map.copyOf(multipliers);
    multipliers.forEach((id, m) -> {
      if (!Double.isFinite(m)) throw new IllegalArgumentException("multiplier of " + id + " must be finite, got " + m);
    });
  }

  /** Fraction of instructions followed, strict, scale 1, {@code <think>...</think>} removed. */
  public static RewardConfig defaults() {
    return new RewardConfig(ScoreMode.FRACTION, 1.0, Judging.STRICT, "<think>", "</think>",
        UnclosedThink.FALLBACK, DEFAULT_MAX_RESPONSE_CHARS, DEFAULT_SAMPLE_TIMEOUT, 0.0,
        DEFAULT_TRAILING_TOKENS, Map.of(), false, true, HybridOptions.defaults());
  }

  public RewardConfig withMode(ScoreMode m) {
    return with(c -> c.mode = m);
  }

  public RewardConfig withScale(double s) {
    return with(c -> c.scale = s);
  }

  public RewardConfig withJudging(Judging j) {
    return with(c -> c.judging = j);
  }

  public RewardConfig withThinkTags(String open, String close) {
    return with(c -> {
      c.thinkOpen = open;
      c.thinkClose = close;
    });
  }

  public RewardConfig withUnclosedThink(UnclosedThink u) {
    return with(c -> c.unclosedThink = u);
  }

  public RewardConfig withMaxResponseChars(int max) {
    return with(c -> c.maxResponseChars = max);
  }

  public RewardConfig withSampleTimeout(Duration t) {
    return with(c -> c.sampleTimeout = t);
  }

  public RewardConfig withFallbackScore(double f) {
    return with(c -> c.fallbackScore = f);
  }

  public RewardConfig withTrailingTokens(List<String> tokens) {
    return with(c -> c.trailingTokens = tokens);
  }

  public RewardConfig withMultipliers(Map<String, Double> m) {
    return with(c -> c.multipliers = m);
  }

  public RewardConfig withExplain(boolean e) {
    return with(c -> c.explain = e);
  }

  public RewardConfig withLooseMetrics(boolean l) {
    return with(c -> c.looseMetrics = l);
  }

  public RewardConfig withHybrid(HybridOptions h) {
    return with(c -> c.hybrid = h);
  }

  /** A copy with {@code change} applied, validated by the record's constructor. */
  private RewardConfig with(Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return d.build();
  }

  /** The components as mutable fields: each {@code with*} method changes one, then builds a new config. */
  private static final class Draft {
    ScoreMode mode;
    double scale;
    Judging judging;
    String thinkOpen;
    String thinkClose;
    UnclosedThink unclosedThink;
    int maxResponseChars;
    Duration sampleTimeout;
    double fallbackScore;
    List<String> trailingTokens;
    Map<String, Double> multipliers;
    boolean explain;
    boolean looseMetrics;
    HybridOptions hybrid;

    Draft(RewardConfig c) {
      mode = c.mode;
      scale = c.scale;
      judging = c.judging;
      thinkOpen = c.thinkOpen;
      thinkClose = c.thinkClose;
      unclosedThink = c.unclosedThink;
      maxResponseChars = c.maxResponseChars;
      sampleTimeout = c.sampleTimeout;
      fallbackScore = c.fallbackScore;
      trailingTokens = c.trailingTokens;
      multipliers = c.multipliers;
      explain = c.explain;
      looseMetrics = c.looseMetrics;
      hybrid = c.hybrid;
    }

    RewardConfig build() {
      return new RewardConfig(mode, scale, judging, thinkOpen, thinkClose, unclosedThink, maxResponseChars,
          sampleTimeout, fallbackScore, trailingTokens, multipliers, explain, looseMetrics, hybrid);
    }
  }

  /** Whether loose verdicts are computed: for loose judging, or when loose metrics are asked for. */
  public boolean computesLoose() {
    return looseMetrics || judging == Judging.LOOSE;
  }

  /** The multiplier of instruction {@code id} (1 when none is configured). */
  public double multiplier(String id) {
    Double m = multipliers.get(id);
    return m == null ? 1.0 : m;
  }
}
