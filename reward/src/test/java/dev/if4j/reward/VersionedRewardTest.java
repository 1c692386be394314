package dev.if4j.reward;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.versions.Versions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rewards from an upstream version of the checkers say so in their stamp (serve's stamp is it). */
class VersionedRewardTest {
  @Test
  void theStampOfAVersionedRewardNamesTheUpstreamVersion() {
    RewardFunction f = new RewardFunction(new Evaluator(Versions.registry("ifevalg@if-rlvr-paper"),
        RewardTesting.TOOLS), RewardConfig.defaults());

    assertThat(f.stamp().registry()).isEqualTo("ifevalg@2a088f7dc");
    assertThat(f.stamp().toMap().get("upstream"))
        .isEqualTo(List.of("ifevalg@2a088f7dc (allenai/open-instruct, 2025-06-12)"));
  }
}
