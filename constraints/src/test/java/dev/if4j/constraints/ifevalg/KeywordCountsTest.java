package dev.if4j.constraints.ifevalg;

import static dev.if4j.constraints.ifevalg.TrainingTesting.build;
import static dev.if4j.constraints.ifevalg.TrainingTesting.context;
import static dev.if4j.constraints.ifevalg.TrainingTesting.followed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.ArgumentException;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** word_once, word_count_different_numbers, count_increment_word, exclude_word_harder. */
class KeywordCountsTest {
  @Test
  void wordOnceCountsInsideWordsIgnoringCase() {
    Constraint c = build(WordOnce.TYPE, Map.of("keyword", " art "));
    assertThat(c.describe()).isEqualTo("Include keyword art in your response.");
    assertThat(followed(c, "A START of sorts")).isTrue();
    assertThat(followed(c, "art and ART")).isFalse();
    // re.IGNORECASE matches ß with ß only, not with "SS".
    assertThat(followed(WordOnce.TYPE, Map.of("keyword", "straße"), "STRASSE Straße")).isTrue();
  }

  @Test
  void wordCountComparesAsTheRelationSays() {
    Constraint c = build(WordFrequency.TYPE, Map.of("keyword", "cat", "frequency", 2, "relation", "at least"));
    assertThat(c.describe()).isEqualTo("In your response, the word cat should appear 2 times.");
    assertThat(followed(c, "Cat catalog")).isTrue();
    assertThat(followed(c, "Cat dog")).isFalse();
    assertThatThrownBy(() -> build(WordFrequency.TYPE, Map.of("keyword", "x", "relation", "exactly")))
        .isInstanceOf(ArgumentException.class);
  }

  @Test
  void incrementWordWantsOnceAndTwice() {
    Constraint c = build(IncrementingKeywords.TYPE, Map.of("keyword1", "cat", "keyword2", " dog"));
    assertThat(c.describe()).isEqualTo(
        "Include keyword cat once in your response, keyword dog twice in your response.");
    assertThat(followed(c, "A cat and a DOG and a hotdog.")).isTrue();
    assertThat(followed(c, "A cat and a DOG.")).isFalse();
  }

  @Test
  void aMissingIncrementKeywordIsDrawnAsAListAndNeverFollowed() {
    BuildContext ctx = context(IncrementingKeywords.TYPE, Map.of("keyword2", "dog"));
    Constraint c = IncrementingKeywords.TYPE.create(ctx);
    assertThat(ctx.referenceRandom()).isTrue();
    assertThat(c.args().get("keyword1")).isInstanceOf(List.class);
    assertThat(c.describe()).matches("Include keyword \\['\\w+'\\] once in your response, keyword dog twice in your response\\.");
    assertThat(c.check(TrainingTesting.view("anything")).reason()).contains("TypeError");
  }

  @Test
  void excludedWordIsOnlyFoundBetweenSpaces() {
    Constraint c = build(ExcludedWord.TYPE, Map.of("keyword", "apple"));
    assertThat(c.describe()).isEqualTo("Do not include keyword apple in the response.");
    assertThat(followed(c, "apple pie and an apple.")).isTrue();
    assertThat(followed(c, "I like apple pie.")).isFalse();
  }

  @Test
  void aMissingExcludedWordIsDrawnFromTheInstruction() {
    BuildContext ctx = context(ExcludedWord.TYPE, Map.of("instruction", "Write about cats and dogs"));
    // random.seed(0); random.choice("Write about cats and dogs".split()) == "and"
    assertThat(ExcludedWord.TYPE.create(ctx).args()).containsExactly(Map.entry("keyword", "and"));
    assertThat(ctx.referenceRandom()).isTrue();
    assertThatThrownBy(() -> build(ExcludedWord.TYPE, Map.of()))
        .isInstanceOf(ArgumentException.class).hasMessageContaining("AttributeError");
    assertThatThrownBy(() -> build(ExcludedWord.TYPE, Map.of("instruction", " ")))
        .isInstanceOf(ArgumentException.class).hasMessageContaining("IndexError");
  }
}
