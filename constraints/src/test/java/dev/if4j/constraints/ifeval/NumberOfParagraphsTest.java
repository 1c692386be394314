package dev.if4j.constraints.ifeval;

import static dev.if4j.constraints.ifeval.IfEvalTesting.build;
import static dev.if4j.constraints.ifeval.IfEvalTesting.context;
import static dev.if4j.constraints.ifeval.IfEvalTesting.followed;
import static dev.if4j.constraints.ifeval.IfEvalTesting.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.ArgumentException;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberOfParagraphsTest {
  private final Constraint two = build(NumberOfParagraphs.TYPE, Map.of("num_paragraphs", 2));
  private final Constraint one = build(NumberOfParagraphs.TYPE, Map.of("num_paragraphs", 1));

  // Verdicts of the reference's ParagraphChecker(num_paragraphs=2) on the same texts.
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "a *** b | true",
    "a***b | true",
    "a\\n***\\nb | true",
    "*** a *** b *** | true", // blank pieces at both ends are not paragraphs
    "a *** *** b | false", // a blank piece between dividers fails
    "a **** b | true", // ***, then a piece '* b'
    "\" \\n *** a *** b\" | true",
    "\"a *** b ***  \\n\" | true",
    "a\\t***\\tb | true",
    "a  ***  b | true", // one space each side belongs to the divider, the rest to the pieces
    "a ****** b | false", // two dividers back to back: an empty piece between
    "a *** b *** c | false",
  })
  void splitsOnTheMarkdownDividerAsTheReference(String text, boolean expected) {
    assertThat(followed(two, text.replace("\\n", "\n").replace("\\t", "\t"))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "a | true", "*** | false", "a *** | true", "*** a | true", "\"a *** \\n *** \" | false",
  })
  void oneParagraph(String text, boolean expected) {
    assertThat(followed(one, text.replace("\\n", "\n"))).isEqualTo(expected);
  }

  @Test
  void explainsWhy() {
    assertThat(two.check(view("a *** b *** c")).reason())
        .isEqualTo("found 3 paragraphs separated by ***, expected 2");
    assertThat(two.check(view("a *** *** b")).reason())
        .isEqualTo("piece 2 between two *** dividers is empty");
  }

  @Test
  void describesAsTheReference() {
    assertThat(two.describe()).isEqualTo(
        "There should be 2 paragraphs. Paragraphs are separated with the markdown divider: ***");
    assertThat(two.args()).containsExactly(Map.entry("num_paragraphs", 2L));
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> build(NumberOfParagraphs.TYPE, Map.of("num_paragraphs", "2")))
        .isInstanceOf(ArgumentException.class)
        .hasMessageContaining("length_constraints:number_paragraphs: argument 'num_paragraphs'");
    assertThatThrownBy(() -> build(NumberOfParagraphs.TYPE, Map.of("paragraphs", 2)))
        .isInstanceOf(ArgumentException.class).hasMessageContaining("known: num_paragraphs");
  }

  @Test
  void linearOnAMegabyteOfStars() {
    String text = "*".repeat(1_000_000);
    assertThat(followed(two, text)).isFalse();
  }

  @Test
  void missingCountIsDrawn() {
    BuildContext ctx = context(NumberOfParagraphs.TYPE, Map.of());
    assertThat(build(NumberOfParagraphs.TYPE, ctx).args()).containsEntry("num_paragraphs", 4L);
    assertThat(ctx.referenceRandom()).isTrue();
  }
}
