package dev.if4j.constraints.ifeval;

import static dev.if4j.constraints.ifeval.FormatChecks.build;
import static dev.if4j.constraints.ifeval.FormatChecks.follows;
import static dev.if4j.constraints.ifeval.FormatChecks.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected verdicts checked against the reference's TwoResponsesChecker. */
class TwoResponsesTest {
  private final Constraint two = build(TwoResponses.TYPE, Map.of());

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("A\n******\nB", true),
        Arguments.of("A\n******\nA", false),
        Arguments.of("A ****** A ", false),
        Arguments.of("******\nA\n******\nB\n******", true),
        Arguments.of("A\n******\n\n******\nB", false),
        Arguments.of("A ****** B ****** C", false),
        Arguments.of("A", false),
        Arguments.of("A *******B", true),
        Arguments.of("******", false),
        Arguments.of(" ****** B", false),
        Arguments.of("A\n******\n B \n****** \n", true));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void wantsExactlyTwoDifferentNonBlankParts(String text, boolean expected) {
    assertThat(follows(two, text)).isEqualTo(expected);
  }

  @Test
  void explainsTheVerdict() {
    assertThat(verdict(two, "A\n******\n\n******\nB").reason())
        .isEqualTo("part 2 between separators is empty");
    assertThat(verdict(two, "A ****** B ****** C").reason())
        .isEqualTo("found 3 responses separated by ******, expected 2");
    assertThat(verdict(two, "A ****** A").reason()).isEqualTo("the two responses are the same");
  }

  @Test
  void describesTheInstructionAsTheReference() {
    assertThat(two.describe()).isEqualTo("Give two different responses. Responses and only responses "
        + "should be separated by 6 asterisk symbols: ******.");
    assertThat(two.args()).isEmpty();
  }
}
