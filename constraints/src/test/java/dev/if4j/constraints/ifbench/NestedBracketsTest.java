package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.FormatsTesting.build;
import static dev.if4j.constraints.ifbench.FormatsTesting.follows;
import static dev.if4j.constraints.ifbench.FormatsTesting.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected verdicts checked against the reference's NestedParenthesesChecker. */
class NestedBracketsTest {
  private final Constraint nested = build(NestedBrackets.TYPE);

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("(((((x)))))", true),
        Arguments.of("([{([x])}])", true),
        Arguments.of("((((( x", false),
        Arguments.of("(((((]x)", false),
        Arguments.of("(((((x)", true),
        Arguments.of("((((x))))", false),
        Arguments.of("(((((x]))))", false),
        Arguments.of("[(((((x)", true),
        Arguments.of(")(((((x)", true));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void needsFiveLevelsAndOneCorrectClose(String text, boolean expected) {
    assertThat(follows(nested, text)).isEqualTo(expected);
  }

  @Test
  void aMismatchedCloserForgetsTheDepthReached() {
    assertThat(follows(nested, "((((( ] )")).isFalse();
    assertThat(verdict(nested, "((((( ] )").reason()).contains("never closed correctly");
  }

  @Test
  void describesAsTheReference() {
    assertThat(nested.describe()).isEqualTo("Nest parentheses (and [brackets {and braces}]) at least 5 levels deep.");
    assertThat(nested.args()).isEmpty();
  }

  @Test
  void deepNestingOfAMegabyteIsLinear() {
    String deep = "(".repeat(500_000) + ")";
    assertThat(follows(nested, deep)).isTrue();
  }
}
