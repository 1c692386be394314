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

/** Expected verdicts checked against the reference's QuoteExplanationChecker. */
class QuoteExplanationsTest {
  private final Constraint quoteUnquote = build(QuoteExplanations.TYPE);

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("He said \"yes\" to it", true),
        Arguments.of("He said \"yes\".", false),
        Arguments.of("\"a\" \"b\" c", false),
        Arguments.of("x '\"' y \"q\" z", true),
        Arguments.of("\"\" x", false),
        Arguments.of("say \"x\" 12.", false),
        Arguments.of("plain", true),
        Arguments.of("“curly” quotes “end”", true),
        Arguments.of("\"a\"\n\n\"b\" c", false));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void everyQuoteIsFollowedByText(String text, boolean expected) {
    assertThat(follows(quoteUnquote, text)).isEqualTo(expected);
  }

  @Test
  void describesAsTheReference() {
    assertThat(quoteUnquote.describe()).isEqualTo("Every quoted phrase must be followed by an unquoted explanation.");
  }
}
