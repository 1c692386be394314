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

/** Expected verdicts checked against the reference's TitleCaseChecker. */
class TitleCaseTest {
  private final Constraint titleCase = build(TitleCase.TYPE);

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("The Cat Sat", true),
        Arguments.of("The cat", false),
        Arguments.of("A Dog", true),
        Arguments.of("a Dog", false),
        Arguments.of("The iPhone", true),
        Arguments.of("NASA Rocks", true),
        Arguments.of("X2 Y3", true),
        Arguments.of("It Isn't", false),
        Arguments.of("It's Fine", true),
        Arguments.of("tHE End", false),
        Arguments.of("Über Alles", true),
        Arguments.of("über", false),
        Arguments.of("42 (Or So)", true));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void everyWordIsCapitalised(String text, boolean expected) {
    assertThat(follows(titleCase, text)).isEqualTo(expected);
  }

  @Test
  void describesAsTheReference() {
    assertThat(titleCase.describe()).isEqualTo(
        "Write the entire response in title case (capitalize the first letter of every major word).");
  }
}
