package dev.if4j.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.ifeval.NoComma;
import dev.if4j.text.TextTools;
import dev.if4j.text.resources.ResourceStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorStrictOnlyTest {
  static final Evaluator EVALUATOR = new Evaluator(Registry.of("t", List.of(NoComma.TYPE)), new TextTools(
      ResourceStore.offline(Path.of(System.getProperty("if4j.shared", "../shared"), "resources"))));

  /** Strict fails (a comma on the last line); loose passes once the last line is dropped. */
  static final Row ROW = new Row("r", "", "no commas here\na, b", List.of("punctuation:no_comma"),
      List.of(Args.of("punctuation:no_comma", Map.of())));

  @Test
  void withLooseTheVariantsAreTried() {
    InstructionVerdict v = EVALUATOR.evaluate("r", ROW.response(), EVALUATOR.build(ROW), true, true).instructions().get(0);
    assertThat(v.strict()).isFalse();
    assertThat(v.loose()).isTrue();
    assertThat(v.looseVariant()).isEqualTo(LooseVariant.NO_LAST_LINE);
  }

  @Test
  void withoutLooseOnlyTheStrictVerdictIsComputedAndReportedForBoth() {
    InstructionVerdict v = EVALUATOR.evaluate("r", ROW.response(), EVALUATOR.build(ROW), true, false).instructions().get(0);
    assertThat(v.strict()).isFalse();
    assertThat(v.loose()).isFalse();
    assertThat(v.looseVariant()).isNull();
    InstructionVerdict ok = EVALUATOR.evaluate("r", "fine", EVALUATOR.build(ROW), false, false).instructions().get(0);
    assertThat(ok.strict()).isTrue();
    assertThat(ok.loose()).isTrue();
  }

  @Test
  void theFourArgumentFormStillComputesLoose() {
    assertThat(EVALUATOR.evaluate("r", ROW.response(), EVALUATOR.build(ROW), false).instructions().get(0).loose()).isTrue();
  }
}
