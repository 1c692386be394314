package dev.if4j.reward;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.ArgumentException;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.InstructionVerdict;
import dev.if4j.constraints.LooseVariant;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.Row;
import dev.if4j.constraints.Stamp;
import dev.if4j.constraints.groundtruth.CheckerMapper;
import dev.if4j.constraints.groundtruth.GroundTruth;
import dev.if4j.constraints.groundtruth.RuleRunner;
import dev.if4j.constraints.groundtruth.VerinstructRules;
import dev.if4j.llm.judge.JudgeOutcome;
import dev.if4j.llm.judge.LlmJudge;
import java.util.ArrayList;
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
 * the {@link Evaluator} (the same verdicts as {@code if4j check}) and scored by the mode.
 *
 * <p>Hybrid samples (VerInstruct checkers, or registry instructions with {@code soft_constraints})
 * are scored in two parts: {@link #score} judges the rule part (registry instructions, or {@code
 * [rule]} checkers run by the {@link RuleRunner} or mapped to registry instructions) and leaves the
 * judge pending; {@link #completeJudge} asks the {@link LlmJudge} and combines (see {@link
 * Combination}). {@link BatchScorer} does both.
 *
 * <p>Pure and thread-safe. The per-sample time budget is enforced around the rule part, by {@link BatchScorer}.
 */
public final class RewardFunction {
  /**
   * What hybrid samples need besides the evaluator.
   *
   * @param judge the LLM judge, or {@code null} (then samples that need one are bad input)
   * @param rules runs {@code [rule]} checkers' Python, or {@code null}
   * @param ruleMode how {@code [rule]} checkers are judged
   */
  public record Verifiers(LlmJudge judge, RuleRunner rules, VerinstructRules ruleMode) {
    public Verifiers {
      Objects.requireNonNull(ruleMode, "ruleMode");
      if (ruleMode == VerinstructRules.PYTHON && rules == null) {
        throw new IllegalArgumentException("running [rule] checkers' Python needs a rule runner");
      }
    }

    /** No judge, rules through the registry. */
    public static Verifiers none() {
      return new Verifiers(null, null, VerinstructRules.REGISTRY);
    }
  }

  private final Evaluator evaluator;
  private final RewardConfig defaults;
  private final Verifiers verifiers;

  public RewardFunction(Evaluator evaluator, RewardConfig defaults) {
    this(evaluator, defaults, Verifiers.none());
  }

  public RewardFunction(Evaluator evaluator, RewardConfig defaults, Verifiers verifiers) {
    this.evaluator = Objects.requireNonNull(evaluator);
    this.defaults = Objects.requireNonNull(defaults);
    this.verifiers = Objects.requireNonNull(verifiers);
  }

  public Evaluator evaluator() {
    return evaluator;
  }

  /**
   * What this function's scores are computed with (version, registry, fixes, the language data read
   * so far): record it next to the scores.
   */
  public Stamp stamp() {
    return Stamp.of(evaluator.registry(), evaluator.tools().store());
  }

  public RewardConfig defaults() {
    return defaults;
  }

  public Verifiers verifiers() {
    return verifiers;
  }

  /** The reward of {@code sample} under the default configuration. */
  public RewardResult score(RewardSample sample) {
    return score(sample, defaults);
  }

  /**
   * The reward of {@code sample} under {@code config}.
   *
   * @throws RewardInputException when the sample cannot be judged (unknown instruction id, invalid
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
    List<InstructionVerdict> verdicts;
    if (gt.isCheckers() && verifiers.ruleMode() == VerinstructRules.PYTHON) {
      verdicts = runRules(gt, text, config);
    } else {
      List<String> ids = gt.instructionIds();
      List<Args> kwargs = gt.kwargs();
      if (gt.isCheckers()) {
        RewardGroundTruth.Mapped m = mapped(gt);
        ids = m.ids();
        kwargs = m.args();
      }
      Row row = new Row("", sample.prompt() == null ? "" : sample.prompt(), text, ids, kwargs);
      List<Evaluator.Built> built;
      try {
        built = gt.isCheckers() ? evaluator.build(row) : gt.built(evaluator, row);
      } catch (ArgumentException e) {
        int at = Math.max(0, ids.indexOf(e.instructionId()));
        if (gt.isCheckers()) at = mapped(gt).checkerIndex().get(at);
        throw new RewardInputException(gt.isCheckers() ? "ground_truth.checkers[" + at + "]" : "ground_truth.kwargs[" + at + "]",
            e.getMessage(), e);
      }
      verdicts = ids.isEmpty() ? List.of()
          : evaluator.evaluate("", text, built, config.explain(), config.computesLoose()).instructions();
    }
    RewardResult result = RewardResult.judged(verdicts, sample, config);
    if (!gt.isHybrid()) return result;
    List<String> constraints = gt.judgeConstraints();
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
    if (!gt.isCheckers() || verifiers.ruleMode() != VerinstructRules.PYTHON) return Duration.ZERO;
    return verifiers.rules().timeLimit().multipliedBy(gt.ruleCheckers().size());
  }

  /** The {@code [rule]} checkers run by the rule runner, as verdicts (strict and loose alike: VerIF has no loose). */
  private List<InstructionVerdict> runRules(RewardGroundTruth gt, String text, RewardConfig config) {
    List<InstructionVerdict> out = new ArrayList<>();
    for (GroundTruth.Checker c : gt.ruleCheckers()) {
      RuleRunner.Outcome o = verifiers.rules().run(c, text);
      String reason = !config.explain() ? ""
          : o.reason() != null ? "no verdict (counts as not followed): " + o.reason()
          : o.passed() ? "check_following returned a truthy value" : "check_following returned a falsy value";
      out.add(new InstructionVerdict(RULE_ID, o.passed(), o.passed(), false, reason,
          config.explain() && o.passed() ? LooseVariant.AS_IS : null));
    }
    return out;
  }

