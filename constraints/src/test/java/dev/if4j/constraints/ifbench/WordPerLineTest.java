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

/** Expected verdicts checked against the reference's NewLineWordsChecker. */
class WordPerLineTest {
  private final Constraint newline = build(WordPerLine.TYPE);

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("a\nb\nc", true),
        // Counts only: the line of spaces makes up for the line of two words.
        Arguments.of("a b\n \nc", true),
        Arguments.of("a\n...\nb", true),
        Arguments.of("a\n ... \nb", false),
        Arguments.of("a\r\nb", true),
        Arguments.of("a.\nb!", true),
        Arguments.of("a b", false),
        Arguments.of("\n\nword\n\n", true));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void comparesNonEmptyLinesWithWords(String text, boolean expected) {
    assertThat(follows(newline, text)).isEqualTo(expected);
  }

  @Test
  void describesAsTheReference() {
    assertThat(newline.describe()).isEqualTo("Write each word on a new line.");
  }
}
