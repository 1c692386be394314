package dev.if4j.judging;

import dev.if4j.llm.judge.JudgeOutcome;
import dev.if4j.llm.judge.LlmJudge;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What the LLM judge is to be asked about a row or sample: left pending by {@link Judge#judge}, so
 * that a caller can overlap a batch's judge calls (they take seconds; rules take microseconds).
 *
 * @param prompt the instruction shown to the judge
 * @param answer the answer, read as the rules read it
 * @param constraints what the judge checks: VerInstruct's {@code [llm]} checkers as written, or the
 *     {@code soft_constraints} (possibly none: VerIF asks it all the same)
 */
public record JudgeRequest(String prompt, String answer, List<String> constraints) {
  public JudgeRequest {
    constraints = List.copyOf(constraints);
  }

  /** Sends this request to {@code judge}. */
  public CompletableFuture<JudgeOutcome> askWith(LlmJudge judge) {
    return judge.judge(prompt, answer, constraints);
  }
}
