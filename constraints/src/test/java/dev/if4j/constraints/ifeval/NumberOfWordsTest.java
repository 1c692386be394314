package dev.if4j.constraints.ifeval;

import static dev.if4j.constraints.ifeval.IfEvalTesting.build;
import static dev.if4j.constraints.ifeval.IfEvalTesting.context;
import static dev.if4j.constraints.ifeval.IfEvalTesting.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.ArgumentException;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NumberOfWordsTest {
  // Counts of instructions_util.count_words (NLTK's RegexpTokenizer(r"\w+")) in CPython.
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "don't | 2", "3.5 | 2", "naïve café | 2", "e\u0301 | 1", "x\u0301y | 2", "你好世界 | 1",
    "a_b c | 2", "²³ x | 2", "--- | 0", "\"\" | 0", "😀 word 𝐀𝐁 | 2",
  })
  void countsRunsOfPythonWordCharacters(String text, int words) {
    assertThat(view(text).get(Counts.WORDS)).isEqualTo(words);
  }

  @Test
  void comparesTheWordCount() {
    Constraint lessThan3 = build(NumberOfWords.TYPE, Map.of("num_words", 3, "relation", "less than"));
    assertThat(lessThan3.check(view("one two")).isFollowed()).isTrue();
    assertThat(lessThan3.check(view("one, two; three!")).isFollowed()).isFalse();
    assertThat(lessThan3.check(view("one two three four")).reason())
        .isEqualTo("found 4 words, expected less than 3");
    Constraint atLeast3 = build(NumberOfWords.TYPE, Map.of("num_words", 3, "relation", "at least"));
    assertThat(atLeast3.check(view("don't stop")).isFollowed()).isTrue();
  }

  @Test
  void describesAsTheReference() {
    Constraint c = build(NumberOfWords.TYPE, Map.of("relation", "at least", "num_words", 300));
    assertThat(c.describe()).isEqualTo("Answer with at least 300 words.");
    assertThat(c.args()).containsExactly(Map.entry("num_words", 300L), Map.entry("relation", "at least"));
  }

  @Test
  void aBadRelationIsAnError() {
    assertThatThrownBy(() -> build(NumberOfWords.TYPE, Map.of("num_words", 3, "relation", "at most")))
        .isInstanceOf(ArgumentException.class)
        .hasMessage("length_constraints:number_words: argument 'relation' = \"at most\": "
            + "must be 'less than' or 'at least'");
    assertThatThrownBy(() -> build(NumberOfWords.TYPE, Map.of("num_words", 2.5, "relation", "at least")))
        .isInstanceOf(ArgumentException.class).hasMessageContaining("'num_words' = 2.5");
  }

  @Test
  void missingArgumentsAreDrawnAsTheReferenceDraws() {
    BuildContext ctx = context(NumberOfWords.TYPE, Map.of());
    assertThat(build(NumberOfWords.TYPE, ctx).describe()).isEqualTo("Answer with at least 297 words.");
    assertThat(ctx.referenceRandom()).isTrue();
  }
}
