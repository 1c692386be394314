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

/** Expected verdicts checked against the reference's EndChecker. */
class EndPhraseTest {
  private final Constraint ender = build(EndPhrase.TYPE, Map.of("end_phrase", " Any other questions? "));

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("Here you go. Any other questions?", true),
        Arguments.of("\"Here you go. Any other questions?\"", true),
        Arguments.of("here you go. any OTHER questions?  \n", true),
        Arguments.of("Any other questions?!", false),
        Arguments.of("Any other questions? Thanks", false),
        Arguments.of("\"\"Any other questions?\"\"\n", true),
        Arguments.of("Any other questions", false));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void endsWithThePhraseIgnoringCaseAndOuterQuotes(String text, boolean expected) {
    assertThat(follows(ender, text)).isEqualTo(expected);
  }

  @Test
  void lowerCasesOnlyWhatItCompares() {
    assertThat(EndPhrase.lowerEndsWith("Is there ANYTHING else", "anything else")).isTrue();
    assertThat(EndPhrase.lowerEndsWith("se", "else")).isFalse();
    assertThat(EndPhrase.lowerEndsWith("ends with s", "with \u017f")).isFalse();
    assertThat(EndPhrase.lowerEndsWith("ends with \u212A", "with k")).isTrue(); // KELVIN SIGN
    // One char that lower-cases to two: the text is shorter than the suffix, yet ends with it.
    assertThat(EndPhrase.lowerEndsWith("\u0130", "i\u0307")).isTrue();
    // The final sigma depends on what precedes it.
    assertThat(EndPhrase.lowerEndsWith("\u039F\u03A3", "\u03bf\u03c2")).isTrue();
  }

  @Test
  void aPhraseCannotEndInsideASurrogatePair() {
    Constraint c = build(EndPhrase.TYPE, Map.of("end_phrase", "\ude00"));
    assertThat(follows(c, "smile \ud83d\ude00")).isFalse();
  }

  @Test
  void explainsTheVerdict() {
    assertThat(verdict(ender, "Any other questions? Thanks").reason()).isEqualTo(
        "the response does not end with \"Any other questions?\"; it ends with \"er questions? thanks\"");
  }

  @Test
  void describesTheStrippedPhrase() {
    assertThat(ender.describe()).isEqualTo(
        "Finish your response with this exact phrase Any other questions?. No other words should follow this phrase.");
    assertThat(ender.args()).isEqualTo(Map.of("end_phrase", "Any other questions?"));
  }
}
