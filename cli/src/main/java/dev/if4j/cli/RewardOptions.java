package dev.if4j.cli;

import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.Registries;
import dev.if4j.reward.Judging;
import dev.if4j.reward.RewardConfig;
import dev.if4j.reward.RewardFunction;
import dev.if4j.reward.ScoreMode;
import dev.if4j.reward.UnclosedThink;
import dev.if4j.text.resources.ResourceStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** How serve (and serve-bench's own server) score: the reward semantics, as options. */
final class RewardOptions {
  @Option(names = "--mode", paramLabel = "MODE", defaultValue = "fraction",
      description = "fraction (followed / total), all (1 only when all are followed) or weighted"
          + " (sum of followed x multiplier x weight). Default: ${DEFAULT-VALUE}.")
  String mode;

  @Option(names = "--scale", paramLabel = "X", defaultValue = "1",
      description = "Multiplies every score (open-instruct uses 10). Default: ${DEFAULT-VALUE}.")
  double scale;

  @Option(names = "--judging", paramLabel = "KIND", defaultValue = "strict",
      description = "strict or loose verdicts count. Default: ${DEFAULT-VALUE}.")
  String judging;

  @Option(names = "--think-open", paramLabel = "TAG", defaultValue = "<think>",
      description = "Opening tag of a reasoning trace (empty: none). Default: ${DEFAULT-VALUE}.")
  String thinkOpen;

  @Option(names = "--think-close", paramLabel = "TAG", defaultValue = "</think>",
      description = "Closing tag; text up to its last occurrence is removed before judging. Default: ${DEFAULT-VALUE}.")
  String thinkClose;

  @Option(names = "--unclosed-think", paramLabel = "POLICY", defaultValue = "fallback",
      description = "An answer with an unclosed trace: fallback (the fallback score) or before (judge the"
          + " text before the tag). Default: ${DEFAULT-VALUE}.")
  String unclosedThink;

  @Option(names = "--max-response-chars", paramLabel = "N", defaultValue = "262144",
      description = "Longer answers get the fallback score unjudged. Default: ${DEFAULT-VALUE}.")
  int maxResponseChars;

  @Option(names = "--sample-timeout-ms", paramLabel = "MS", defaultValue = "1000",
      description = "A sample judged for longer gets the fallback score (0: no limit). Default: ${DEFAULT-VALUE}.")
  long sampleTimeoutMillis;

  @Option(names = "--fallback-score", paramLabel = "X", defaultValue = "0",
      description = "Score of a guarded sample (too long, timed out, unclosed trace). Default: ${DEFAULT-VALUE}.")
  double fallbackScore;

  @Option(names = "--trailing-token", paramLabel = "TOKEN",
      description = "End-of-turn marker removed from the end of responses (repeatable; replaces the"
          + " default list: <|im_end|>, <|endoftext|>, <|eot_id|>, </s>, ...).")
  List<String> trailingTokens;

  @Option(names = "--keep-trailing-tokens", description = "Remove no end-of-turn markers.")
  boolean keepTrailingTokens;

  @Option(names = "--multiplier", paramLabel = "ID=X",
      description = "Multiplier of an instruction id in weighted mode (repeatable; default 1).")
  Map<String, Double> multipliers = new LinkedHashMap<>();

  @Option(names = "--explain", description = "Attach per-instruction verdicts with reasons to every result.")
  boolean explain;

  @Option(names = "--no-loose-metrics",
      description = "With strict judging, skip the loose verdicts (the loose accuracies are then not"
          + " reported): a failing instruction costs one check instead of up to eight.")
  boolean noLooseMetrics;

  RewardConfig config(CommandSpec spec) {
    try {
      List<String> tokens = keepTrailingTokens ? List.of()
          : trailingTokens != null ? new ArrayList<>(trailingTokens) : RewardConfig.DEFAULT_TRAILING_TOKENS;
      if (sampleTimeoutMillis < 0) throw new IllegalArgumentException("--sample-timeout-ms must not be negative");
      return RewardConfig.defaults()
          .withMode(ScoreMode.parse(mode))
          .withScale(scale)
          .withJudging(Judging.parse(judging))
          .withThinkTags(thinkOpen, thinkClose)
          .withUnclosedThink(UnclosedThink.parse(unclosedThink))
          .withMaxResponseChars(maxResponseChars)
          .withSampleTimeout(Duration.ofMillis(sampleTimeoutMillis))
          .withFallbackScore(fallbackScore)
          .withTrailingTokens(tokens)
          .withMultipliers(multipliers)
          .withExplain(explain)
          .withLooseMetrics(!noLooseMetrics);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /**
   * The reward function over the registry {@code --registry} names (every id of every registry by
   * default, as for check) with the {@code --fixes} given; the language data the IFEval checkers need
   * is loaded now, so that a missing file stops the start (exit 4), not the first request.
   */
  static RewardFunction function(CliEnv env, CommandSpec spec, Options.Judging judging, ResourceStore store,
      RewardConfig config) {
    Evaluator evaluator = judging.judge(env, spec, store, Registries.AUTO).evaluator();
    evaluator.tools().punkt();
    evaluator.tools().languages();
    return new RewardFunction(evaluator, config);
  }
}
