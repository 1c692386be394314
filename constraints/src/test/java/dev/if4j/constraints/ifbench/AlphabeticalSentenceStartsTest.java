package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.CustomAndRepeatTesting.build;
import static dev.if4j.constraints.ifbench.CustomAndRepeatTesting.follows;
import static dev.if4j.constraints.ifbench.CustomAndRepeatTesting.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected verdicts checked against the reference's SentenceAlphabetChecker. */
class AlphabeticalSentenceStartsTest {
  private final Constraint c = build(AlphabeticalSentenceStarts.TYPE);

  private static final List<String> STORY = List.of("Apples fall.", "Bears roar.", "Cats nap.",
      "Dogs bark.", "Eels swim.", "Foxes run.", "Geese honk.", "Hens peck.", "Ibis wade.",
      "Jays sing.", "Kites soar.", "Lions rest.", "Mice hide.", "Newts crawl.", "Owls hoot.",
      "Pigs eat.", "Quail hop.", "Rats dig.", "Seals dive.", "Toads sit.", "Urchins wait.",
      "Voles burrow.", "Wolves howl.", "Xerus stare.", "Yaks graze.", "Zebras gallop.");

  private static String story(int index, String replacement) {
    List<String> s = new ArrayList<>(STORY);
    s.set(index, replacement);
    return String.join(" ", s);
  }

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of(String.join(" ", STORY), true),
        Arguments.of(String.join("\n", STORY), true),
        Arguments.of(String.join(" ", STORY.subList(0, 25)), false),
        Arguments.of(story(0, "\"Apples fall.\""), false),
        // "İ".lower() is "i̇", which starts with "i".
        Arguments.of(story(8, "\u0130bis wade."), true),
        Arguments.of(story(3, "dogs bark."), true),
        // Punkt keeps "Dr." inside its sentence.
        Arguments.of(story(3, "Dr. Dog barks."), true));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void sentencesStartWithTheAlphabet(String text, boolean expected) {
    assertThat(follows(c, text)).isEqualTo(expected);
  }

  @Test
  void explainsTheSentenceOutOfPlace() {
    assertThat(verdict(c, story(2, "Kittens nap.")).reason())
        .isEqualTo("sentence 3 starts with \"Kittens\", expected a word starting with 'c'");
  }
}
