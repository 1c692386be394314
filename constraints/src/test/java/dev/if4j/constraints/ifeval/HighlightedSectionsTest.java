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

/** Expected verdicts checked against the reference's HighlightSectionChecker. */
class HighlightedSectionsTest {
  private final Constraint atLeastTwo = build(HighlightedSections.TYPE, Map.of("num_highlights", 2));

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("*one* and *two*", true),
        Arguments.of("**bold** only", false),
        Arguments.of("*a* b *c*", true),
        Arguments.of("* * and ** **", false),
        Arguments.of("***", false),
        Arguments.of("*a\nb* *c*", false),
        Arguments.of("*one* **two**", true),
        Arguments.of("**a** **b**", true),
        Arguments.of("***x***", true),
        Arguments.of("** a **", false),
        Arguments.of("*a**b*", true));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void countsSingleAndDoubleAsteriskHighlights(String text, boolean expected) {
    assertThat(follows(atLeastTwo, text)).isEqualTo(expected);
  }

  @Test
  void aDoubleAsteriskHighlightCountsOnlyInTheDoubleScan() {
    // "**bold**": the single scan finds "**" and "**", both empty; the double scan "**bold**".
    assertThat(HighlightedSections.countSingle("**bold**")).isZero();
    assertThat(HighlightedSections.countDouble("**bold**")).isEqualTo(1);
    assertThat(HighlightedSections.countSingle("*a* b *c*")).isEqualTo(2);
  }

  @Test
  void blankOrMultiLineHighlightsDoNotCount() {
    assertThat(HighlightedSections.countSingle("* * *\t* *\n*")).isZero();
    assertThat(HighlightedSections.countDouble("** ** **\n**")).isZero();
  }

  @Test
  void explainsTheCount() {
    assertThat(verdict(atLeastTwo, "**bold** only").reason())
        .isEqualTo("found 1 highlighted section (0 *...*, 1 **...**), expected at least 2");
  }

  @Test
  void describesTheInstructionAsTheReference() {
    assertThat(atLeastTwo.describe()).isEqualTo(
        "Highlight at least 2 sections in your answer with markdown, i.e. *highlighted section*.");
    assertThat(atLeastTwo.args()).isEqualTo(Map.of("num_highlights", 2L));
  }
}
