package dev.if4j.reward;

import static dev.if4j.reward.RewardTesting.gt;
import static dev.if4j.reward.RewardTesting.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.lmevalml.LmevalMl;
import dev.if4j.constraints.mifeval.Mifeval;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rewards for rows of the Spanish and Catalan registries (what {@code if4j serve --registry} scores). */
class SpanishRewardTest {
  @Test
  void mifevalSpanishRowsAreRewarded() {
    RewardFunction fn = new RewardFunction(new Evaluator(Mifeval.registry(), RewardTesting.TOOLS),
        RewardConfig.defaults());
    RewardGroundTruth truth = gt(
        "es:punctuation:question_marks", Map.of(),
        "es:length_constraints:number_words", Map.of("num_words", 3L, "relation", "como m\u00E1ximo"));
    assertThat(fn.score(sample("\u00BFQu\u00E9 tal?", truth)).score()).isEqualTo(1.0);
    assertThat(fn.score(sample("Uno dos tres cuatro.", truth)).score()).isEqualTo(0.0);
  }

  @Test
  void lmevalCatalanRowsAreRewarded() {
    RewardFunction fn = new RewardFunction(new Evaluator(LmevalMl.catalan(), RewardTesting.TOOLS),
        RewardConfig.defaults());
    RewardGroundTruth truth = gt("ca:special_character:enie", Map.of("let_frequency", 1L));
    assertThat(fn.score(sample("Espanya i Catalunya, any i a\u00F1o.", truth)).score()).isEqualTo(1.0);
  }
}
