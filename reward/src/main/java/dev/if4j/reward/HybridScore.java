package dev.if4j.reward;

import java.util.List;

/**
 * The two parts of a hybrid sample's reward (a VerInstruct row, or a row with {@code
 * soft_constraints}) and how they were combined.
 *
 * @param combination how the parts were combined
 * @param ruleScore the rule part: the score mode's value over the rule verdicts (their mean by
 *     default, as VerIF), 1 when the sample has no rule
 * @param rules how many rule verdicts there are
 * @param constraints what the judge was asked about (VerIF: the {@code [llm]} checkers as written)
 * @param judgeCalled whether the judge was asked
 * @param judgeVerdict the judge's verdict ({@code [[n]]}, 0 without one), or -1 when there is none
 *     (not asked, failed, pending)
 * @param judgeFailure why the judge failed for good, or {@code null}
 * @param judgeCached whether the verdict came from the judge cache
 * @param judgeNanos time from asking the judge to its verdict (0 when not asked)
 * @param pendingAnswer while the judge is still to be asked, the answer to show it; then {@code null}
 */
public record HybridScore(Combination combination, double ruleScore, int rules, List<String> constraints,
    boolean judgeCalled, long judgeVerdict, String judgeFailure, boolean judgeCached, long judgeNanos,
    String pendingAnswer) {
  public HybridScore {
    constraints = List.copyOf(constraints);
  }

  /** Equal when everything but the judge time is. */
  @Override
  public boolean equals(Object o) {
    return o instanceof HybridScore h && combination == h.combination && Double.compare(ruleScore, h.ruleScore) == 0
        && rules == h.rules && constraints.equals(h.constraints) && judgeCalled == h.judgeCalled
        && judgeVerdict == h.judgeVerdict && java.util.Objects.equals(judgeFailure, h.judgeFailure)
        && judgeCached == h.judgeCached && java.util.Objects.equals(pendingAnswer, h.pendingAnswer);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(combination, ruleScore, rules, constraints, judgeVerdict, judgeFailure);
  }

  public boolean pending() {
    return pendingAnswer != null;
  }
}
