package dev.if4j.constraints.ifeval;

import static dev.if4j.constraints.ifeval.FormatChecks.build;
import static dev.if4j.constraints.ifeval.FormatChecks.follows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected verdicts checked against the reference's QuotationChecker. */
class QuotationTest {
  private final Constraint quoted = build(Quotation.TYPE, Map.of());

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("\"hello\"", true),
        Arguments.of("  \"hello\"\n", true),
        Arguments.of("\"", false),
        Arguments.of("\"\"", true),
        Arguments.of("\u201chello\u201d", false),
        Arguments.of("\"hello", false),
        Arguments.of("hello\"", false));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void wantsAsciiDoubleQuotesAtBothEndsOfTheStrippedText(String text, boolean expected) {
    assertThat(follows(quoted, text)).isEqualTo(expected);
  }

  @Test
  void describesTheInstructionAsTheReference() {
    assertThat(quoted.describe()).isEqualTo("Wrap your entire response with double quotation marks.");
    assertThat(quoted.args()).isEmpty();
  }
}
