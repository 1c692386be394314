package dev.if4j.reward;

import dev.if4j.judging.RuleChecks;
import dev.if4j.judging.Verification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.if4j.constraints.groundtruth.GroundTruth;
import dev.if4j.constraints.groundtruth.RuleRunner;
import dev.if4j.constraints.groundtruth.VerinstructRules;
import dev.if4j.llm.ChatClient;
import dev.if4j.llm.RetryPolicy;
import dev.if4j.llm.judge.JudgeCache;
import dev.if4j.llm.judge.JudgePolicy;
import dev.if4j.llm.judge.JudgePrompt;
import dev.if4j.llm.judge.LlmJudge;
import dev.if4j.llm.loopback.LoopbackServer;
import dev.if4j.llm.loopback.LoopbackServer.Status;
import dev.if4j.text.io.InputProblemException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Hybrid (VerIF) rewards: rule part × or + judge verdict, with a scripted judge on the loopback. */
class HybridRewardTest {
  private LoopbackServer server;
  private LlmJudge judge;
  private BatchScorer scorer;

  @AfterEach
  void close() {
    if (scorer != null) scorer.close();
    if (judge != null) judge.close();
    if (server != null) server.close();
  }

  /** Passes when the function's source says PASS (a stand-in for the sandbox). */
  static final RuleRunner RULES = (checker, response) -> checker.function().contains("RAISE")
      ? RuleRunner.Outcome.none("raised ValueError")
      : RuleRunner.Outcome.of(checker.function().contains("PASS"));

