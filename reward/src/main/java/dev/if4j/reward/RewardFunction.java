package dev.if4j.reward;

import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.InstructionVerdict;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.Stamp;
import dev.if4j.judging.Judge;
import dev.if4j.judging.JudgeRequest;
import dev.if4j.judging.JudgeStep;
import dev.if4j.judging.Judgment;
import dev.if4j.judging.Verification;
import dev.if4j.llm.judge.JudgeOutcome;
import dev.if4j.text.io.InputProblemException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The reward of one sample: the library API, and what the server runs for every sample.
 *
 * <p>Steps: end-of-turn tokens are removed from the end of the response; everything up to the last
 * {@code </think>} is removed; an answer that still opens a trace is handled by the {@link
 * UnclosedThink} policy; an answer longer than the maximum gets the fallback; the rest is judged by
 * by the judging core ({@link Judge}: the same verdicts as {@code if4j check}) and scored by the mode.
 *
 * <p>Hybrid samples (VerInstruct checkers, or registry instructions with {@code soft_constraints})
 * are scored in two parts: {@link #score} judges the rule part (registry instructions, or {@code
 * [rule]} checkers run by the {@link dev.if4j.constraints.groundtruth.RuleRunner} or mapped to registry instructions) and leaves the
 * judge pending; {@link #completeJudge} asks the {@link dev.if4j.llm.judge.LlmJudge} and combines (see {@link
 * Combination}). {@link BatchScorer} does both.
 *
 * <p>Pure and thread-safe. The per-sample time budget is enforced around the rule part, by {@link BatchScorer}.
 */
public final class RewardFunction {
  private final Judge judge;
  private final RewardConfig defaults;

  public RewardFunction(Evaluator evaluator, RewardConfig defaults) {
    this(evaluator, defaults, Verification.registryOnly());
  }

  /**
   * @param verification how {@code [rule]} checkers are judged and the LLM judge of hybrid samples
   *     (its policy is the default's; each request's configuration names its own)
   */
  public RewardFunction(Evaluator evaluator, RewardConfig defaults, Verification verification) {
    this.judge = new Judge(evaluator, verification);
    this.defaults = Objects.requireNonNull(defaults);
  }

  public Evaluator evaluator() {
    return judge.evaluator();
  }

  /**
   * What this function's scores are computed with (version, registry, fixes, the language data read
   * so far): record it next to the scores.
   */
  public Stamp stamp() {
    return Stamp.of(evaluator().registry(), evaluator().tools().store());
  }

  public RewardConfig defaults() {
    return defaults;
  }

  public Verification verification() {
    return judge.verification();
  }

  /** The reward of {@code sample} under the default configuration. */
  public RewardResult score(RewardSample sample) {
    return score(sample, defaults);
  }

  /**
   * The reward of {@code sample} under {@code config}.
   *
   * @throws InputProblemException when the sample cannot be judged (unknown instruction id, invalid
   *     argument, a prompt-repeating instruction without a prompt); the field is relative to the sample
   */
  public RewardResult score(RewardSample sample, RewardConfig config) {
    long start = System.nanoTime();
    RewardResult r = scoreRules(sample, config);
    return r.isGuarded() ? r : r.withRuleNanos(System.nanoTime() - start);
  }

  private RewardResult scoreRules(RewardSample sample, RewardConfig config) {
    validate(sample, config);
    RewardGroundTruth gt = sample.groundTruth();
    String text = stripTrailingTokens(sample.response(), config.trailingTokens());
    if (!config.thinkClose().isEmpty()) {
      int close = text.lastIndexOf(config.thinkClose());
      if (close >= 0) text = text.substring(close + config.thinkClose().length());
    }
    if (!config.thinkOpen().isEmpty()) {
      int open = text.indexOf(config.thinkOpen());
      if (open >= 0) {
        if (config.unclosedThink() == UnclosedThink.FALLBACK) {
          return RewardResult.guarded(Guard.UNCLOSED_THINK, gt.size(), config);
        }
        text = text.substring(0, open);
      }
    }
    // The format's own verifier may read the answer further (open-instruct strips it and drops <answer> tags).
    text = gt.extraction().apply(text);
    if (text.length() > config.maxResponseChars()) {
      return RewardResult.guarded(Guard.TOO_LONG, gt.size(), config);
    }
    Judgment judged;
    try {
      judged = judge.judge(gt.prepared(), "", sample.prompt() == null ? "" : sample.prompt(), text, config.explain(),
          config.computesLoose());
    } catch (InputProblemException e) {
      throw e.within("ground_truth");
    }
    List<InstructionVerdict> verdicts = judged.rules();
    RewardResult result = RewardResult.judged(verdicts, sample, config);
    if (!judged.hybrid()) return result;
    List<String> constraints = judged.pending().constraints();
    RewardConfig.HybridOptions h = config.hybrid();
    boolean ask = h.combination() == Combination.VERIF || !constraints.isEmpty();
    HybridScore part = new HybridScore(h.combination(), result.rawScore(), verdicts.size(), constraints, false, -1,
        null, false, 0, ask ? text : null);
    return result.withHybrid(part);
  }

  /**
   * Time {@code sample} may take beyond the configured sample budget: the rule runner's own limit
   * for each {@code [rule]} checker it will run (zero for samples without such rules).
   */
  public Duration extraTimeBudget(RewardSample sample) {
    RewardGroundTruth gt = sample.groundTruth();
    // Asked for every sample a worker takes: plain samples answer at once.
    return gt.isCheckers() ? verification().ruleTimeLimit(gt.ruleCheckers().size()) : Duration.ZERO;
  }

