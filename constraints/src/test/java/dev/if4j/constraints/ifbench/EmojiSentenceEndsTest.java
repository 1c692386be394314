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

/** Expected verdicts checked against the reference's EmojiSentenceChecker. */
class EmojiSentenceEndsTest {
  private final Constraint emoji = build(EmojiSentenceEnds.TYPE);

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("Hello 😀. World 😀.", true),
        // Punkt puts the emoji at the start of the next sentence; that counts.
        Arguments.of("Hello. 😀 World 😀", true),
        Arguments.of("Hi 😀a.", true),
        Arguments.of("Love ❤️.", true),
        Arguments.of("France 🇫🇷.", false),
        Arguments.of("...", false),
        Arguments.of("Hello 😀. ...", false),
        Arguments.of("Nice 👍🏽.", true),
        Arguments.of("No emoji here.", false),
        Arguments.of("One 😀. Two.", false),
        // No sentence at all: nothing fails (the evaluator never asks about a blank response).
        Arguments.of(" \n ", true));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void everySentenceEndsWithAnEmoji(String text, boolean expected) {
    assertThat(follows(emoji, text)).isEqualTo(expected);
  }

  @Test
  void describesAsTheReference() {
    assertThat(emoji.describe()).isEqualTo("Please use an emoji at the end of every sentence.");
  }
}
