package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.FormatsTesting.build;
import static dev.if4j.constraints.ifbench.FormatsTesting.follows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected verdicts checked against the reference's SubBulletPointsChecker. */
class SubBulletsTest {
  private final Constraint subBullets = build(SubBullets.TYPE);

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("* a\n  - b\n* c\n  - d", true),
        Arguments.of("**bold** - x", false),
        Arguments.of("no stars", true),
        Arguments.of("* well-known", true),
        Arguments.of("* a - b *", false),
        Arguments.of("* a\n* b\n  - c", false));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void everyStarIsFollowedByADash(String text, boolean expected) {
    assertThat(follows(subBullets, text)).isEqualTo(expected);
  }

  @Test
  void manyStarsAreLinear() {
    assertThat(follows(subBullets, "*".repeat(300_000) + "-".repeat(300_000))).isFalse();
    assertThat(follows(subBullets, "*-".repeat(300_000))).isTrue();
  }

  @Test
  void describesAsTheReference() {
    assertThat(subBullets.describe()).isEqualTo("Your response must include bullet points denoted by * "
        + "and at least one sub-bullet point denoted by - for each bullet point.");
  }
}
