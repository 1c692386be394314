package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.CustomAndRepeatTesting.build;
import static dev.if4j.constraints.ifbench.CustomAndRepeatTesting.follows;
import static dev.if4j.constraints.ifbench.CustomAndRepeatTesting.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected verdicts checked against the reference's EuropeanCapitalsSortChecker. */
class EuropeanCapitalsByLatitudeTest {
  private final Constraint c = build(EuropeanCapitalsByLatitude.TYPE);
  private static final List<String> CAPITALS = EuropeanCapitalsByLatitude.CAPITALS;

  static Stream<Arguments> texts() {
    List<String> accented = new ArrayList<>(CAPITALS);
    accented.set(0, "Reykjav\u00edk");
    accented.set(23, "Chi\u0219in\u0103u");
    List<String> swapped = new ArrayList<>(CAPITALS);
    Collections.swap(swapped, 3, 4);
    List<String> extra = new ArrayList<>(CAPITALS);
    extra.add("Kyiv");
    return Stream.of(
        Arguments.of(String.join(", ", CAPITALS), true),
        Arguments.of(String.join(", ", CAPITALS) + ".", false),
        Arguments.of(String.join(",\n", CAPITALS) + ",", true),
        Arguments.of(String.join(", ", accented), true),
        Arguments.of(String.join(", ", swapped), false),
        Arguments.of(String.join(", ", extra), false),
        Arguments.of(String.join(" , ,", CAPITALS), true),
        Arguments.of("1. " + String.join(", ", CAPITALS), false));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void theCapitalsNorthToSouth(String text, boolean expected) {
    assertThat(follows(c, text)).isEqualTo(expected);
  }

  @Test
  void explainsTheFirstWrongName() {
    List<String> swapped = new ArrayList<>(CAPITALS);
    Collections.swap(swapped, 3, 4);
    assertThat(verdict(c, String.join(", ", swapped)).reason())
        .isEqualTo("name 4 is \"Stockholm\", expected \"Tallinn\"");
  }
}
