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

/** Expected verdicts checked against the reference's NestedQuotesChecker. */
class NestedQuotesTest {
  private final Constraint quotes = build(NestedQuotes.TYPE);

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("\"a 'b \"c\" d' e\"", true),
        Arguments.of("\"'\"x", false),
        // The apostrophe of don't opens a level that the quotes then close.
        Arguments.of("don't \"say 'it \"now\" ok' \" x", true),
        Arguments.of("\"'\"'\"'", false),
        Arguments.of("\"a\" 'b' \"c\"", false),
        Arguments.of("“a ‘b “c” d’ e”", false));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void needsThreeLevelsClosed(String text, boolean expected) {
    assertThat(follows(quotes, text)).isEqualTo(expected);
  }

  @Test
  void describesAsTheReference() {
    assertThat(quotes.describe()).isEqualTo("Include quotes within quotes within quotes, at least 3 "
        + "levels deep, alternating between double quotes and single quotes.");
  }
}
