package dev.if4j.judging;

import dev.if4j.constraints.InstructionVerdict;
import java.util.List;

/**
 * What {@link Judge#judge} found: the rule verdicts (registry instructions, VerInstruct rules, or an
 * RLVR-IFeval function), and for a hybrid ground truth the judge request still to be made.
 *
 * @param rules the rule verdicts, in the ground truth's order
 * @param pending the LLM judge's part, or {@code null} when the ground truth has none
 */
public record Judgment(List<InstructionVerdict> rules, JudgeRequest pending) {
  public Judgment {
    rules = List.copyOf(rules);
  }

  /** Whether the ground truth has a part for the LLM judge (checkers, or {@code soft_constraints}). */
  public boolean hybrid() {
    return pending != null;
  }
}
