package dev.if4j.judging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.InstructionVerdict;
import dev.if4j.constraints.groundtruth.GroundTruth;
import dev.if4j.constraints.groundtruth.GroundTruthFormat;
import dev.if4j.constraints.groundtruth.RuleRunner;
import dev.if4j.constraints.groundtruth.VerinstructRules;
import dev.if4j.constraints.ifeval.IfEval;
import dev.if4j.llm.judge.JudgePolicy;
import dev.if4j.text.TextTools;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.text.resources.ResourceStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JudgeTest {
  static final Evaluator IFEVAL = new Evaluator(IfEval.registry(), new TextTools(ResourceStore.offline(
      Path.of(System.getProperty("if4j.shared", "../shared"), "resources"))));

  /** Passes when the function's source says PASS; no verdict when it says RAISE (a stand-in for the sandbox). */
  static final RuleRunner RULES = (checker, response) -> checker.function().contains("RAISE")
      ? RuleRunner.Outcome.none("raised ValueError")
      : RuleRunner.Outcome.of(checker.function().contains("PASS"));

  static final Verification PYTHON = new Verification(VerinstructRules.PYTHON, RULES, null, JudgePolicy.FAIL);

  static PreparedTruth instructions(List<String> ids, List<Args> args, List<String> soft) {
    return new PreparedTruth(new GroundTruth.Instructions(GroundTruthFormat.IFEVAL, ids, args, soft));
  }

  static PreparedTruth checkers(String... textAndFunction) {
    List<GroundTruth.Checker> list = new java.util.ArrayList<>();
    for (int i = 0; i < textAndFunction.length; i += 2) {
      String checker = textAndFunction[i];
      GroundTruth.Kind kind = checker.contains("[llm]") ? GroundTruth.Kind.LLM
          : checker.contains("[rule]") ? GroundTruth.Kind.RULE : GroundTruth.Kind.UNTAGGED;
      String text = checker.replace("[llm]", "").replace("[rule]", "").strip();
      list.add(new GroundTruth.Checker(i / 2, kind, checker, text, textAndFunction[i + 1]));
    }
    return new PreparedTruth(new GroundTruth.Checkers(GroundTruthFormat.VERINSTRUCT, list));
  }

  @Test
  void registryInstructionsGiveStrictAndLooseVerdictsAndNoJudgeRequest() {
    Judge judge = new Judge(IFEVAL, Verification.registryOnly());
    Judgment j = judge.judge(instructions(List.of("punctuation:no_comma", "change_case:english_lowercase"),
        List.of(Args.empty(), Args.empty()), null), "r", "", "hello, world", true, true);
    assertThat(j.rules()).extracting(InstructionVerdict::strict).containsExactly(false, true);
    assertThat(j.hybrid()).isFalse();
  }

  @Test
  void softConstraintsBecomeThePendingJudgeRequestBesideTheRuleVerdicts() {
    Judge judge = new Judge(IFEVAL, Verification.registryOnly());
    Judgment j = judge.judge(instructions(List.of("punctuation:no_comma"), List.of(Args.empty()), List.of("Be kind.")),
        "r", "Write.", "hello", false, false);
    assertThat(j.rules()).extracting(InstructionVerdict::strict).containsExactly(true);
    assertThat(j.pending()).isEqualTo(new JudgeRequest("Write.", "hello", List.of("Be kind.")));
  }

  @Test
  void pythonRulesRunOncePerRuleCheckerAndTheLlmCheckersArePending() {
    AtomicInteger runs = new AtomicInteger();
    RuleRunner counting = (c, answer) -> {
      runs.incrementAndGet();
      return RULES.run(c, answer);
    };
    Judge judge = new Judge(IFEVAL, new Verification(VerinstructRules.PYTHON, counting, null, JudgePolicy.FAIL));
    Judgment j = judge.judge(checkers("[rule] a", "# PASS", "[rule] b", "# RAISE", "[llm] Be polite.", "", "x", ""),
        "", "p", "answer", true, true);
    assertThat(runs).hasValue(2);
    assertThat(j.rules()).extracting(InstructionVerdict::instructionId).containsOnly(RuleChecks.RULE_ID);
    assertThat(j.rules()).extracting(InstructionVerdict::reason).containsExactly(
        "check_following returned a truthy value", "no verdict (counts as not followed): raised ValueError");
    assertThat(j.pending().constraints()).containsExactly("[llm] Be polite.");
  }

  @Test
  void inTheRegistryModeRulesAreJudgedAsTheInstructionTheyState() {
    Judge judge = new Judge(IFEVAL, Verification.registryOnly());
    PreparedTruth truth = checkers("[rule] Your entire response should be in English, and in all lowercase letters."
        + " No capital letters are allowed.", "");
    Judgment j = judge.judge(truth, "", "", "all lowercase", false, true);
    assertThat(j.rules()).extracting(InstructionVerdict::instructionId).containsExactly("change_case:english_lowercase");
    assertThat(judge.mapping(truth)).isSameAs(judge.mapping(truth));
  }

  @Test
  void aRuleThatStatesNoInstructionIsAnInputProblemNamingItsChecker() {
    Judge judge = new Judge(IFEVAL, Verification.registryOnly());
    assertThatThrownBy(() -> judge.judge(checkers("[llm] x", "", "[rule] Dance.", ""), "", "", "a", false, true))
        .isInstanceOfSatisfying(InputProblemException.class, e -> {
          assertThat(e.field()).isEqualTo("checkers[1]");
          assertThat(e.problem()).startsWith("states no ifeval instruction");
        });
  }

  @Test
  void anInvalidArgumentIsAnInputProblemNamingItsKwargs() {
    Judge judge = new Judge(IFEVAL, Verification.registryOnly());
    PreparedTruth truth = instructions(List.of("punctuation:no_comma", "length_constraints:number_words"),
        List.of(Args.empty(), Args.of("length_constraints:number_words", Map.of("relation", "about", "num_words", 3L))),
        null);
    assertThatThrownBy(() -> judge.judge(truth, "", "", "a", false, true))
        .isInstanceOfSatisfying(InputProblemException.class, e -> assertThat(e.field()).isEqualTo("kwargs[1]"));
  }

  @Test
  void anUnknownIdIsAnInputProblemNamingItsPlaceInTheList() {
    Judge judge = new Judge(IFEVAL, Verification.registryOnly());
    PreparedTruth truth = instructions(List.of("punctuation:no_comma", "no_such:id"),
        List.of(Args.empty(), Args.empty()), null);
    assertThatThrownBy(() -> judge.prepare(truth, "", ""))
        .isInstanceOfSatisfying(InputProblemException.class, e -> {
          assertThat(e.field()).isEqualTo("instruction_id_list[1]");
          assertThat(e.problem()).startsWith("unknown instruction id 'no_such:id' in registry ifeval");
        });
  }

  @Test
  void aFunctionCallIsJudgedByItsFunctionWithOneVerdict() {
    Judge judge = new Judge(IFEVAL, Verification.registryOnly());
    PreparedTruth truth = new PreparedTruth(new GroundTruth.FunctionCall(GroundTruthFormat.RLVR_IFEVAL,
        "validate_lowercase", Map.of(), "{\"func_name\": \"validate_lowercase\"}"));
    assertThat(judge.judge(truth, "", "", "all lower", false, true).rules())
        .extracting(InstructionVerdict::instructionId, InstructionVerdict::strict)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("validate_lowercase", true));
    assertThat(judge.judge(truth, "", "", "Not Lower", false, true).rules().get(0).strict()).isFalse();
  }

  @Test
  void aGroupSharingOnePreparedTruthBuildsItsConstraintsOnce() {
    Judge judge = new Judge(IFEVAL, Verification.registryOnly());
    PreparedTruth truth = instructions(List.of("punctuation:no_comma"), List.of(Args.empty()), null);
    judge.judge(truth, "", "p", "a", false, false);
    var first = truth.built(IFEVAL, new dev.if4j.constraints.Row("", "p", "", List.of("punctuation:no_comma"),
        List.of(Args.empty())));
    judge.judge(truth, "", "p", "b", false, false);
    assertThat(truth.built(IFEVAL, new dev.if4j.constraints.Row("", "p", "", List.of("punctuation:no_comma"),
        List.of(Args.empty())))).isSameAs(first);
  }

  @Test
  void theVerificationIsAskedForOnlyWhenRulesNeedIt() {
    AtomicInteger asked = new AtomicInteger();
    Judge judge = new Judge(IFEVAL, () -> {
      asked.incrementAndGet();
      return PYTHON;
    });
    judge.judge(instructions(List.of("punctuation:no_comma"), List.of(Args.empty()), null), "", "", "a", false, true);
    assertThat(asked).hasValue(0);
    judge.judge(checkers("[rule] a", "# PASS"), "", "", "a", false, true);
    assertThat(asked).hasValue(1);
  }
}
