package dev.if4j.constraints.ifevalg;

import static dev.if4j.constraints.ifevalg.TrainingTesting.build;
import static dev.if4j.constraints.ifevalg.TrainingTesting.context;
import static dev.if4j.constraints.ifevalg.TrainingTesting.followed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * lowercase_counting, letter_counting, letter_counting2, counting_composition, count_unique,
 * punctuation_dot, punctuation_exclamation.
 */
class CountingTest {
  @Test
  void lowercaseWordsAreWholeWordRunsOfAsciiLowercase() {
    // "Don't use snake_case or abc1 in cafés, ok": t, use, or, in, ok -> 5.
    assertThat(LowercaseWordCount.countLowercaseWords("Don't use snake_case or abc1 in cafés, ok")).isEqualTo(5);
    assertThat(followed(LowercaseWordCount.TYPE, Map.of("N", 3), "Don't use snake_case or abc1 in cafés, ok")).isFalse();
    assertThat(followed(LowercaseWordCount.TYPE, Map.of("N", 5), "Don't use snake_case or abc1 in cafés, ok")).isTrue();
    assertThat(build(LowercaseWordCount.TYPE, Map.of("N", 3)).describe())
        .isEqualTo("In your response, all lowercase words should appear at most 3 times.");
  }

  @Test
  void letterCountingCountsAsciiLettersAndAnUnknownRelationNeverFollows() {
    Constraint c = build(LetterCount.TYPE, Map.of("N", 5, "relation", "exactly"));
    assertThat(c.describe()).isEqualTo("Answer with exactly 5 letters.");
    assertThat(followed(c, "abcde")).isFalse();
    assertThat(followed(LetterCount.TYPE, Map.of("N", 5, "relation", "at least"), "abcdé1")).isFalse();
    assertThat(followed(LetterCount.TYPE, Map.of("N", 5, "relation", "less than"), "abcdé1")).isTrue();
  }

  @Test
  void letterCountingDrawsMissingArgumentsInTheReferencesOrder() {
    BuildContext ctx = context(LetterCount.TYPE, Map.of());
    // random.seed(0); randint(2, 3) == 3; choice(("less than", "at least")) == "at least"
    assertThat(LetterCount.TYPE.create(ctx).describe()).isEqualTo("Answer with at least 3 letters.");
    assertThat(ctx.referenceRandom()).isTrue();
  }

  @Test
  void letterCounting2IsLetterFrequencyUnderAnotherId() {
    Constraint c = build(TrainingLetterFrequency.TYPE,
        Map.of("letter", "K", "let_frequency", 2, "let_relation", "at least"));
    assertThat(c.id()).isEqualTo("letters:letter_counting2");
    assertThat(c.describe()).isEqualTo("In your response, the letter k should appear at least 2 times.");
    assertThat(followed(c, "Kick")).isTrue();
    assertThat(followed(c, "Kit")).isFalse();
  }

  @Test
  void compositionWantsThreeParagraphsOfExactSentencesAndTokens() {
    Map<String, Object> args = Map.of("n_sent", 2, "n_words", 3);
    Constraint c = build(CountingComposition.TYPE, args);
    assertThat(c.describe()).isEqualTo("Write 3 paragraphs, delimited by the markdown divider: * * *,"
        + " with exactly 2 sentences each, with exactly 3 words in each sentence.");
    String three = "I run. We eat.\n***\nCats sleep. Dogs bark.\n***\nBig dogs. Eat now.";
    assertThat(followed(c, three)).isTrue();
    // A trailing divider leaves a blank last paragraph, which has no sentences.
    assertThat(followed(c, three + "\n***\n")).isFalse();
    assertThat(followed(c, three.replace("***", "* * *"))).isFalse();
    assertThat(followed(c, three.replace("We eat.", "We eat well."))).isFalse();
  }

  @Test
  void uniqueWordsCompareNltkTokensExactly() {
    assertThat(followed(UniqueWords.TYPE, Map.of(), "One two three.")).isTrue();
    assertThat(followed(UniqueWords.TYPE, Map.of(), "One. Two.")).isFalse();
    assertThat(followed(UniqueWords.TYPE, Map.of(), "One one")).isTrue();
  }

  @Test
  void dotsAndExclamationMarksAreBanned() {
    assertThat(followed(NoDots.TYPE, Map.of(), "No dots here!")).isTrue();
    assertThat(followed(NoDots.TYPE, Map.of(), "A dot.")).isFalse();
    assertThat(followed(NoExclamationMarks.TYPE, Map.of(), "Calm.")).isTrue();
    assertThat(followed(NoExclamationMarks.TYPE, Map.of(), "Wow!")).isFalse();
    assertThat(NoDots.TYPE.create(dev.if4j.constraints.Args.empty()).describe()).isEqualTo(
        "In your entire response, refrain from the use of . (i.e. dots) as punctuation and in general.");
    assertThat(NoExclamationMarks.TYPE.create(dev.if4j.constraints.Args.empty()).describe())
        .isEqualTo("In your entire response, refrain from the use of ! (i.e. exclamation marks) as"
            + " punctuation and in general.");
  }
}
