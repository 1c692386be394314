package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.FormatsTesting.build;
import static dev.if4j.constraints.ifbench.FormatsTesting.context;
import static dev.if4j.constraints.ifbench.FormatsTesting.follows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected verdicts checked against the reference's SpecialBulletPointsChecker. */
class SeparatorListTest {
  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("...", "a ... b ... c", true),
        Arguments.of("...", "a ..... b", false),
        Arguments.of("...", "a......", true),
        Arguments.of("...", "a...", false),
        Arguments.of("", "a", true),
        Arguments.of("-", "a-b-c", true),
        Arguments.of("-", "-", false),
        // The separator is literal text, never a pattern.
        Arguments.of(".*", "a.*b.*", true),
        Arguments.of(".*", "abc", false),
        Arguments.of("SEPARATOR", "SEPARATOR a\nSEPARATOR b", true),
        Arguments.of("SEPARATOR", "separator a\nSEPARATOR b", false));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void needsTheSeparatorTwice(String sep, String text, boolean expected) {
    assertThat(follows(build(SeparatorList.TYPE, Map.of("sep", sep)), text)).isEqualTo(expected);
  }

  @Test
  void neverMatchesHalfOfASurrogatePair() {
    String lowHalf = "\uDE00"; // the second half of U+1F600
    assertThat(SeparatorList.countUpTo("😀😀", lowHalf, 2)).isZero();
    assertThat(SeparatorList.countUpTo("😀 😀", "😀", 5)).isEqualTo(2);
  }

  @Test
  void describesAndReportsTheSeparator() {
    Constraint c = build(SeparatorList.TYPE, Map.of("sep", "!?!?"));
    assertThat(c.describe()).isEqualTo("Answer with a list of items, instead of bullet points use !?!?.");
    assertThat(c.args()).isEqualTo(Map.of("sep", "!?!?"));
  }

  @Test
  void aMissingSeparatorIsDrawnAsTheReferenceDrawsIt() {
    BuildContext ctx = context(SeparatorList.TYPE, Map.of());
    Constraint c = SeparatorList.TYPE.create(ctx);
    // random.seed(0); random.choice(['...', 'SEPARATOR', '!?!?', '-'])
    assertThat(c.args()).isEqualTo(Map.of("sep", "-"));
    assertThat(ctx.referenceRandom()).isTrue();
  }
}
