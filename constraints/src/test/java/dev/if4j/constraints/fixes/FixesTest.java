package dev.if4j.constraints.fixes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.ArgumentException;
import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.InstructionVerdict;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.Row;
import dev.if4j.constraints.fixes.Fix.Outcome;
import dev.if4j.constraints.ifbench.IfBench;
import dev.if4j.constraints.ifeval.IfEval;
import dev.if4j.constraints.ifevalg.IfEvalG;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FixesTest {
  private static final Map<String, Registry> FAITHFUL = Map.of(
      IfEval.NAME, IfEval.registry(), IfBench.NAME, IfBench.registry(), IfEvalG.NAME, IfEvalG.registry());

  static Stream<Fix> fixes() {
    return Fixes.all().stream();
  }

  /** Every fix's example: the faithful outcome, and the outcome with that fix alone. */
  @ParameterizedTest
  @MethodSource("fixes")
  void theExampleChangesVerdictAsDocumented(Fix fix) {
    Fix.Example ex = fix.example();
    Registry faithful = FAITHFUL.get(ex.registry());
    Row row = new Row(ex.key(), "", ex.response(), List.of(ex.instructionId()),
        List.of(Args.of(ex.instructionId(), ex.kwargs())));
    assertThat(outcome(faithful, row)).as("faithful").isEqualTo(ex.faithful());
    Outcome withFix = fix.kind() == Fix.Kind.DATA
        ? outcome(faithful, DataPatches.ifeval().apply(row).row())
        : outcome(Fixes.enable(faithful, List.of(fix.id())), row);
    assertThat(withFix).as("with " + fix.id()).isEqualTo(ex.withFix());
    assertThat(ex.withFix()).isNotEqualTo(ex.faithful());
  }

  private static Outcome outcome(Registry registry, Row row) {
    Evaluator evaluator = new Evaluator(registry, FixTesting.TOOLS);
    InstructionVerdict v;
    try {
      v = evaluator.evaluate(row, false).instructions().get(0);
    } catch (ArgumentException e) {
      return Outcome.ARGUMENT_ERROR;
    }
    if (v.referenceRandom()) return Outcome.RANDOM;
    return v.strict() ? Outcome.FOLLOWED : Outcome.NOT_FOLLOWED;
  }

  @ParameterizedTest
  @MethodSource("fixes")
  void everyFixNamesCheckersOfEachOfItsRegistries(Fix fix) {
    assertThat(fix.registries()).isNotEmpty().allMatch(FAITHFUL::containsKey);
    for (String registry : fix.registries()) {
      for (String checker : fix.checkers()) {
        if (checker.equals("*")) continue;
        if (fix.kind() == Fix.Kind.CHECKER) {
          assertThat(FAITHFUL.get(registry).contains(checker)).as(registry + " has " + checker).isTrue();
        }
      }
    }
    assertThat(fix.rationale()).isNotBlank();
    assertThat(fix.source()).isNotBlank();
  }

  @Test
  void theFaithfulRegistriesHaveNoFixes() {
    FAITHFUL.values().forEach(r -> assertThat(r.fixes()).isEmpty());
  }

  @Test
  void theFixedFlavourEnablesEveryFixThatApplies() {
    Registry fixed = Fixes.fixed(IfBench.registry());
    assertThat(fixed.name()).isEqualTo("ifbench-fixed");
    assertThat(fixed.fixes()).containsExactlyInAnyOrder("no-random-args", "nth-paragraph-non-blank",
        "constrained-response-one-option", "line-indent-drop-blank-lines", "ratio-needs-sentences", "keywords-whole-words",
        "words-position-skip-punctuation", "sentence-words-unique", "overlap-word-trigrams",
        "sentence-alphabet-skip-quotes");
    assertThat(fixed.ids()).isEqualTo(IfBench.registry().ids());
    assertThat(Fixes.fixed(IfEval.registry()).fixes())
        .containsExactlyInAnyOrder("no-random-args", "nth-paragraph-non-blank", "constrained-response-one-option",
            "data");
    assertThat(Fixes.fixed(IfEvalG.registry()).fixes()).containsExactlyInAnyOrder("no-random-args",
        "nth-paragraph-non-blank", "constrained-response-one-option", "punctuation-is-not-a-word",
        "composition-divider");
  }

  @Test
  void aChosenSubsetIsNamedAfterItsFixes() {
    Registry r = Fixes.enable(IfEval.registry(), List.of("nth-paragraph-non-blank"));
    assertThat(r.name()).isEqualTo("ifeval+nth-paragraph-non-blank");
    assertThat(r.fixes()).containsExactly("nth-paragraph-non-blank");
    assertThat(Fixes.enable(IfEval.registry(), List.of()).name()).isEqualTo("ifeval");
  }

  @Test
  void refusesUnknownInapplicableAndDoubleFixes() {
    assertThatThrownBy(() -> Fixes.enable(IfEval.registry(), List.of("nth-paragrph")))
        .hasMessageContaining("unknown fix 'nth-paragrph'").hasMessageContaining("nth-paragraph-non-blank");
    assertThatThrownBy(() -> Fixes.enable(IfEval.registry(), List.of("keywords-whole-words")))
        .hasMessageContaining("does not apply to registry ifeval (it applies to ifbench)");
    assertThatThrownBy(() -> Fixes.enable(Fixes.fixed(IfEval.registry()), List.of("data")))
        .hasMessageContaining("already has fixes");
  }

  @Test
  void noRandomArgsNamesTheMissingArgument() {
    Registry r = Fixes.enable(IfEval.registry(), List.of("no-random-args"));
    Row row = new Row("r", "", "text", List.of("length_constraints:number_words"),
        List.of(Args.of("length_constraints:number_words", Map.of("num_words", 10))));
    assertThatThrownBy(() -> new Evaluator(r, FixTesting.TOOLS).evaluate(row, false))
        .isInstanceOf(ArgumentException.class)
        .hasMessage("length_constraints:number_words: argument 'relation': missing: the reference would fill"
            + " it in at random; fix no-random-args never draws, so give every argument a valid value");
    Row negative = new Row("r", "", "text", List.of("length_constraints:number_words"),
        List.of(Args.of("length_constraints:number_words", Map.of("num_words", -1, "relation", "at least"))));
    assertThatThrownBy(() -> new Evaluator(r, FixTesting.TOOLS).evaluate(negative, false))
        .hasMessageStartingWith("length_constraints:number_words: argument 'kwargs' = {")
        .hasMessageContaining("num_words=-1").hasMessageContaining("}: invalid: the reference would fill it in");
  }

  @Test
  void noRandomArgsLeavesCompleteArgumentsAlone() {
    Registry r = Fixes.enable(IfEval.registry(), List.of("no-random-args"));
    Row row = new Row("r", "", "one two three", List.of("length_constraints:number_words", "keywords:letter_frequency"),
        List.of(Args.of("length_constraints:number_words", Map.of("num_words", 3, "relation", "at least")),
            Args.of("keywords:letter_frequency", Map.of("letter", "!", "let_frequency", 1, "let_relation", "less than"))));
    var v = new Evaluator(r, FixTesting.TOOLS).evaluate(row, false);
    assertThat(v.strict()).containsExactly(true, true);
  }

  @Test
  void randomArgsForPromptSynthesisStillDraw() {
    var type = Fixes.fixed(IfEval.registry()).get("length_constraints:number_words");
    assertThat(type.randomArgs(new dev.if4j.text.PyRandom(1))).containsKeys("num_words", "relation");
  }
}
