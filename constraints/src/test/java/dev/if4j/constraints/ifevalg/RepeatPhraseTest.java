package dev.if4j.constraints.ifevalg;

import static dev.if4j.constraints.ifevalg.TrainingTesting.build;
import static dev.if4j.constraints.ifevalg.TrainingTesting.context;
import static dev.if4j.constraints.ifevalg.TrainingTesting.followed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RepeatPhraseTest {
  private static final Map<String, Object> TWO =
      Map.of("phrase", " The early bird catches the worm ", "small_n", 2);

  @Test
  void describesTheStrippedPhrase() {
    Constraint c = build(RepeatPhrase.TYPE, TWO);
    assertThat(c.describe()).isEqualTo("Repeat the phrase The early bird catches the worm exactly 2"
        + " times, transforming it slightly each time by replacing only one word in the center of"
        + " the phrase.");
    assertThat(c.args()).containsExactly(Map.entry("phrase", "The early bird catches the worm"),
        Map.entry("small_n", 2L));
  }

  @Test
  void everyCopyMustChangeExactlyOneWord() {
    Constraint c = build(RepeatPhrase.TYPE, TWO);
    assertThat(followed(c, "The early fish catches the worm and The late bird catches the worm")).isTrue();
    // The second copy is unchanged: two copies found, one transformed.
    assertThat(followed(c, "The early fish catches the worm and The early bird catches the worm")).isFalse();
    assertThat(followed(c, "The early fish catches the worm")).isFalse();
  }

  @Test
  void aCopyCannotSpanALineAndMustKeepTheWordCount() {
    Constraint one = build(RepeatPhrase.TYPE, Map.of("phrase", "The early bird catches the worm", "small_n", 1));
    assertThat(followed(one, "The early\nfish catches the worm")).isFalse();
    assertThat(followed(one, "The big early fish catches the worm")).isFalse();
    assertThat(followed(one, "Say: The early fish catches the worm!")).isTrue();
  }

  @Test
  void findsShortestNonOverlappingCopiesLinearly() {
    assertThat(RepeatPhrase.copies("a x b a y b b", "a", "b")).containsExactly("a x b", "a y b");
    assertThat(RepeatPhrase.copies("a  b", "a", "b")).containsExactly("a  b");
    assertThat(RepeatPhrase.copies("a x\nb a y b", "a", "b")).containsExactly("a y b");
    assertThat(RepeatPhrase.copies("a b", "a", "b")).isEmpty();
    String big = "a \n".repeat(200_000) + " b";
    assertThat(RepeatPhrase.copies(big, "a", "b")).isEmpty();
  }

  @Test
  void aOneWordPhraseNeedsTwoOccurrences() {
    Constraint c = build(RepeatPhrase.TYPE, Map.of("phrase", "hello", "small_n", 1));
    // "hello there hello" is one copy of three words, the phrase has one.
    assertThat(followed(c, "hello there hello")).isFalse();
  }

  @Test
  void aBlankPhraseIsNeverFollowed() {
    Constraint c = build(RepeatPhrase.TYPE, Map.of("phrase", "  ", "small_n", 1));
    assertThat(c.describe()).startsWith("Repeat the phrase  exactly 1 times");
    assertThat(c.check(TrainingTesting.view("x")).reason()).contains("IndexError");
  }

  @Test
  void missingOrZeroArgumentsAreDrawnAsTheReferenceDraws() {
    BuildContext ctx = context(RepeatPhrase.TYPE, Map.of("small_n", 0));
    Constraint c = RepeatPhrase.TYPE.create(ctx);
    // random.seed(0); choice(_PHRASES); randint(2, 3)
    assertThat(c.args()).containsExactly(Map.entry("phrase", "Live each day to the fullest"),
        Map.entry("small_n", 3L));
    assertThat(ctx.referenceRandom()).isTrue();
  }
}
