package dev.if4j.reward.server;

import dev.if4j.llm.judge.JudgePolicy;
import dev.if4j.judging.Verification;
import static dev.if4j.reward.server.ServerTesting.get;
import static dev.if4j.reward.server.ServerTesting.post;
import static dev.if4j.reward.server.ServerTesting.quote;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.groundtruth.RuleRunner;
import dev.if4j.constraints.groundtruth.VerinstructRules;
import dev.if4j.llm.ChatClient;
import dev.if4j.llm.RetryPolicy;
import dev.if4j.llm.judge.JudgeCache;
import dev.if4j.llm.judge.LlmJudge;
import dev.if4j.llm.loopback.LoopbackServer;
import dev.if4j.llm.loopback.LoopbackServer.Status;
import dev.if4j.reward.RewardConfig;
import dev.if4j.reward.RewardFunction;
import dev.if4j.reward.RewardTesting;
import dev.if4j.reward.server.ServerTesting.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class HybridServerTest {
  static final RuleRunner RULES = (checker, response) -> RuleRunner.Outcome.of(checker.function().contains("PASS"));

  /** VerIF's ground truth as its verl files hold it: a JSON string. */
  static String verinstruct(String judgeHint) {
    String gt = "{\"checkers\": [\"[rule] a\", \"[rule] b\", \"[llm] " + judgeHint + "\"], \"functions\": [\"PASS\", \"no\", \"\"]}";
    return quote(gt);
  }

  @Test
  void hybridResultsCarryTheirPartsAndMetricsSeparateRuleAndJudge() throws Exception {
    // The judge fails on purpose for prompts that mention FAILME.
    LoopbackServer.Script script = r -> r.lastMessage().contains("FAILME") ? new Status(400, null, 0)
        : LoopbackServer.ok("[[1]]");
    try (LoopbackServer llm = LoopbackServer.start(script, 4)) {
      ChatClient client = new ChatClient(new ChatClient.Config(ChatClient.chatCompletionsUri(llm.base().toString()),
          null, Duration.ofSeconds(5), Duration.ofSeconds(5), new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(10))));
      LlmJudge judge = new LlmJudge(client, LlmJudge.Config.verif("j"), JudgeCache.inMemory());
      RewardFunction f = new RewardFunction(RewardTesting.IFEVAL, RewardConfig.defaults(),
          new Verification(VerinstructRules.PYTHON, RULES, judge, JudgePolicy.FAIL));
      RewardServer server = RewardServer.start(f, ServerConfig.defaults().withPort(0).withThreads(2));
      try {
        String plain = "{\"prompt\": \"p\", \"response\": \"no commas\", \"ground_truth\": {\"instruction_id_list\":"
            + " [\"punctuation:no_comma\"], \"kwargs\": [{}]}}";
        String body = "{\"samples\": ["
            + "{\"prompt\": \"p\", \"response\": \"<think>x</think>ok\", \"ground_truth\": " + verinstruct("Be kind.") + "},"
            + "{\"prompt\": \"p\", \"response\": \"ok\", \"ground_truth\": " + verinstruct("Be kind.") + "},"
            + "{\"prompt\": \"p\", \"response\": \"ok\", \"ground_truth\": " + verinstruct("FAILME") + "},"
            + plain + "]}";
        Reply r = post(server, "/v1/score", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<Map<String, Object>> results = r.results();
        assertThat(results.get(0)).containsEntry("score", 0.5).containsEntry("rule_score", 0.5)
            .containsEntry("judge_verdict", 1L).containsEntry("combination", "verif").containsEntry("judge_cached", false)
            .containsEntry("num_instructions", 2L).containsEntry("guard", null);
        assertThat(results.get(1)).containsEntry("score", 0.5).containsEntry("judge_cached", true);
        assertThat(results.get(2)).containsEntry("score", 0.0).containsEntry("guard", "judge_failed")
            .containsEntry("judge_verdict", null);
        assertThat((String) results.get(2).get("judge_error")).contains("HTTP 400");
        assertThat(results.get(3)).containsEntry("score", 1.0).doesNotContainKeys("rule_score", "judge_verdict");

        Reply openrlhf = post(server, "/get_reward", "{\"query\": [\"p ok\"], \"prompts\": [\"p\"], \"labels\": ["
            + verinstruct("Be kind.") + "]}");
        assertThat(openrlhf.status()).as(openrlhf.body()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> logs = (Map<String, Object>) openrlhf.json().get("extra_logs");
        assertThat(logs.get("rule_score")).isEqualTo(List.of(0.5));
        assertThat(logs.get("judge_verdict")).isEqualTo(List.of(1L));

        String metrics = get(server, "/metrics").body();
        assertThat(metrics).contains("if4j_reward_rule_duration_seconds_count 5")
            .contains("if4j_reward_judge_duration_seconds_count 4")
            .contains("if4j_reward_judge_samples_total 4")
            .contains("if4j_reward_judge_failures_total 1")
            .contains("if4j_reward_judge_cache_misses_total 2")
            .contains("if4j_reward_judge_cache_hits_total 2")
            .contains("if4j_reward_judge_requests_total 2")
            .contains("if4j_reward_guard_hits_total{guard=\"judge_failed\"} 1")
            .contains("# TYPE if4j_reward_judge_cache_hits_total counter")
            .contains("if4j_reward_rule_duration_seconds_bucket{le=\"1.0E-5\"}");
      } finally {
        server.drain(Duration.ofSeconds(5));
        judge.close();
      }
    }
  }

  @Test
  void theCombinationAndPolicyMayBeChosenPerRequest() throws Exception {
    try (LoopbackServer llm = LoopbackServer.start(r -> LoopbackServer.ok("[[1]]"), 2)) {
      ChatClient client = new ChatClient(new ChatClient.Config(ChatClient.chatCompletionsUri(llm.base().toString()),
          null, Duration.ofSeconds(5), Duration.ofSeconds(5), RetryPolicy.defaults()));
      LlmJudge judge = new LlmJudge(client, LlmJudge.Config.verif("j"), JudgeCache.inMemory());
      RewardServer server = RewardServer.start(new RewardFunction(RewardTesting.IFEVAL, RewardConfig.defaults(),
          new Verification(VerinstructRules.PYTHON, RULES, judge, JudgePolicy.FAIL)), ServerConfig.defaults().withPort(0).withThreads(1));
      try {
        String sample = "{\"prompt\": \"p\", \"response\": \"ok\", \"ground_truth\": " + verinstruct("Be kind.") + "}";
        Reply r = post(server, "/v1/score", "{\"samples\": [" + sample + "], \"options\": {\"hybrid\": \"weighted\","
            + " \"soft_weight\": 0.2, \"judge_policy\": \"zero\"}}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat((Double) r.results().get(0).get("score")).isCloseTo(0.2 * 0.5 + 0.8, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(r.results().get(0)).containsEntry("combination", "weighted");
        Reply bad = post(server, "/v1/score", "{\"samples\": [" + sample + "], \"options\": {\"soft_weight\": 2}}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.error()).containsEntry("field", "options.soft_weight");
      } finally {
        server.drain(Duration.ofSeconds(5));
        judge.close();
      }
    }
  }

  @Test
  void withoutAJudgeAHybridSampleIsA400NamingTheField() throws Exception {
    RewardServer server = RewardServer.start(new RewardFunction(RewardTesting.IFEVAL, RewardConfig.defaults()),
        ServerConfig.defaults().withPort(0).withThreads(1));
    try {
      Reply r = post(server, "/v1/score", "{\"samples\": [{\"prompt\": \"p\", \"response\": \"ok\", \"ground_truth\": "
          + verinstruct("Be kind.") + "}]}");
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.error()).containsEntry("field", "samples[0].ground_truth.checkers");
      assertThat((String) r.error().get("message")).contains("needs an LLM judge").contains("--judge-endpoint");
    } finally {
      server.drain(Duration.ofSeconds(5));
    }
  }
}