  /**
   * The final reward of {@code sample}: {@link #score}, then, for a hybrid sample, the judge's
   * verdict waited for ({@link #completeJudge}). For one-off use; {@link BatchScorer} overlaps the
   * judge calls of a batch.
   */
  public RewardResult scoreWithJudge(RewardSample sample, RewardConfig config) {
    return completeJudge(sample, score(sample, config), config).join();
  }

  /**
   * Asks the judge about a result whose judge part is pending and combines (see {@link
   * Combination}); a result that is not pending is returned as it is. Never completes
   * exceptionally.
   */
  public CompletableFuture<RewardResult> completeJudge(RewardSample sample, RewardResult pending, RewardConfig config) {
    if (!pending.judgePending()) return CompletableFuture.completedFuture(pending);
    HybridScore h = pending.hybrid();
    long start = System.nanoTime();
    String instruction = sample.prompt() == null ? "" : sample.prompt();
    return new JudgeRequest(instruction, h.pendingAnswer(), h.constraints()).askWith(verification().judge())
        .thenApply(o -> combine(pending, o, System.nanoTime() - start, config));
  }

  static RewardResult combine(RewardResult pending, JudgeOutcome o, long nanos, RewardConfig config) {
    HybridScore h = pending.hybrid();
    RewardConfig.HybridOptions opts = config.hybrid();
    boolean hasRules = h.rules() > 0;
    HybridScore done = new HybridScore(h.combination(), h.ruleScore(), h.rules(), h.constraints(), true,
        o.failed() ? -1 : o.verdict(),
        o.failure(), o.cached(), nanos, null);
    return switch (JudgeStep.decide(o, opts.judgePolicy())) {
      case JudgeStep.Failed f -> failed(pending, done, config);
      // The rule part alone; a sample with no rule has nothing left to score.
      case JudgeStep.Excluded x -> hasRules ? pending.withHybrid(done).withScore(h.ruleScore(), config.scale())
          : failed(pending, done, config);
      case JudgeStep.Counted c -> pending.withHybrid(done).withScore(switch (h.combination()) {
        case VERIF -> h.ruleScore() * c.verdict();
        case WEIGHTED -> hasRules ? opts.softWeight() * h.ruleScore() + (1 - opts.softWeight()) * c.verdict() : c.verdict();
      }, config.scale());
    };
  }

  private static RewardResult failed(RewardResult pending, HybridScore done, RewardConfig config) {
    return RewardResult.guarded(Guard.JUDGE_FAILED, pending.numInstructions(), config)
        .withHybrid(done).withRuleNanos(pending.ruleNanos());
  }

  /**
   * Checks what can be checked without judging: every instruction id is known, and a prompt is
   * there when an instruction repeats it. Cheap; the server runs it while reading a request, so that
   * a bad batch is refused before any work.
   */
  public void validate(RewardSample sample) {
    validate(sample, defaults);
  }

  /** As {@link #validate(RewardSample)}, for a sample scored under {@code config}. */
  public void validate(RewardSample sample, RewardConfig config) {
    RewardGroundTruth gt = sample.groundTruth();
    if (gt.isHybrid()) {
      boolean ask = config.hybrid().combination() == Combination.VERIF || !gt.judgeConstraints().isEmpty();
      if (ask && verification().judge() == null) {
        throw InputProblemException.inField("ground_truth." + gt.judgeField(), "this sample needs an LLM judge ("
            + (gt.isCheckers() ? "VerInstruct checkers" : "soft_constraints") + ", combination "
            + config.hybrid().combination().wireName() + "); start the server with --judge-endpoint and --judge-model");
      }
      if (ask && sample.prompt() == null) {
        throw InputProblemException.inField("prompt", "missing, and the LLM judge needs the instruction");
      }
      if (gt.isCheckers() && !verification().runsRules()) requireMapping(gt);
    }
    Registry registry = evaluator().registry();
    List<String> ids = sample.groundTruth().instructionIds();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (!registry.contains(id)) {
        throw InputProblemException.inField("ground_truth.instruction_id_list[" + i + "]", "unknown instruction id '"
            + id + "' in registry " + registry.name() + "; did you mean " + String.join(", ", registry.nearest(id, 3)) + "?");
      }
      ConstraintType type = registry.get(id);
      if (sample.prompt() == null && type.takesPrompt()) {
        throw InputProblemException.inField("prompt", "missing, and instruction " + id + " needs the prompt");
      }
    }
  }

  /** The registry instructions a VerInstruct sample's rule checkers state (the registry mode), or bad input. */
  private void requireMapping(RewardGroundTruth gt) {
    try {
      judge.requireMapping(gt.prepared());
    } catch (InputProblemException e) {
      throw e.within("ground_truth");
    }
  }

  /** {@code s} without any of {@code tokens} at its end (removed repeatedly). */
  static String stripTrailingTokens(String s, List<String> tokens) {
    if (tokens.isEmpty()) return s;
    int end = s.length();
    boolean again = true;
    while (again && end > 0) {
      again = false;
      for (String t : tokens) {
        if (end >= t.length() && s.startsWith(t, end - t.length())) {
          end -= t.length();
          again = true;
        }
      }
    }
    return end == s.length() ? s : s.substring(0, end);
  }
}
