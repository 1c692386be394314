package dev.if4j.reward;

import static dev.if4j.reward.RewardTesting.gt;
import static dev.if4j.reward.RewardTesting.sample;
import static dev.if4j.reward.RewardTesting.fieldAndProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.if4j.constraints.InstructionVerdict;
import dev.if4j.text.io.InputProblemException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RewardFunctionTest {
  /** Four IFEval instructions; the answer below breaks only the comma rule (and only strictly). */
  static final RewardGroundTruth FOUR = gt(
      "punctuation:no_comma", Map.of(),
      "length_constraints:number_words", Map.of("relation", "at least", "num_words", 3L),
      "detectable_format:title", Map.of(),
      "startend:end_checker", Map.of("end_phrase", "Bye."));

  /** Strict: [no, yes, yes, yes]; loose: all yes (without its last line the text has no comma). */
  static final String ANSWER = "<<My Title>>\nHello there friend, see you. Bye.";

  final RewardFunction fn = new RewardFunction(RewardTesting.IFEVAL, RewardConfig.defaults());

  @Test
  void theVerlDictMatchesHandComputedValues() {
    RewardResult r = fn.score(sample(ANSWER, FOUR));
    assertThat(r.score()).isEqualTo(0.75);
    assertThat(r.promptStrictAcc()).isEqualTo(0.0);
    assertThat(r.instStrictAcc()).isEqualTo(0.75);
    assertThat(r.promptLooseAcc()).isEqualTo(1.0);
    assertThat(r.instLooseAcc()).isEqualTo(1.0);
    assertThat(r.numInstructions()).isEqualTo(4);
    assertThat(r.numFollowed()).isEqualTo(3);
    assertThat(r.numFollowedLoose()).isEqualTo(4);
    assertThat(r.guard()).isNull();
    assertThat(r.verdicts()).extracting(InstructionVerdict::strict).containsExactly(false, true, true, true);
  }

  @Test
  void allModeGivesOneOnlyWhenEveryInstructionIsFollowed() {
    RewardConfig all = RewardConfig.defaults().withMode(ScoreMode.ALL);
    assertThat(fn.score(sample(ANSWER, FOUR), all).score()).isEqualTo(0.0);
    assertThat(fn.score(sample(ANSWER, FOUR), all.withJudging(Judging.LOOSE)).score()).isEqualTo(1.0);
    assertThat(fn.score(sample(ANSWER.replace(",", ""), FOUR), all).score()).isEqualTo(1.0);
  }

  @Test
  void looseJudgingCountsLooseVerdicts() {
    assertThat(fn.score(sample(ANSWER, FOUR), RewardConfig.defaults().withJudging(Judging.LOOSE)).score()).isEqualTo(1.0);
  }

  @Test
  void weightedModeSumsFollowedTimesMultiplierTimesWeight() {
    RewardConfig weighted = RewardConfig.defaults().withMode(ScoreMode.WEIGHTED)
        .withMultipliers(Map.of("detectable_format:title", 0.5, "punctuation:no_comma", 100.0));
    RewardSample s = new RewardSample(null, ANSWER, FOUR, List.of(1.0, 2.0, 3.0, 4.0), null, null);
    // The comma rule (weight 1, multiplier 100) is broken: 2×1 + 3×0.5 + 4×1.
    assertThat(fn.score(s, weighted).score()).isEqualTo(7.5);
    assertThat(fn.score(sample(ANSWER, FOUR), weighted).score()).isEqualTo(2.5);
  }

  @Test
  void theScaleMultipliesTheScoreButNotTheRawScore() {
    RewardResult r = fn.score(sample(ANSWER, FOUR), RewardConfig.defaults().withScale(10));
    assertThat(r.score()).isEqualTo(7.5);
    assertThat(r.rawScore()).isEqualTo(0.75);
  }

  @Test
  void theReasoningTraceUpToTheLastClosingTagIsNotJudged() {
    String withTrace = "<think>I could, of course, use commas.</think>maybe</think>" + ANSWER;
    assertThat(fn.score(sample(withTrace, FOUR)).numFollowed()).isEqualTo(3);
    assertThat(fn.score(sample(withTrace, FOUR)).verdicts().get(2).strict()).as("title right after the tag").isTrue();
  }

  @Test
  void anUnclosedTraceGetsTheFallbackByDefault() {
    RewardConfig c = RewardConfig.defaults().withFallbackScore(-1);
    RewardResult r = fn.score(sample("<think>still thinking, forever and", FOUR), c);
    assertThat(r.guard()).isEqualTo(Guard.UNCLOSED_THINK);
    assertThat(r.score()).isEqualTo(-1.0);
    assertThat(r.numInstructions()).isEqualTo(4);
    assertThat(r.numFollowed()).isZero();
    // A trace opened again after the last closing tag is unclosed too.
    assertThat(fn.score(sample("<think>a</think>Answer <think>b, c", FOUR), c).guard()).isEqualTo(Guard.UNCLOSED_THINK);
  }

  @Test
  void theBeforePolicyJudgesOnlyTheTextBeforeTheUnclosedTag() {
    RewardConfig c = RewardConfig.defaults().withUnclosedThink(UnclosedThink.BEFORE);
    RewardGroundTruth noComma = gt("punctuation:no_comma", Map.of());
    assertThat(fn.score(sample("Answer without any <think> more, thinking", noComma), c).score()).isEqualTo(1.0);
    assertThat(fn.score(sample("<think> only, thinking", noComma), c).score()).as("nothing before: empty answer").isEqualTo(0.0);
  }

  @Test
  void thinkTagsAreConfigurable() {
    RewardConfig c = RewardConfig.defaults().withThinkTags("<reasoning>", "</reasoning>");
    RewardGroundTruth noComma = gt("punctuation:no_comma", Map.of());
    assertThat(fn.score(sample("<reasoning>a, b</reasoning>fine", noComma), c).score()).isEqualTo(1.0);
    assertThat(fn.score(sample("<think>a, b</think>fine", noComma), c).score()).isEqualTo(0.0);
    assertThat(fn.score(sample("<think>a, b</think>fine", noComma), RewardConfig.defaults().withThinkTags("", "")).score())
        .isEqualTo(0.0);
  }

  @Test
  void endOfTurnTokensAreRemovedFromTheEnd() {
    RewardGroundTruth ends = gt("startend:end_checker", Map.of("end_phrase", "Bye."));
    assertThat(fn.score(sample("See you. Bye.<|im_end|><|endoftext|>", ends)).score()).isEqualTo(1.0);
    assertThat(fn.score(sample("See you. Bye.<|im_end|>", ends), RewardConfig.defaults().withTrailingTokens(List.of())).score())
        .isEqualTo(0.0);
    assertThat(RewardFunction.stripTrailingTokens("a</s><|eot_id|></s>", RewardConfig.DEFAULT_TRAILING_TOKENS)).isEqualTo("a");
    assertThat(RewardFunction.stripTrailingTokens("</s>", RewardConfig.DEFAULT_TRAILING_TOKENS)).isEmpty();
  }

  @Test
  void anAnswerPastTheMaximumLengthGetsTheFallbackUnjudged() {
    RewardConfig c = RewardConfig.defaults().withMaxResponseChars(20).withFallbackScore(0.25);
    RewardResult r = fn.score(sample("x".repeat(21), gt("punctuation:no_comma", Map.of())), c);
    assertThat(r.guard()).isEqualTo(Guard.TOO_LONG);
    assertThat(r.score()).isEqualTo(0.25);
    // The limit applies to the answer: a long trace before it is fine.
    RewardResult ok = fn.score(sample("<think>" + "y".repeat(100) + "</think>short", gt("punctuation:no_comma", Map.of())), c);
    assertThat(ok.guard()).isNull();
    assertThat(ok.score()).isEqualTo(1.0);
  }

  @Test
  void anEmptyAnswerFollowsNothing() {
    RewardResult r = fn.score(sample("<think>all, thought</think>   ", gt("punctuation:no_comma", Map.of())));
    assertThat(r.score()).isEqualTo(0.0);
    assertThat(r.guard()).isNull();
  }

  @Test
  void withoutLooseMetricsOnlyStrictVerdictsAreComputed() {
    RewardConfig strictOnly = RewardConfig.defaults().withLooseMetrics(false);
    RewardResult r = fn.score(sample(ANSWER, FOUR), strictOnly);
    assertThat(r.score()).isEqualTo(0.75);
    assertThat(r.hasLoose()).isFalse();
    assertThat(r.numFollowedLoose()).isZero();
    assertThat(r.promptLooseAcc()).isZero();
    // Loose judging needs loose verdicts whatever the setting.
    RewardResult loose = fn.score(sample(ANSWER, FOUR), strictOnly.withJudging(Judging.LOOSE));
    assertThat(loose.hasLoose()).isTrue();
    assertThat(loose.score()).isEqualTo(1.0);
  }

  @Test
  void samplesSharingAGroundTruthShareItsConstraints() {
    RewardGroundTruth shared = gt("punctuation:no_comma", Map.of());
    var a = shared.prepared().built(RewardTesting.IFEVAL, new dev.if4j.constraints.Row("", "", "x", shared.instructionIds(), shared.kwargs()));
    var b = shared.prepared().built(RewardTesting.IFEVAL, new dev.if4j.constraints.Row("", "", "y", shared.instructionIds(), shared.kwargs()));
    var other = shared.prepared().built(RewardTesting.IFEVAL, new dev.if4j.constraints.Row("", "p", "y", shared.instructionIds(), shared.kwargs()));
    assertThat(b).isSameAs(a);
    assertThat(other).isNotSameAs(a);
    assertThat(fn.score(sample("a, b", shared)).score()).isEqualTo(0.0);
    assertThat(fn.score(sample("a b", shared)).score()).isEqualTo(1.0);
  }

  @Test
  void openInstructGroundTruthReadsTheAnswerAsItsVerifierDoes() {
    RewardGroundTruth gt = RewardGroundTruth.decode(
        "[{'instruction_id': ['startend:quotation'], 'kwargs': [None]}]");
    // open-instruct strips the answer and drops <answer> tags before checking.
    assertThat(fn.score(sample("<think>hm</think>\n<answer>\"quoted\"</answer>\n", gt)).score()).isEqualTo(1.0);
    RewardGroundTruth plain = gt("startend:quotation", Map.of());
    assertThat(fn.score(sample("<think>hm</think>\n<answer>\"quoted\"</answer>\n", plain)).score()).isEqualTo(0.0);
  }

  @Test
  void explainAttachesReasons() {
    RewardResult r = fn.score(sample(ANSWER, FOUR), RewardConfig.defaults().withExplain(true));
    assertThat(r.explained()).isTrue();
    assertThat(r.verdicts().get(0).reason()).isNotEmpty();
    assertThat(r.verdicts().get(0).looseVariant()).isNotNull();
  }

  @Test
  void unknownIdsAndInvalidArgumentsNameTheField() {
    assertThatThrownBy(() -> fn.score(sample("x", gt("punctuation:no_coma", Map.of()))))
        .isInstanceOf(InputProblemException.class)
        .satisfies(e -> assertThat(((InputProblemException) e).field()).isEqualTo("ground_truth.instruction_id_list[0]"))
        .satisfies(e -> assertThat(fieldAndProblem(e)).contains("did you mean punctuation:no_comma"));
    assertThatThrownBy(() -> fn.score(sample("x", gt("punctuation:no_comma", Map.of(),
        "length_constraints:number_words", Map.of("num_words", "ten")))))
        .isInstanceOf(InputProblemException.class)
        .satisfies(e -> assertThat(((InputProblemException) e).field()).isEqualTo("ground_truth.kwargs[1]"));
  }

  @Test
  void anInstructionThatRepeatsThePromptNeedsOne() {
    RewardFunction f = new RewardFunction(RewardTesting.SLOW, RewardConfig.defaults());
    RewardGroundTruth g = gt("test:contains_prompt", Map.of());
    assertThatThrownBy(() -> f.score(sample("x", g)))
        .isInstanceOf(InputProblemException.class)
        .satisfies(e -> assertThat(fieldAndProblem(e)).isEqualTo("prompt: missing, and instruction test:contains_prompt needs the prompt"));
    assertThat(f.score(RewardSample.of("Say hi", "I say: Say hi", g)).score()).isEqualTo(1.0);
  }

  @Test
  void scoresAreExactFractions() {
    RewardGroundTruth three = gt("punctuation:no_comma", Map.of(), "detectable_format:title", Map.of(),
        "startend:end_checker", Map.of("end_phrase", "Bye."));
    assertThat(fn.score(sample("no title, Bye.", three)).score()).isCloseTo(1.0 / 3, within(1e-12));
  }
}
