package dev.if4j.constraints.ifeval;

import static dev.if4j.constraints.ifeval.FormatChecks.build;
import static dev.if4j.constraints.ifeval.FormatChecks.context;
import static dev.if4j.constraints.ifeval.FormatChecks.follows;
import static dev.if4j.constraints.ifeval.FormatChecks.verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.ArgumentException;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected verdicts checked against the reference's PlaceholderChecker. */
class PlaceholdersTest {
  private final Constraint atLeastTwo = build(Placeholders.TYPE, Map.of("num_placeholders", 2));

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("Dear [name], you live at [address].", true),
        Arguments.of("[a [b]", false),
        Arguments.of("[] and []", true),
        Arguments.of("[a\n] [b]", false),
        Arguments.of("[a]\n[b", false),
        Arguments.of("[[a]]", false),
        Arguments.of("[x]", false),
        Arguments.of("no brackets at all", false));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void countsBracketPairsOnOneLineWithoutOverlap(String text, boolean expected) {
    assertThat(follows(atLeastTwo, text)).isEqualTo(expected);
  }

  @Test
  void countsEmptyBracketsAndStopsAtTheFirstClosingBracket() {
    assertThat(Placeholders.count("[] [[a]] [a [b]")).isEqualTo(3);
    assertThat(Placeholders.count("[a\n]")).isZero();
  }

  @Test
  void explainsTheCount() {
    assertThat(verdict(atLeastTwo, "[one] only").reason())
        .isEqualTo("found 1 placeholder, expected at least 2");
  }

  @Test
  void describesTheInstructionAsTheReference() {
    assertThat(atLeastTwo.describe()).isEqualTo(
        "The response must contain at least 2 placeholders represented by square brackets, such as [address].");
    assertThat(atLeastTwo.args()).isEqualTo(Map.of("num_placeholders", 2L));
    assertThat(atLeastTwo.id()).isEqualTo("detectable_content:number_placeholders");
  }

  @Test
  void keepsZeroWithoutDrawing() {
    BuildContext ctx = context(Placeholders.TYPE, Map.of("num_placeholders", 0));
    Constraint c = Placeholders.TYPE.create(ctx);
    assertThat(ctx.referenceRandom()).isFalse();
    assertThat(c.args()).isEqualTo(Map.of("num_placeholders", 0L));
    assertThat(follows(c, "nothing")).isTrue();
  }

  @Test
  void rejectsArgumentsOfTheWrongTypeOrName() {
    assertThatThrownBy(() -> build(Placeholders.TYPE, Map.of("num_placeholders", "2")))
        .isInstanceOf(ArgumentException.class).hasMessageContaining("num_placeholders");
    assertThatThrownBy(() -> build(Placeholders.TYPE, Map.of("num_bullets", 2)))
        .isInstanceOf(ArgumentException.class).hasMessageContaining("unknown argument");
  }
}