  private BatchScorer start(LoopbackServer.Script script, RewardConfig config, JudgePrompt prompt) throws Exception {
    server = LoopbackServer.start(script, 4);
    ChatClient client = new ChatClient(new ChatClient.Config(ChatClient.chatCompletionsUri(server.base().toString()),
        null, Duration.ofSeconds(5), Duration.ofSeconds(5), new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(10))));
    judge = new LlmJudge(client, LlmJudge.Config.verif("judge").withPrompt(prompt), JudgeCache.inMemory());
    RewardFunction f = new RewardFunction(RewardTesting.IFEVAL, config,
        new Verification(VerinstructRules.PYTHON, RULES, judge, JudgePolicy.FAIL));
    scorer = new BatchScorer(f, 2);
    return scorer;
  }

  private BatchScorer start(LoopbackServer.Script script, RewardConfig config) throws Exception {
    return start(script, config, JudgePrompt.defaults());
  }

  private static LoopbackServer.Script says(String reply) {
    return r -> LoopbackServer.ok(reply);
  }

  /** Two rules (one passes) and one [llm] checker. */
  private static RewardGroundTruth checkers() {
    return RewardGroundTruth.decode(Map.of(
        "checkers", List.of("[rule] Use at least 3 words.", "[rule] End with a period.", "[llm] Be polite.", "untagged"),
        "functions", List.of("# PASS", "# fails", "", "")));
  }

  private static RewardSample sample(RewardGroundTruth gt) {
    return RewardSample.of("Write a note.", "<think>hmm</think>  Thanks a lot!  ", gt);
  }

  private static RewardConfig weighted(double w, JudgePolicy p) {
    return RewardConfig.defaults().withHybrid(new RewardConfig.HybridOptions(Combination.WEIGHTED, w, p));
  }

  private static RewardConfig verif(JudgePolicy p) {
    return RewardConfig.defaults().withHybrid(new RewardConfig.HybridOptions(Combination.VERIF, 0.5, p));
  }

  @Test
  void verifMultipliesTheRuleMeanByTheVerdict() throws Exception {
    BatchScorer s = start(r -> LoopbackServer.ok(r.lastMessage().contains("Thanks a lot!") ? "[[1]] ok" : "[[0]]"),
        RewardConfig.defaults().withScale(10));
    RewardResult r = s.scoreAll(List.of(sample(checkers()))).get(0);

    assertThat(r.rawScore()).isEqualTo(0.5);
    assertThat(r.score()).isEqualTo(5.0);
    assertThat(r.hybrid().ruleScore()).isEqualTo(0.5);
    assertThat(r.hybrid().judgeVerdict()).isEqualTo(1);
    assertThat(r.hybrid().rules()).isEqualTo(2);
    assertThat(r.numInstructions()).isEqualTo(2);
    assertThat(r.numFollowed()).isEqualTo(1);
    assertThat(r.ruleNanos()).isPositive();
    assertThat(r.hybrid().judgeNanos()).isPositive();
    // The judge sees the answer after the thinking, stripped, and the [llm] checker as written.
    String prompt = server.log().get(0).lastMessage();
    assertThat(prompt).contains("Write a note.").contains("\nThanks a lot!\n").contains("[llm] Be polite.")
        .doesNotContain("hmm").doesNotContain("untagged").doesNotContain("Use at least");
  }

  @Test
  void verifScoresZeroWhenTheJudgeSaysNoOrGivesNoVerdict() throws Exception {
    BatchScorer s = start(says("The response is impolite."), RewardConfig.defaults());
    RewardResult r = s.scoreAll(List.of(sample(checkers()))).get(0);
    assertThat(r.score()).isZero();
    assertThat(r.hybrid().judgeVerdict()).isZero();
    assertThat(r.guard()).isNull();
  }

  @Test
  void verifAsksTheJudgeEvenWithoutLlmCheckersWithAnEmptyList() throws Exception {
    BatchScorer s = start(says("[[1]]"), RewardConfig.defaults(), JudgePrompt.of("C={constraints_repr} R={response}"));
    RewardGroundTruth rulesOnly = RewardGroundTruth.decode(Map.of("checkers", List.of("[rule] a", "[rule] b", "[rule] c", "[rule] d"),
        "functions", List.of("PASS", "PASS", "PASS", "no")));
    RewardResult r = s.scoreAll(List.of(sample(rulesOnly))).get(0);
    assertThat(r.score()).isEqualTo(0.75);
    assertThat(server.requests()).isEqualTo(1);
    assertThat(server.log().get(0).lastMessage()).isEqualTo("C=[] R=Thanks a lot!");
  }

  @Test
  void noRuleCheckerMeansARuleScoreOfOne() throws Exception {
    BatchScorer s = start(says("[[1]]"), RewardConfig.defaults(), JudgePrompt.of("{constraints_repr}|{response}"));
    RewardGroundTruth llmOnly = RewardGroundTruth.decode(Map.of("checkers", List.of("[llm] Be 'kind'.", "[llm] Be brief."),
        "functions", List.of("", "")));
    RewardResult r = s.scoreAll(List.of(sample(llmOnly))).get(0);
    assertThat(r.score()).isEqualTo(1.0);
    assertThat(r.hybrid().ruleScore()).isEqualTo(1.0);
    assertThat(server.log().get(0).lastMessage()).isEqualTo("[\"[llm] Be 'kind'.\", '[llm] Be brief.']|Thanks a lot!");
  }

  @Test
  void weightedAddsTheParts() throws Exception {
    BatchScorer s = start(says("[[1]]"), weighted(0.25, JudgePolicy.FAIL));
    RewardResult r = s.scoreAll(List.of(sample(checkers()))).get(0);
    assertThat(r.rawScore()).isCloseTo(0.25 * 0.5 + 0.75 * 1, within(1e-12));
    assertThat(r.hybrid().combination()).isEqualTo(Combination.WEIGHTED);
  }

  @Test
  void weightedDoesNotAskTheJudgeWithoutConstraintsForIt() throws Exception {
    BatchScorer s = start(says("[[0]]"), weighted(0.25, JudgePolicy.FAIL));
    RewardGroundTruth rulesOnly = RewardGroundTruth.decode(Map.of("checkers", List.of("[rule] a", "[rule] b"),
        "functions", List.of("PASS", "no")));
    RewardResult r = s.scoreAll(List.of(sample(rulesOnly))).get(0);
    assertThat(r.rawScore()).isEqualTo(0.5);
    assertThat(r.hybrid().judgeCalled()).isFalse();
    assertThat(r.hybrid().judgeVerdict()).isEqualTo(-1);
    assertThat(server.requests()).isZero();
  }

  @Test
  void aRaisingRuleCountsAsNotFollowedWithItsReason() throws Exception {
    BatchScorer s = start(says("[[1]]"), RewardConfig.defaults().withExplain(true));
    RewardGroundTruth gt = RewardGroundTruth.decode(Map.of("checkers", List.of("[rule] a", "[rule] b"),
        "functions", List.of("PASS", "RAISE")));
    RewardResult r = s.scoreAll(List.of(sample(gt))).get(0);
    assertThat(r.rawScore()).isEqualTo(0.5);
    assertThat(r.verdicts().get(1).reason()).contains("raised ValueError");
    assertThat(r.verdicts().get(0).instructionId()).isEqualTo(RuleChecks.RULE_ID);
  }

  @Test
  void softConstraintsJoinRegistryInstructions() throws Exception {
    BatchScorer s = start(says("[[1]]"), RewardConfig.defaults(), JudgePrompt.of("{constraints}|{response}"));
    RewardGroundTruth gt = RewardGroundTruth.decode(Map.of(
        "instruction_id_list", List.of("punctuation:no_comma", "change_case:english_lowercase"),
        "kwargs", List.of(Map.of(), Map.of()),
        "soft_constraints", List.of("Sound cheerful.", "Mention tea.")));
    RewardResult r = s.scoreAll(List.of(RewardSample.of("p", "Tea, please.", gt))).get(0);
    // no_comma fails, lowercase fails: rule mean 0; 0 x 1.
    assertThat(r.rawScore()).isZero();
    RewardResult ok = s.scoreAll(List.of(RewardSample.of("p", "tea please", gt))).get(0);
    assertThat(ok.rawScore()).isEqualTo(1.0);
    assertThat(server.log().get(0).lastMessage()).isEqualTo("Sound cheerful.\nMention tea.|Tea, please.");
  }

  @Test
  void failPolicyGivesTheFallbackWithTheReason() throws Exception {
    BatchScorer s = start(r -> new Status(503, null, 0), verif(JudgePolicy.FAIL).withFallbackScore(-1));
    RewardResult r = s.scoreAll(List.of(sample(checkers()))).get(0);
    assertThat(r.guard()).isEqualTo(Guard.JUDGE_FAILED);
    assertThat(r.score()).isEqualTo(-1);
    assertThat(r.hybrid().judgeFailure()).contains("503");
    assertThat(r.hybrid().ruleScore()).isEqualTo(0.5);
    assertThat(server.requests()).isEqualTo(2);
    assertThat(judge.failures()).isEqualTo(1);
  }

  @Test
  void excludePolicyScoresTheRulePartAlone() throws Exception {
    BatchScorer s = start(r -> new Status(500, null, 0), verif(JudgePolicy.EXCLUDE));
    RewardResult r = s.scoreAll(List.of(sample(checkers()))).get(0);
    assertThat(r.guard()).isNull();
    assertThat(r.rawScore()).isEqualTo(0.5);
    assertThat(r.hybrid().judgeVerdict()).isEqualTo(-1);
    assertThat(r.hybrid().judgeFailure()).contains("500");
    // Nothing left to score without rules: the fallback.
    RewardGroundTruth llmOnly = RewardGroundTruth.decode(Map.of("checkers", List.of("[llm] x"), "functions", List.of("")));
    assertThat(s.scoreAll(List.of(sample(llmOnly))).get(0).guard()).isEqualTo(Guard.JUDGE_FAILED);
  }

  @Test
  void zeroPolicyTakesVerdictZero() throws Exception {
    BatchScorer s = start(r -> new Status(500, null, 0), weighted(0.5, JudgePolicy.ZERO));
    RewardResult r = s.scoreAll(List.of(sample(checkers()))).get(0);
    assertThat(r.guard()).isNull();
    assertThat(r.rawScore()).isEqualTo(0.25);
    RewardResult v = new BatchScorer(scorer.function(), 1).scoreAll(List.of(sample(checkers())), verif(JudgePolicy.ZERO)).get(0);
    assertThat(v.rawScore()).isZero();
  }

  @Test
  void aGroupOfIdenticalSamplesAsksTheJudgeOnce() throws Exception {
    BatchScorer s = start(says("[[1]]"), RewardConfig.defaults());
    RewardGroundTruth gt = checkers();
    List<RewardResult> rs = s.scoreAll(List.of(sample(gt), sample(gt), sample(gt), sample(gt)));
    assertThat(rs).allSatisfy(r -> assertThat(r.rawScore()).isEqualTo(0.5));
    assertThat(server.requests()).isEqualTo(1);
    assertThat(rs.stream().filter(r -> r.hybrid().judgeCached()).count()).isEqualTo(3);
  }

  @Test
  void scoreWithJudgeWaitsForTheVerdict() throws Exception {
    BatchScorer s = start(says("[[1]]"), RewardConfig.defaults());
    RewardResult r = s.function().scoreWithJudge(sample(checkers()), RewardConfig.defaults());
    assertThat(r.judgePending()).isFalse();
    assertThat(r.rawScore()).isEqualTo(0.5);
    assertThat(s.function().score(sample(checkers()), RewardConfig.defaults()).judgePending()).isTrue();
  }

  /** Rules that take 300 ms each, with or without a time limit of their own. */
  private static RuleRunner slowRules(Duration ownLimit) {
    return new RuleRunner() {
      @Override
      public Outcome run(GroundTruth.Checker checker, String response) {
        try {
          Thread.sleep(300);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return RULES.run(checker, response);
      }

      @Override
      public Duration timeLimit() {
        return ownLimit;
      }
    };
  }

  @Test
  void sandboxedRulesExtendTheSampleBudgetByTheirOwnLimit() throws Exception {
    server = LoopbackServer.start(says("[[1]]"), 2);
    ChatClient client = new ChatClient(new ChatClient.Config(ChatClient.chatCompletionsUri(server.base().toString()),
        null, Duration.ofSeconds(5), Duration.ofSeconds(5), new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(10))));
    judge = new LlmJudge(client, LlmJudge.Config.verif("judge"), JudgeCache.inMemory());
    // Two rules of 300 ms against a sample budget of 100 ms.
    RewardConfig config = RewardConfig.defaults().withSampleTimeout(Duration.ofMillis(100));

    RewardFunction limited = new RewardFunction(RewardTesting.IFEVAL, config,
        new Verification(VerinstructRules.PYTHON, slowRules(Duration.ofSeconds(2)), judge, JudgePolicy.FAIL));
    assertThat(limited.extraTimeBudget(sample(checkers()))).isEqualTo(Duration.ofSeconds(4));
    try (BatchScorer s = new BatchScorer(limited, 1)) {
      RewardResult r = s.scoreAll(List.of(sample(checkers()))).get(0);
      assertThat(r.guard()).as("the rules' own limits decide, not the sample's budget").isNull();
      assertThat(r.rawScore()).isEqualTo(0.5);
    }

    RewardFunction unlimited = new RewardFunction(RewardTesting.IFEVAL, config,
        new Verification(VerinstructRules.PYTHON, slowRules(Duration.ZERO), judge, JudgePolicy.FAIL));
    try (BatchScorer s = new BatchScorer(unlimited, 1)) {
      assertThat(s.scoreAll(List.of(sample(checkers()))).get(0).guard()).isEqualTo(Guard.TIMEOUT);
    }
  }

  @Test
  void withoutAJudgeHybridSamplesAreBadInput() {
    RewardFunction f = new RewardFunction(RewardTesting.IFEVAL, RewardConfig.defaults(),
        new Verification(VerinstructRules.PYTHON, RULES, null, JudgePolicy.FAIL));
    assertThatThrownBy(() -> f.validate(sample(checkers())))
        .isInstanceOf(InputProblemException.class)
        .hasMessageContaining("ground_truth.checkers")
        .hasMessageContaining("needs an LLM judge");
    assertThatThrownBy(() -> f.validate(RewardSample.of(null, "x", checkers())))
        .hasMessageContaining("needs an LLM judge");
  }

  @Test
  void registryModeJudgesRulesThroughTheInstructionTheyState() throws Exception {
    server = LoopbackServer.start(says("[[1]]"), 2);
    ChatClient client = new ChatClient(new ChatClient.Config(ChatClient.chatCompletionsUri(server.base().toString()),
        null, Duration.ofSeconds(5), Duration.ofSeconds(5), RetryPolicy.defaults()));
    judge = new LlmJudge(client, LlmJudge.Config.verif("judge"), JudgeCache.inMemory());
    RewardFunction f = new RewardFunction(RewardTesting.IFEVAL, RewardConfig.defaults(),
        new Verification(VerinstructRules.REGISTRY, null, judge, JudgePolicy.FAIL));
    scorer = new BatchScorer(f, 1);
    RewardGroundTruth gt = RewardGroundTruth.decode(Map.of(
        "checkers", List.of("[rule] Your entire response should be in English, and in all lowercase letters. No capital letters are allowed.", "[llm] Be kind."),
        "functions", List.of("def check_following(instruction, response):\n    return False", "")));
    assertThat(scorer.scoreAll(List.of(RewardSample.of("p", "all lowercase here", gt))).get(0).rawScore()).isEqualTo(1.0);
    assertThat(scorer.scoreAll(List.of(RewardSample.of("p", "Not Lowercase", gt))).get(0).rawScore()).isZero();
    RewardGroundTruth unmapped = RewardGroundTruth.decode(Map.of("checkers", List.of("[rule] Rhyme every line."),
        "functions", List.of("")));
    assertThatThrownBy(() -> f.validate(RewardSample.of("p", "x", unmapped)))
        .isInstanceOf(InputProblemException.class)
        .hasMessageContaining("ground_truth.checkers[0]").hasMessageContaining("states no");
  }
}
