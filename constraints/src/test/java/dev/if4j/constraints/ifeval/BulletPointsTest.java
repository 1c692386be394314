package dev.if4j.constraints.ifeval;

import static dev.if4j.constraints.ifeval.FormatChecks.build;
import static dev.if4j.constraints.ifeval.FormatChecks.follows;
import static dev.if4j.constraints.ifeval.FormatChecks.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected verdicts checked against the reference's BulletListChecker. */
class BulletPointsTest {
  private final Constraint exactlyThree = build(BulletPoints.TYPE, Map.of("num_bullets", 3));

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("* a\n* b\n- c", true),
        Arguments.of("**Bold**\n* a\n* b", false),
        Arguments.of("  * indented\n\t- dash\n*tight", true),
        Arguments.of("*\n* b\n* c", false),
        Arguments.of("\n\n* a\n\n* b\n\n* c", true),
        Arguments.of("---\n- a\n- b", true),
        Arguments.of("* a\n* b\n* c\n* d", false),
        Arguments.of("text * a\n* b\n* c", false),
        Arguments.of("1. a\n2. b\n3. c", false),
        Arguments.of("* a\r\n* b\r\n* c", true),
        Arguments.of("- a\n-b\n   -c", true),
        Arguments.of("*", false));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void countsStarAndDashBulletsAsTheReference(String text, boolean expected) {
    assertThat(follows(exactlyThree, text)).isEqualTo(expected);
  }

  @Test
  void boldAtALineStartIsNoBulletButARuleIs() {
    assertThat(BulletPoints.count("**Bold**\n* a", '*')).isEqualTo(1);
    assertThat(BulletPoints.count("---\n- a", '-')).isEqualTo(2);
  }

  @Test
  void aStarAloneOnItsLineSwallowsTheNextLine() {
    // [^\*] matches the newline, and .* then runs to the end of the next line.
    assertThat(BulletPoints.count("*\n* b\n* c", '*')).isEqualTo(2);
    // The dash scan is separate: a dash line swallowed by the star scan still counts.
    assertThat(BulletPoints.count("*\n- b", '*')).isEqualTo(1);
    assertThat(BulletPoints.count("*\n- b", '-')).isEqualTo(1);
  }

  @Test
  void leadingWhitespaceMayCrossBlankLines() {
    assertThat(BulletPoints.count("\n \n\t* a", '*')).isEqualTo(1);
    assertThat(BulletPoints.count("\u3000* a", '*')).isEqualTo(1);
  }

  @Test
  void explainsTheCount() {
    assertThat(verdict(exactlyThree, "* a\n- b").reason())
        .isEqualTo("found 2 bullet points (1 '*', 1 '-'), expected exactly 3");
  }

  @Test
  void describesTheInstructionAsTheReference() {
    assertThat(exactlyThree.describe()).isEqualTo("Your answer must contain exactly 3 bullet points. "
        + "Use the markdown bullet points such as:\n* This is point 1. \n* This is point 2");
    assertThat(exactlyThree.args()).isEqualTo(Map.of("num_bullets", 3L));
  }
}
