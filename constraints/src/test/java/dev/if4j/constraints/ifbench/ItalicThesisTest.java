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

/** Expected verdicts checked against the reference's ItalicsThesisChecker. */
class ItalicThesisTest {
  private final Constraint thesis = build(ItalicThesis.TYPE);

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("<i>T</i> rest", true),
        Arguments.of("<i>T</i>", false),
        Arguments.of("<i> </i> r", false),
        // The reference's <i> offsets applied to <em>: the '>' characters count as text.
        Arguments.of("<em>x</em>", true),
        Arguments.of("<em></em>", true),
        Arguments.of("<em>T</i> r", true),
        // The first <i> is used, wherever an <em> is.
        Arguments.of("x <em>a</em> <i>b</i>", false),
        Arguments.of("<i>a", false),
        Arguments.of("*no html* here", false),
        Arguments.of("<i>😀</i> 😀", true));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void firstItalicSpanIsFilledAndFollowed(String text, boolean expected) {
    assertThat(follows(thesis, text)).isEqualTo(expected);
  }

  @Test
  void describesAsTheReference() {
    assertThat(thesis.describe()).isEqualTo(
        "Each section must begin with a thesis statement in italics, use HTML to indicate the italics.");
  }
}
