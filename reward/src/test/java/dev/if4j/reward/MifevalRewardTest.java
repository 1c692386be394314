package dev.if4j.reward;

import static dev.if4j.reward.RewardTesting.gt;
import static dev.if4j.reward.RewardTesting.sample;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.InstructionVerdict;
import dev.if4j.constraints.mifeval.Mifeval;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rewards in French and Japanese: samples naming M-IFEval's ids are scored by its checkers. */
class MifevalRewardTest {
  private final RewardFunction fn =
      new RewardFunction(new Evaluator(Mifeval.registry(), RewardTesting.TOOLS), RewardConfig.defaults());

  @Test
  void frenchAndJapaneseSamplesAreScoredByTheirOwnCheckers() {
    RewardResult fr = fn.score(sample("##Titre##\nTu es là, mon ami.", gt(
        "fr:detectable_format:title", Map.of(),
        "fr:detectable_content:informal_address", Map.of(),
        "fr:length_constraints:number_words", Map.of("relation", "au moins", "num_words", 10L))));
    assertThat(fr.verdicts()).extracting(InstructionVerdict::strict).containsExactly(true, true, false);
    assertThat(fr.score()).isEqualTo(2.0 / 3);

    RewardResult ja = fn.score(sample("「猫と本です。」", gt(
        "ja:startend:quotation", Map.of(),
        "ja:keywords:existence", Map.of("keywords", java.util.List.of("猫", "本")),
        "ja:punctuation:no_period", Map.of())));
    assertThat(ja.verdicts()).extracting(InstructionVerdict::strict).containsExactly(true, true, false);
  }
}
