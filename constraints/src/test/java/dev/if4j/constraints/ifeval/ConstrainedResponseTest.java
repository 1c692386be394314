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

/** Expected verdicts checked against the reference's ConstrainedResponseChecker. */
class ConstrainedResponseTest {
  private final Constraint options = build(ConstrainedResponse.TYPE, Map.of());

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("My answer is yes.", true),
        Arguments.of("my answer is yes.", false),
        Arguments.of("My answer is maybe. Because...", true),
        Arguments.of("My answer is no", false),
        Arguments.of("I think My answer is no. Or yes.", true));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void wantsOneOptionVerbatimAnywhere(String text, boolean expected) {
    assertThat(follows(options, text)).isEqualTo(expected);
  }

  @Test
  void explainsTheVerdict() {
    assertThat(verdict(options, "So: My answer is no.").reason()).isEqualTo("found \"My answer is no.\"");
  }

  @Test
  void describesTheOptionsAsAPythonTuple() {
    assertThat(options.describe()).isEqualTo("Answer with one of the following options: "
        + "('My answer is yes.', 'My answer is no.', 'My answer is maybe.')");
    assertThat(options.args()).isEmpty();
  }
}
