package dev.if4j.constraints.ifeval;

import static dev.if4j.constraints.ifeval.IfEvalTesting.build;
import static dev.if4j.constraints.ifeval.IfEvalTesting.context;
import static dev.if4j.constraints.ifeval.IfEvalTesting.followed;
import static dev.if4j.constraints.ifeval.IfEvalTesting.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.ArgumentException;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForbiddenWordsTest {
  private final Constraint catDog = build(ForbiddenWords.TYPE,
      Map.of("forbidden_words", List.of("cat", "Dog", "cat")));

  @Test
  void dropsDuplicatesAndSorts() {
    assertThat(catDog.describe()).isEqualTo("Do not include keywords ['Dog', 'cat'] in the response.");
    assertThat(catDog.args()).containsExactly(Map.entry("forbidden_words", List.of("Dog", "cat")));
  }

  // Verdicts of the reference's ForbiddenWords(['cat', 'Dog']) on the same texts.
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "cats and dogs | true", "the CAT sat | false", "cat's | false", "cat-like | false",
    "_cat | true", "dog_ | true", "DOG! | false", "xdog | true", "hotdog | true",
    "catégorie | true", "cat\u0301 | false", // a combining accent is no word character in Python
  })
  void matchesWholeWordsWithPythonsBoundaries(String text, boolean expected) {
    assertThat(followed(catDog, text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "a -x | true", "a-x | false", "y- b | true", "y-b | false", "-xa | true", "a y- | true",
  })
  void punctuationAtTheEdgesNeedsAWordCharacterNextToIt(String text, boolean expected) {
    Constraint c = build(ForbiddenWords.TYPE, Map.of("forbidden_words", List.of("-x", "y-")));
    assertThat(followed(c, text)).isEqualTo(expected);
  }

  @Test
  void triesOverlappingOccurrences() {
    Constraint c = build(ForbiddenWords.TYPE, Map.of("forbidden_words", List.of("aa")));
    assertThat(followed(c, "aaa")).isTrue();
    assertThat(followed(c, "aaa aa")).isFalse();
  }

  @Test
  void anEmptyWordIsFoundWhereverThereIsAWordCharacter() {
    // re.search(r"\b\b", text) matches at any word boundary.
    Constraint c = build(ForbiddenWords.TYPE, Map.of("forbidden_words", List.of("")));
    assertThat(followed(c, "!!! ...")).isTrue();
    assertThat(followed(c, "!!! a")).isFalse();
  }

  @Test
  void saysWhereTheWordIs() {
    assertThat(catDog.check(view("😀 a cat")).reason())
        .isEqualTo("found forbidden word 'cat' at character 4");
  }

  @Test
  void rejectsAListOfNonStrings() {
    assertThatThrownBy(() -> build(ForbiddenWords.TYPE, Map.of("forbidden_words", List.of(1, 2))))
        .isInstanceOf(ArgumentException.class)
        .hasMessageContaining("keywords:forbidden_words: argument 'forbidden_words'");
  }

  @Test
  void missingWordsAreDrawnFromOurPool() {
    BuildContext ctx = context(ForbiddenWords.TYPE, Map.of());
    assertThat(build(ForbiddenWords.TYPE, ctx).args())
        .containsEntry("forbidden_words", List.of("signal", "valley"));
    assertThat(ctx.referenceRandom()).isTrue();
  }
}
