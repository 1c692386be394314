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

/** Expected verdicts checked against the reference's IndentStairsChecker. */
class IndentStairsTest {
  private final Constraint stairs = build(IndentStairs.TYPE);

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("a\n b\n  c", true),
        Arguments.of("a\n\n b", true),
        // The second of two blank lines is skipped by the iteration and stays, with indent 0.
        Arguments.of("a\n\n\n b", false),
        Arguments.of("a\n \n\n b", false),
        Arguments.of("a\n\n b\n\n\n  c", false),
        // The second "  " removes the first (skipped) one and stays itself: indents 0, 2, 1.
        Arguments.of("  \na\n  \n b", true),
        Arguments.of("a\n\tb", false),
        Arguments.of("a\n b\n b", false),
        // Three blank lines: the first and second are removed, the third stays between a and b.
        Arguments.of("a\n\n\n\n b", false),
        Arguments.of("a\n\n b\n\n  c", true),
        Arguments.of("single line", true));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void eachLineIsIndentedFurther(String text, boolean expected) {
    assertThat(follows(stairs, text)).isEqualTo(expected);
  }

  @Test
  void blankLinesOfEqualTextRemoveTheFirstStillPresent() {
    // Lines: "x", "   ", "   ", " y", "   ", "  z". The visit of line 1 removes it and skips line
    // 2; the visit of line 4 removes line 2 (the first "   " left). Left: x, " y", "   ", "  z".
    assertThat(follows(stairs, "x\n   \n   \n y\n   \n  z")).isFalse();
    assertThat(follows(stairs, "x\n   \n   \n y\n   \n    z")).isTrue();
  }

  @Test
  void manyBlankLinesAreLinear() {
    // Half of the blank lines survive the reference's removal, so this fails; it must fail fast.
    String text = "a\n" + "\n".repeat(400_000) + " b";
    assertThat(follows(stairs, text)).isFalse();
  }

  @Test
  void describesAsTheReference() {
    assertThat(stairs.describe()).isEqualTo("Create stairs by incrementally indenting each new line.");
  }
}