  /**
   * The final reward of {@code sample}: {@link #score}, then, for a hybrid sample, the judge's
   * verdict waited for ({@link #completeJudge}). For one-off use; {@link BatchScorer} overlaps the
   * judge calls of a batch.
   */
  public RewardResult scoreWithJudge(RewardSample sample, RewardConfig config) {
    return completeJudge(sample, score(sample, config), config).join();
  }

  /** The id rule verdicts of VerInstruct checkers carry (their checker text is in the ground truth). */
  public static final String RULE_ID = "verinstruct:rule";

  /**
   * Asks the judge about a result whose judge part is pending and combines (see {@link
   * Combination}); a result that is not pending is returned as it is. Never completes
   * exceptionally.
   */
  public CompletableFuture<RewardResult> completeJudge(RewardSample sample, RewardResult pending, RewardConfig config) {
    if (!pending.judgePending()) return CompletableFuture.completedFuture(pending);
    HybridScore h = pending.hybrid();
    LlmJudge judge = verifiers.judge();
    long start = System.nanoTime();
    String instruction = sample.prompt() == null ? "" : sample.prompt();
    return judge.judge(instruction, h.pendingAnswer(), h.constraints())
        .thenApply(o -> combine(pending, o, System.nanoTime() - start, config));
  }

  static RewardResult combine(RewardResult pending, JudgeOutcome o, long nanos, RewardConfig config) {
    HybridScore h = pending.hybrid();
    RewardConfig.HybridOptions opts = config.hybrid();
    boolean hasRules = h.rules() > 0;
    long verdict = o.failed() ? -1 : o.verdict();
    HybridScore done = new HybridScore(h.combination(), h.ruleScore(), h.rules(), h.constraints(), true, verdict,
        o.failure(), o.cached(), nanos, null);
    if (o.failed()) {
      switch (opts.judgePolicy()) {
        case FAIL -> {
          return failed(pending, done, config);
        }
        case EXCLUDE -> {
          // The rule part alone; a sample with no rule has nothing left to score.
          return hasRules ? pending.withHybrid(done).withScore(h.ruleScore(), config.scale()) : failed(pending, done, config);
        }
        case ZERO -> verdict = 0;
      }
    }
    double raw = switch (h.combination()) {
      case VERIF -> h.ruleScore() * verdict;
      case WEIGHTED -> hasRules ? opts.softWeight() * h.ruleScore() + (1 - opts.softWeight()) * verdict : verdict;
    };
    return pending.withHybrid(done).withScore(raw, config.scale());
  }

  private static RewardResult failed(RewardResult pending, HybridScore done, RewardConfig config) {
    return RewardResult.guarded(Guard.JUDGE_FAILED, pending.numInstructions(), config)
        .withHybrid(done).withRuleNanos(pending.ruleNanos());
  }

  /** The registry instructions a VerInstruct sample's rule checkers state (the registry mode). */
  private RewardGroundTruth.Mapped mapped(RewardGroundTruth gt) {
    CheckerMapper m = mapper();
    RewardGroundTruth.Mapped known = gt.mapped();
    if (known != null && known.mapper() == m) return known;
    List<String> ids = new ArrayList<>();
    List<Args> args = new ArrayList<>();
    List<Integer> index = new ArrayList<>();
    for (GroundTruth.Checker c : gt.ruleCheckers()) {
      var mapping = m.map(c.text());
      if (mapping.isEmpty()) {
        throw new RewardInputException("ground_truth.checkers[" + c.index() + "]", "states no " + m.registry().name()
            + " instruction, and [rule] checkers are judged through the registry (--verinstruct-rules registry):"
            + " '" + c.text() + "'");
      }
      ids.add(mapping.get().instructionId());
      args.add(mapping.get().args());
      index.add(c.index());
    }
    RewardGroundTruth.Mapped made = new RewardGroundTruth.Mapped(m, List.copyOf(ids), List.copyOf(args), List.copyOf(index));
    gt.mapped(made);
    return made;
  }

  private CheckerMapper mapper() {
    return CheckerMapper.of(evaluator.registry());
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
      if (ask && verifiers.judge() == null) {
        throw new RewardInputException("ground_truth." + gt.judgeField(), "this sample needs an LLM judge ("
            + (gt.isCheckers() ? "VerInstruct checkers" : "soft_constraints") + ", combination "
            + config.hybrid().combination().wireName() + "); start the server with --judge-endpoint and --judge-model");
      }
      if (ask && sample.prompt() == null) {
        throw new RewardInputException("prompt", "missing, and the LLM judge needs the instruction");
      }
      if (gt.isCheckers() && verifiers.ruleMode() == VerinstructRules.REGISTRY) mapped(gt);
    }
    Registry registry = evaluator.registry();
    List<String> ids = sample.groundTruth().instructionIds();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (!registry.contains(id)) {
        throw new RewardInputException("ground_truth.instruction_id_list[" + i + "]", "unknown instruction id '"
            + id + "' in registry " + registry.name() + "; did you mean " + String.join(", ", registry.nearest(id, 3)) + "?");
      }
      ConstraintType type = registry.get(id);
      if (sample.prompt() == null && type.takesPrompt()) {
        throw new RewardInputException("prompt", "missing, and instruction " + id + " needs the prompt");
      }
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
