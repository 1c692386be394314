package dev.if4j.reward.server;

import static dev.if4j.reward.server.ServerTesting.NO_COMMA;
import static dev.if4j.reward.server.ServerTesting.post;
import static dev.if4j.reward.server.ServerTesting.quote;
import static dev.if4j.reward.server.ServerTesting.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.reward.RewardConfig;
import dev.if4j.reward.RewardFunction;
import dev.if4j.reward.RewardTesting;
import dev.if4j.reward.server.ServerTesting.Reply;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One verl parquet serves every trainer: OpenRLHF's label and TRL's column may be verl's whole
 * {@code reward_model} object, {@code {"style": "rule", "ground_truth": ...}}.
 */
@Timeout(60)
class VerlRewardModelLabelTest {
  static RewardServer server;

  @BeforeAll
  static void start() throws Exception {
    server = RewardServer.start(new RewardFunction(RewardTesting.IFEVAL, RewardConfig.defaults()),
        ServerConfig.defaults().withPort(0).withThreads(1));
  }

  @AfterAll
  static void stop() {
    server.drain(Duration.ofSeconds(5));
  }

  @Test
  void getRewardTakesVerlsRewardModelObjectAsTheLabel() throws Exception {
    String asObject = "{\"style\": \"rule\", \"ground_truth\": " + NO_COMMA + "}";
    String asText = "{\"style\": \"rule\", \"ground_truth\": " + quote(NO_COMMA) + "}";
    Reply r = post(server, "/get_reward", "{\"query\": [\"Q: plain words\", \"Q: a, b\", \"Q: a, b\"],"
        + " \"prompts\": [\"Q:\", \"Q:\", \"Q:\"], \"labels\": [" + asObject + ", " + asText + ", " + quote(asText) + "]}");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("rewards")).isEqualTo(List.of(1.0, 0.0, 0.0));
  }

  @Test
  void aProblemInsideTheWrappedGroundTruthNamesItsPath() throws Exception {
    String bad = "{\"style\": \"rule\", \"ground_truth\": {\"instruction_id_list\": [\"punctuation:no_comma\"],"
        + " \"kwargs\": [{}, {}]}}";
    Reply r = post(server, "/get_reward", "{\"query\": [\"a\"], \"labels\": [" + bad + "]}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.error()).containsEntry("field", "labels[0].ground_truth.kwargs").containsEntry("sample", 0L);
    Reply score = post(server, "/v1/score", "{\"samples\": [" + sample("x", bad) + "]}");
    assertThat(score.error()).containsEntry("field", "samples[0].ground_truth.ground_truth.kwargs");
  }

  @Test
  void missingLabelsNameBothOpenRlhfFlagGenerations() throws Exception {
    Reply r = post(server, "/get_reward", "{\"query\": [\"a\"], \"prompts\": [\"\"]}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.error().get("message").toString()).contains("--data.label_key").contains("--label_key");
  }
}
