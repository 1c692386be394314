package dev.if4j.constraints.ifevalg;

import static dev.if4j.constraints.ifevalg.TrainingTesting.build;
import static dev.if4j.constraints.ifevalg.TrainingTesting.followed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.ArgumentException;
import dev.if4j.constraints.Constraint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** first_word_sent, first_word_answer, last_word_sent, last_word_answer, keywords:start_end. */
class FirstAndLastWordsTest {
  @Test
  void everySentenceStartsWithTheWordAndAListGivesItsFirstItem() {
    Constraint c = build(FirstWordOfSentences.TYPE, Map.of("first_word", List.of("Cats", "x")));
    assertThat(c.describe()).isEqualTo("The first word of each sentence should be the word Cats.");
    assertThat(c.args()).containsExactly(Map.entry("first_word", "Cats"));
    assertThat(followed(c, "cats run. Cats sleep! CATS eat?")).isTrue();
  }

  @Test
  void anEmptySentenceOrPunctuationAfterTheWordFails() {
    assertThat(followed(FirstWordOfSentences.TYPE, Map.of("first_word", "cats"), "cats run?! Cats sleep.")).isFalse();
    assertThat(followed(FirstWordOfSentences.TYPE, Map.of("first_word", "cats"), "Cats, run. Cats sleep.")).isFalse();
    assertThatThrownBy(() -> build(FirstWordOfSentences.TYPE, Map.of("first_word", 5)))
        .isInstanceOf(ArgumentException.class);
  }

  @Test
  void theResponsesFirstTokenKeepsItsPunctuation() {
    Constraint c = build(FirstWordOfResponse.TYPE, Map.of("first_word", " YES "));
    assertThat(c.describe()).isEqualTo("The first word of your response should be the word YES.");
    assertThat(followed(c, "yes indeed.")).isTrue();
    assertThat(followed(FirstWordOfResponse.TYPE, Map.of("first_word", "yes"), "Yes, indeed.")).isFalse();
  }

  @Test
  void everySentenceEndsWithTheWordOncePunctuationIsRemoved() {
    Constraint c = build(LastWordOfSentences.TYPE, Map.of("last_word", "dog"));
    assertThat(c.describe()).isEqualTo(
        "The last word of each sentence, before punctuation, should be the word dog.");
    assertThat(followed(c, "I love my dog. You hate the (dog)! A d-o-g?")).isTrue();
    assertThat(followed(c, "I love my dog. Cats.")).isFalse();
  }

  @Test
  void theResponsesLastWordIgnoresPunctuation() {
    Constraint c = build(LastWordOfResponse.TYPE, Map.of("last_word", "end"));
    assertThat(c.describe()).isEqualTo("The last word of your response should be the word end.");
    assertThat(followed(c, "This is the END!")).isTrue();
    assertThat(followed(c, "This is the end. Really")).isFalse();
  }

  @Test
  void startAndEndCompareNltkTokensIgnoringCase() {
    assertThat(followed(StartEndSameWord.TYPE, Map.of(), "Hello there, hello")).isTrue();
    assertThat(followed(StartEndSameWord.TYPE, Map.of(), "Hello there, hello.")).isFalse();
    assertThat(followed(StartEndSameWord.TYPE, Map.of(), "Hello")).isFalse();
  }
}
