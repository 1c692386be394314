package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.build;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.followed;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.reason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import org.junit.jupiter.api.Test;

// Expected verdicts were checked with the reference (ConsonantClusterChecker).
class ConsonantClustersTest {
  private final Constraint clusters = build(ConsonantClusters.TYPE);

  @Test
  void describesAsTheReference() {
    assertThat(clusters.describe()).isEqualTo("Ensure each word in your response has at least one "
        + "consonant cluster (two or more consonants together).");
  }

  @Test
  void everyWordNeedsTwoConsonantsInARow() {
    assertThat(followed(clusters, "Strong crafts shrink")).isTrue();
    assertThat(followed(clusters, "Strong crafts are")).isFalse();
    assertThat(reason(clusters, "Strong crafts are"))
        .isEqualTo("word 3 'are' has no consonant cluster");
  }

  @Test
  void punctuationStaysInTheWord() {
    assertThat(followed(clusters, "st. a-b")).isFalse();
  }

  @Test
  void onlyAsciiConsonantsCountAfterLowerCasing() {
    assertThat(followed(clusters, "\u212Ak")).isTrue(); // Kelvin sign lower-cases to "k"
    assertThat(followed(clusters, "ßt")).isFalse();
  }
}
