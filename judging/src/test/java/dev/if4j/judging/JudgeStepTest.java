package dev.if4j.judging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.InstructionVerdict;
import dev.if4j.llm.judge.JudgeOutcome;
import dev.if4j.llm.judge.JudgePolicy;
import org.junit.jupiter.api.Test;

class JudgeStepTest {
  static final JudgeOutcome FAILED = JudgeOutcome.failed("HTTP 500", "k");

  @Test
  void aVerdictCountsUnderEveryPolicy() {
    for (JudgePolicy p : JudgePolicy.values()) {
      assertThat(JudgeStep.decide(JudgeOutcome.of(2, false, "k"), p)).isEqualTo(new JudgeStep.Counted(2, null));
    }
  }

  @Test
  void aFailedCallFailsIsLeftOutOrCountsZeroByPolicy() {
    assertThat(JudgeStep.decide(FAILED, JudgePolicy.FAIL)).isEqualTo(new JudgeStep.Failed("HTTP 500"));
    assertThat(JudgeStep.decide(FAILED, JudgePolicy.EXCLUDE)).isEqualTo(new JudgeStep.Excluded("HTTP 500"));
    assertThat(JudgeStep.decide(FAILED, JudgePolicy.ZERO)).isEqualTo(new JudgeStep.Counted(0, "HTTP 500"));
  }

  @Test
  void theRowVerdictSaysWhatTheJudgeSaid() {
    InstructionVerdict yes = JudgeStep.verdict(new JudgeStep.Counted(1, null), true, true);
    assertThat(yes.strict()).isTrue();
    assertThat(yes.reason()).isEqualTo("judge verdict [[1]] (cached)");
    InstructionVerdict zero = JudgeStep.verdict(new JudgeStep.Counted(0, "HTTP 500"), false, true);
    assertThat(zero.strict()).isFalse();
    assertThat(zero.reason()).isEqualTo("the LLM judge failed (counted as verdict 0): HTTP 500");
    assertThat(JudgeStep.verdict(new JudgeStep.Counted(1, null), false, false).reason()).isEmpty();
  }
}
