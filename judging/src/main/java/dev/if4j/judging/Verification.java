package dev.if4j.judging;

import dev.if4j.constraints.groundtruth.RuleRunner;
import dev.if4j.constraints.groundtruth.VerinstructRules;
import dev.if4j.llm.judge.JudgePolicy;
import dev.if4j.llm.judge.LlmJudge;
import java.time.Duration;
import java.util.Objects;

/**
 * What judging needs besides the evaluator: how VerInstruct {@code [rule]} checkers are judged, and
 * the LLM judge of {@code [llm]} checkers and {@code soft_constraints}. The one configuration that
 * {@code if4j check} and the reward server are started with.
 *
 * @param rules how {@code [rule]} checkers are judged
 * @param runner runs their Python ({@link VerinstructRules#PYTHON}), or {@code null}
 * @param judge the LLM judge, or {@code null} (then rows and samples that need one are bad input)
 * @param policy what a failed judge call means ({@link JudgeStep#decide}); the reward server's
 *     requests may name their own
 */
public record Verification(VerinstructRules rules, RuleRunner runner, LlmJudge judge, JudgePolicy policy) {
  public Verification {
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(policy, "policy");
    if (rules == VerinstructRules.PYTHON && runner == null) {
      throw new IllegalArgumentException("running [rule] checkers' Python needs a rule runner");
    }
  }

  /** Rules through the registry, no judge: what needs neither Python nor a model. */
  public static Verification registryOnly() {
    return new Verification(VerinstructRules.REGISTRY, null, null, JudgePolicy.FAIL);
  }

  /** Whether {@code [rule]} checkers' Python is run (rather than mapped to registry instructions). */
  public boolean runsRules() {
    return rules == VerinstructRules.PYTHON;
  }

  /**
   * Time that running {@code rules} {@code [rule]} checkers may take on top of a sample's budget: the
   * runner's own limit per run (zero when rules are not run).
   */
  public Duration ruleTimeLimit(int rules) {
    return runsRules() && rules > 0 ? runner.timeLimit().multipliedBy(rules) : Duration.ZERO;
  }
}
