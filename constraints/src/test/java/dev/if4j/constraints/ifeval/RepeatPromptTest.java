package dev.if4j.constraints.ifeval;

import static dev.if4j.constraints.ifeval.FormatChecks.build;
import static dev.if4j.constraints.ifeval.FormatChecks.follows;
import static dev.if4j.constraints.ifeval.FormatChecks.verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.ArgumentException;
import dev.if4j.constraints.Constraint;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected verdicts checked against the reference's RepeatPromptThenAnswer. */
class RepeatPromptTest {
  private final Constraint repeat =
      build(RepeatPrompt.TYPE, Map.of("prompt_to_repeat", "Write a poem about Java."));

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("write a poem about java. Here it is.", true),
        Arguments.of("  Write a poem about Java.\nRoses...", true),
        Arguments.of("Sure! Write a poem about Java.", false),
        Arguments.of("Write a poem about Java", false),
        Arguments.of("WRITE A POEM ABOUT JAVA.", true),
        Arguments.of("Write  a poem about Java.", false));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void startsWithTheRequestIgnoringCase(String text, boolean expected) {
    assertThat(follows(repeat, text)).isEqualTo(expected);
  }

  @Test
  void lowerCasesAsPython() {
    // "\u0130".lower() is "i\u0307" in Python: the dotted capital I is not a plain "i".
    Constraint c = build(RepeatPrompt.TYPE, Map.of("prompt_to_repeat", "\u0130stanbul"));
    assertThat(follows(c, "\u0130STANBUL then")).isTrue();
    assertThat(follows(c, "i\u0307stanbul")).isTrue();
    assertThat(follows(c, "istanbul then")).isFalse();
  }

  @Test
  void lowerCasesOnlyWhatItCompares() {
    // ASCII text is compared by lower-casing the prefix alone; anything else lower-cases the text.
    assertThat(RepeatPrompt.lowerStartsWith("WRITE A Poem", "write a")).isTrue();
    assertThat(RepeatPrompt.lowerStartsWith("Wr", "write")).isFalse();
    // The long s and the Kelvin sign are not ASCII letters: no case-insensitive shortcut.
    assertThat(RepeatPrompt.lowerStartsWith("ask", "a\u017fk")).isFalse();
    assertThat(RepeatPrompt.lowerStartsWith("\u212Aey", "key")).isTrue(); // KELVIN SIGN lowers to k
    // One char that lower-cases to two: the text is shorter than the prefix, yet starts with it.
    assertThat(RepeatPrompt.lowerStartsWith("\u0130", "i\u0307")).isTrue();
  }

  @Test
  void requiresANonEmptyRequest() {
    assertThatThrownBy(() -> build(RepeatPrompt.TYPE, Map.of()))
        .isInstanceOf(ArgumentException.class).hasMessageContaining("prompt_to_repeat");
    assertThatThrownBy(() -> build(RepeatPrompt.TYPE, Map.of("prompt_to_repeat", "")))
        .isInstanceOf(ArgumentException.class).hasMessageContaining("must be set");
  }

  @Test
  void aBlankRequestIsAlwaysRepeated() {
    Constraint c = build(RepeatPrompt.TYPE, Map.of("prompt_to_repeat", "  "));
    assertThat(follows(c, "anything")).isTrue();
  }

  @Test
  void explainsTheVerdict() {
    assertThat(verdict(repeat, "Write a poem on Java.").reason())
        .isEqualTo("the response does not start with the request (they differ at character 13)");
  }

  @Test
  void describesTheInstructionAsTheReference() {
    assertThat(repeat.describe()).isEqualTo("First repeat the request word for word without change, then "
        + "give your answer (1. do not say any words or characters before repeating the request; 2. the "
        + "request you need to repeat does not include this sentence)");
    assertThat(repeat.args()).isEqualTo(Map.of("prompt_to_repeat", "Write a poem about Java."));
  }
}
