package dev.if4j.reward;

import static dev.if4j.reward.RewardTesting.gt;
import static dev.if4j.reward.RewardTesting.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.multiif.MultiIf;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rewards under the multiif registry judge as Multi-IF does (serve --registry multiif). */
class MultiIfRewardTest {
  private static final RewardFunction GOOGLE = new RewardFunction(RewardTesting.IFEVAL, RewardConfig.defaults());
  private static final RewardFunction MULTI_IF =
      new RewardFunction(new Evaluator(MultiIf.registry(), RewardTesting.TOOLS), RewardConfig.defaults());

  @Test
  void chineseWordsAreCountedPerCharacter() {
    RewardGroundTruth atLeast17 = gt("length_constraints:number_words", Map.of("num_words", 17, "relation", "at least"));
    assertThat(MULTI_IF.score(sample("我们今天去北京的公园散步，天气非常好。", atLeast17)).score()).isEqualTo(1.0);
    assertThat(GOOGLE.score(sample("我们今天去北京的公园散步，天气非常好。", atLeast17)).score())
        .isEqualTo(0.0);
  }

  @Test
  void theResponsesCellIsUnwrappedAndJapaneseQuotesCount() {
    RewardResult r = MULTI_IF.score(sample("[{\"response\": \"「こんにちは」\"}]", gt("startend:quotation", Map.of())));
    assertThat(r.score()).isEqualTo(1.0);
    assertThat(MULTI_IF.stamp().registry()).isEqualTo("multiif");
  }
}
