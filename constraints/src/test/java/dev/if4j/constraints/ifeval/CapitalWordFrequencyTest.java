package dev.if4j.constraints.ifeval;

import static dev.if4j.constraints.ifeval.IfEvalTesting.build;
import static dev.if4j.constraints.ifeval.IfEvalTesting.context;
import static dev.if4j.constraints.ifeval.IfEvalTesting.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.ArgumentException;
import dev.if4j.constraints.BuildContext;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CapitalWordFrequencyTest {
  private final CapitalWordFrequency lessThan3 = (CapitalWordFrequency) build(
      CapitalWordFrequency.TYPE, Map.of("capital_frequency", 3, "capital_relation", "less than"));

  @Test
  void describesAsTheReference() {
    assertThat(lessThan3.describe()).isEqualTo(
        "In your response, words with all capital letters should appear less than 3 times.");
    assertThat(lessThan3.args()).containsExactly(Map.entry("capital_frequency", 3L),
        Map.entry("capital_relation", "less than"));
  }

  @Test
  void comparesTheCount() {
    assertThat(lessThan3.judge(2).isFollowed()).isTrue();
    assertThat(lessThan3.judge(3).isFollowed()).isFalse();
    assertThat(lessThan3.judge(3).reason())
        .isEqualTo("found 3 all-capital words, expected less than 3");
  }

  @Test
  void keepsANegativeFrequencyAsTheReferenceDoes() {
    BuildContext ctx = context(CapitalWordFrequency.TYPE,
        Map.of("capital_frequency", -1, "capital_relation", "at least"));
    CapitalWordFrequency c = (CapitalWordFrequency) build(CapitalWordFrequency.TYPE, ctx);
    assertThat(ctx.referenceRandom()).isFalse();
    assertThat(c.describe()).endsWith("should appear at least -1 times.");
    assertThat(c.judge(0).isFollowed()).isTrue();
  }

  // Counts of isupper() tokens of nltk.word_tokenize in CPython.
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    "I SAID NO. | 3",
    "The USA and UK are U.S.-ALLIED; I'M OK. | 6",
    "A B C D | 4",
    "Hello WORLD. NASA's O'NEIL can't. | 3",
  })
  void countsUpperCaseTokensOfWordTokenize(String text, int capitals) {
    assertThat(view(text).get(Counts.CAPITAL_WORDS)).isEqualTo(capitals);
  }

  @Test
  void aBadRelationIsAnError() {
    assertThatThrownBy(() -> build(CapitalWordFrequency.TYPE,
        Map.of("capital_frequency", 3, "capital_relation", "at most")))
        .isInstanceOf(ArgumentException.class)
        .hasMessage("change_case:capital_word_frequency: argument 'capital_relation' = \"at most\": "
            + "must be 'less than' or 'at least'");
  }

  @Test
  void missingArgumentsAreDrawn() {
    BuildContext ctx = context(CapitalWordFrequency.TYPE, Map.of());
    assertThat(build(CapitalWordFrequency.TYPE, ctx).args()).containsExactly(
        Map.entry("capital_frequency", 13L), Map.entry("capital_relation", "at least"));
    assertThat(ctx.referenceRandom()).isTrue();
  }
}
