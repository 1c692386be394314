package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.CustomAndRepeatTesting.build;
import static dev.if4j.constraints.ifbench.CustomAndRepeatTesting.follows;
import static dev.if4j.constraints.ifbench.CustomAndRepeatTesting.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected verdicts checked against the reference's PrintMultiplesChecker. */
class MultiplesOfSevenTest {
  private final Constraint c = build(MultiplesOfSeven.TYPE);

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("14, 21, 28, 35, 42, 49", true),
        Arguments.of("14\n21\n28\n35\n42\n49", true),
        Arguments.of("14,21,28,35,42,49", true),
        Arguments.of("14.21.28.35.42.49", true),
        Arguments.of("x14y21z28_35-42+49", true),
        Arguments.of("1. 14\n2. 21\n3. 28\n4. 35\n5. 42\n6. 49", false),
        Arguments.of("014, 21, 28, 35, 42, 49", false),
        Arguments.of("\u0661\u0664, 21, 28, 35, 42, 49", false),
        Arguments.of("fourteen, 21, 28, 35, 42, 49", false),
        Arguments.of("14 21 28 35 42 49 56", false));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void theNumbersMustBeExactlyTheMultiples(String text, boolean expected) {
    assertThat(follows(c, text)).isEqualTo(expected);
  }

  @Test
  void explainsWhatItFound() {
    assertThat(verdict(c, "7, 14, 21, 28, 35, 42, 49").reason())
        .isEqualTo("found 7 numbers [7, 14, 21, 28, 35, 42, 49], expected exactly [14, 21, 28, 35, 42, 49]");
  }

  @Test
  void describesAsTheReference() {
    assertThat(c.describe()).isEqualTo("Count from 10 to 50 but only print multiples of 7.");
    assertThat(c.args()).isEmpty();
  }
}
