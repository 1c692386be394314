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

/** Expected verdicts checked against the reference's NoWhitespaceChecker. */
class NoWhitespaceTest {
  private final Constraint noWhitespace = build(NoWhitespace.TYPE);

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("abc", true),
        Arguments.of("a b", false),
        Arguments.of("a\u00a0b", false),
        Arguments.of("a\u200bb", true),
        Arguments.of("a\u001cb", false),
        Arguments.of("a\u0085b", false),
        Arguments.of("😀😀", true));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void noPythonWhitespace(String text, boolean expected) {
    assertThat(follows(noWhitespace, text)).isEqualTo(expected);
  }

  @Test
  void describesAsTheReference() {
    assertThat(noWhitespace.describe()).isEqualTo("The output should not contain any whitespace.");
  }
}
