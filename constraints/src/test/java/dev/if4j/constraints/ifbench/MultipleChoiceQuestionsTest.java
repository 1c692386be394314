package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.CustomAndRepeatTesting.build;
import static dev.if4j.constraints.ifbench.CustomAndRepeatTesting.follows;
import static dev.if4j.constraints.ifbench.CustomAndRepeatTesting.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected verdicts checked against the reference's MultipleChoiceQuestionsChecker. */
class MultipleChoiceQuestionsTest {
  private final Constraint c = build(MultipleChoiceQuestions.TYPE);

  private static final String OPTIONS = "\nA) a\nB) b\nC) c\nD) d\nE) e";
  private static final String GOOD = "Question 1. Who?" + OPTIONS + "\n\nQuestion 2. Who is?" + OPTIONS
      + "\n\nQuestion 3. Who is it?" + OPTIONS + "\n\nQuestion 4. Who is it now?" + OPTIONS;

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of(GOOD, true),
        Arguments.of("Here you go.\n" + GOOD, false),
        // Not progressively longer.
        Arguments.of(GOOD.replace("1. Who?", "1. Who is it now?"), false),
        // Labels with ':', ')', ';' or nothing after the number; options 'a.', 'A|', 'A)_'.
        Arguments.of("Question 1: Who?\na. a\nb. b\nc. c\nd. d\ne. e\nQuestion 2) Who is?\nA| a\nB| b\n"
            + "C| c\nD| d\nE| e\nQuestion 3; Who is it?\nA)a\nB)b\nC)c\nD)d\nE)_\nQuestion 4 Who is it"
            + " now?\nA.\tx\nB. y\nC. z\nD. w\nE. v", true),
        // Four options in the first question.
        Arguments.of(GOOD.replaceFirst("\nE\\) e", ""), false),
        // "Question:" without a number does not separate questions.
        Arguments.of(GOOD.replaceAll("Question \\d\\.", "Question:"), false),
        // An 'F)' line after the options is neither an option nor question text.
        Arguments.of(GOOD.replaceFirst("E\\) e", "E) e\nF) f"), true),
        // "E) !" has no word character, so it is not an option.
        Arguments.of(GOOD.replaceFirst("E\\) e", "E) !"), false),
        // The label is found inside a word.
        Arguments.of(GOOD.replace("\n\nQuestion 3", "\nFAQuestion 3"), true),
        // A stray line among the options is ignored.
        Arguments.of(GOOD.replaceFirst("B\\) b", "B) b\nnote"), true),
        // Blank lines in the question text count as extra spaces: "Who   is?" (9) < "Who is it?".
        Arguments.of("Question 1. Who\n\n\nis?" + OPTIONS + "\nQuestion 2. Who is it?" + OPTIONS
            + "\nQuestion 3. Who is it??" + OPTIONS + "\nQuestion 4. Who is it now?" + OPTIONS, true),
        Arguments.of("Q", false));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void fourQuestionsOfFiveOptionsGettingLonger(String text, boolean expected) {
    assertThat(follows(c, text)).isEqualTo(expected);
  }

  @Test
  void explainsWhichQuestionFails() {
    assertThat(verdict(c, GOOD.replaceFirst("\nE\\) e", "")).reason())
        .isEqualTo("question 1 has 4 options, expected 5");
  }

  @Test
  void recognisesOptionLines() {
    assertThat(MultipleChoiceQuestions.isOption("A) Cubism")).isTrue();
    assertThat(MultipleChoiceQuestions.isOption("e.\u00a0\u00e9")).isTrue();
    assertThat(MultipleChoiceQuestions.isOption("A) ")).isFalse();
    assertThat(MultipleChoiceQuestions.isOption("A: x")).isFalse();
    assertThat(MultipleChoiceQuestions.isOption("F) x")).isFalse();
  }

  @Test
  void describesAsTheReference() {
    assertThat(c.describe()).isEqualTo("Generate 4 multiple choice questions with 5 options each"
        + " about '20th century art history'. Each question should start with the label"
        + " \"Question\". The questions should get progressively longer. Do not provide an"
        + " explanation.");
  }
}
