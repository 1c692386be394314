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

class IncludeKeywordsTest {
  private final Constraint four = build(IncludeKeywords.TYPE,
      Map.of("keywords", List.of("Zebra", "apple", "Äpfel", "it's")));

  @Test
  void sortsTheKeywordsByCodePointAndPrintsThemAsAPythonList() {
    assertThat(four.describe())
        .isEqualTo("Include keywords ['Zebra', 'apple', \"it's\", 'Äpfel'] in the response.");
    assertThat(four.args()).containsExactly(
        Map.entry("keywords", List.of("Zebra", "apple", "it's", "Äpfel")));
  }

  @Test
  void findsEveryKeywordIgnoringCaseEvenInsideWords() {
    // Verdicts of the reference's KeywordChecker on the same texts.
    assertThat(followed(four, "zebra APPLE äpfel IT'S")).isTrue();
    assertThat(followed(four, "ZEBRA apple")).isFalse();
    assertThat(followed(four, "zebras apples äpfels it's")).isTrue();
    assertThat(followed(four, "ZEBRA APPLE ÄPFEL IT’S")).isFalse();
  }

  @Test
  void usesPythonsCaseInsensitiveEqualityNotFullCaseFolding() {
    Constraint c = build(IncludeKeywords.TYPE, Map.of("keywords", List.of("straße", "kelvin")));
    assertThat(followed(c, "STRASSE kelvin")).isFalse();
    assertThat(followed(c, "STRAẞE \u212Aelvin")).isTrue();
  }

  @Test
  void takesMetacharactersLiterally() {
    Constraint c = build(IncludeKeywords.TYPE, Map.of("keywords", List.of("C++", "e.g.")));
    assertThat(followed(c, "I write C++, e.g. templates")).isTrue();
    assertThat(followed(c, "I write C++, eggs")).isFalse();
  }

  @Test
  void namesTheMissingKeyword() {
    assertThat(four.check(view("zebra apple äpfel")).reason()).isEqualTo("keyword \"it's\" not found");
  }

  @Test
  void rejectsANonListArgument() {
    assertThatThrownBy(() -> build(IncludeKeywords.TYPE, Map.of("keywords", "apple")))
        .isInstanceOf(ArgumentException.class)
        .hasMessage("keywords:existence: argument 'keywords' = \"apple\": expected string list");
  }

  @Test
  void anEmptyListIsFilledFromOurPool() {
    // random.seed(0); random.sample(pool, k=2) with the reference's code and our pool.
    BuildContext ctx = context(IncludeKeywords.TYPE, Map.of("keywords", List.of()));
    Constraint c = build(IncludeKeywords.TYPE, ctx);
    assertThat(c.describe()).isEqualTo("Include keywords ['signal', 'valley'] in the response.");
    assertThat(ctx.referenceRandom()).isTrue();
  }
}
