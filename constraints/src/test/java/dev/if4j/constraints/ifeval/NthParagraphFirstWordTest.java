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

class NthParagraphFirstWordTest {
  private final Constraint secondIsHello = build(NthParagraphFirstWord.TYPE,
      Map.of("num_paragraphs", 2, "nth_paragraph", 2, "first_word", "Hello"));

  // Verdicts of the reference's ParagraphFirstWordCheck(2, 2, 'Hello') on the same texts.
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "x\\n\\nhello world | true",
    "x\\n\\n\"'Hello,\" she | false", // only ' then " are stripped, in that order
    "x\\n\\n'\"hello | true",
    "x\\n\\n\\n\\nhello | false", // the blank piece is skipped in the count, not in the lookup
    "\\n\\nx\\n\\nhello | false",
    "x\\n\\n  HELLO! | true",
    "x\\n\\nhelloworld | false",
    "x\\n\\nhello\\n\\n | true",
    "x\\n\\nhello\\n\\n\\n\\ny | false",
    "x\\n\\n\u00a0\\n\\nhello | false",
  })
  void findsTheFirstWordAsTheReference(String text, boolean expected) {
    assertThat(followed(secondIsHello, text.replace("\\n", "\n"))).isEqualTo(expected);
  }

  @Test
  void lowerCasesLetterByLetterSoAFinalSigmaDoesNotMatch() {
    Constraint greek = build(NthParagraphFirstWord.TYPE,
        Map.of("num_paragraphs", 1, "nth_paragraph", 1, "first_word", "ΟΔΟΣ"));
    assertThat(greek.args()).containsEntry("first_word", "οδος");
    assertThat(followed(greek, "ΟΔΟΣ x")).isFalse();
    assertThat(followed(greek, "οδος x")).isTrue();
  }

  @Test
  void explainsWhy() {
    assertThat(secondIsHello.check(view("x\n\nbye")).reason())
        .isEqualTo("paragraph 2 starts with 'bye', expected 'hello'");
    assertThat(secondIsHello.check(view("x")).reason()).isEqualTo("found 1 paragraphs, no paragraph 2");
    assertThat(secondIsHello.check(view("x\n\nhello\n\ny")).reason())
        .isEqualTo("found 3 paragraphs, expected 2");
  }

  @Test
  void describesAsTheReference() {
    assertThat(secondIsHello.describe()).isEqualTo("There should be 2 paragraphs. Paragraphs and "
        + "only paragraphs are separated with each other by two new lines as if it was '\\n\\n' in "
        + "python. Paragraph 2 must start with word hello.");
    assertThat(secondIsHello.args()).containsExactly(Map.entry("num_paragraphs", 2L),
        Map.entry("nth_paragraph", 2L), Map.entry("first_word", "hello"));
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> build(NthParagraphFirstWord.TYPE,
        Map.of("num_paragraphs", 2, "nth_paragraph", 1, "first_word", 7)))
        .isInstanceOf(ArgumentException.class)
        .hasMessageContaining("length_constraints:nth_paragraph_first_word: argument 'first_word' = 7");
  }

  @Test
  void anOutOfRangeParagraphIsRedrawnAsTheReferenceDoes() {
    // random.seed(0); nth 7 > 3 paragraphs -> randint(1, 4) = 4 (the reference's range ends at n+1).
    BuildContext ctx = context(NthParagraphFirstWord.TYPE,
        Map.of("num_paragraphs", 3, "nth_paragraph", 7, "first_word", "Go"));
    assertThat(build(NthParagraphFirstWord.TYPE, ctx).args()).containsExactly(
        Map.entry("num_paragraphs", 3L), Map.entry("nth_paragraph", 4L), Map.entry("first_word", "go"));
    assertThat(ctx.referenceRandom()).isTrue();
  }

  @Test
  void everythingMissingIsDrawnInTheReferenceOrder() {
    // Same draws as the reference with our keyword pool in place of its word list.
    BuildContext ctx = context(NthParagraphFirstWord.TYPE, Map.of());
    assertThat(build(NthParagraphFirstWord.TYPE, ctx).args()).containsExactly(
        Map.entry("num_paragraphs", 4L), Map.entry("nth_paragraph", 4L), Map.entry("first_word", "window"));
  }
}
