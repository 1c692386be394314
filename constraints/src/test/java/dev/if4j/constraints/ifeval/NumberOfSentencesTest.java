package dev.if4j.constraints.ifeval;

import static dev.if4j.constraints.ifeval.IfEvalTesting.build;
import static dev.if4j.constraints.ifeval.IfEvalTesting.context;
import static dev.if4j.constraints.ifeval.IfEvalTesting.followed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.ArgumentException;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NumberOfSentencesTest {
  private final NumberOfSentences lessThan3 = (NumberOfSentences) build(NumberOfSentences.TYPE,
      Map.of("num_sentences", 3, "relation", "less than"));

  @Test
  void describesAsTheReference() {
    assertThat(lessThan3.describe()).isEqualTo("Your response should contain less than 3 sentences.");
    assertThat(lessThan3.args()).containsExactly(
        Map.entry("num_sentences", 3L), Map.entry("relation", "less than"));
  }

  @Test
  void comparesTheSentenceCount() {
    assertThat(lessThan3.judge(2).isFollowed()).isTrue();
    assertThat(lessThan3.judge(3).isFollowed()).isFalse();
    assertThat(lessThan3.judge(12).reason()).isEqualTo("found 12 sentences, expected less than 3");
    NumberOfSentences atLeast3 = (NumberOfSentences) build(NumberOfSentences.TYPE,
        Map.of("num_sentences", 3, "relation", "at least"));
    assertThat(atLeast3.judge(3).isFollowed()).isTrue();
    assertThat(atLeast3.judge(2).isFollowed()).isFalse();
  }

  @Test
  void countsPunktSentences() {
    // Verdicts of the reference: Punkt knows "Mr." is no sentence end.
    assertThat(followed(lessThan3, "One. Two. Three.")).isFalse();
    assertThat(followed(lessThan3, "One. Two.")).isTrue();
    assertThat(followed(lessThan3, "Mr. Smith went to Washington. He arrived.")).isTrue();
  }

  @Test
  void aBadRelationNamesInstructionKeyAndValue() {
    assertThatThrownBy(() -> build(NumberOfSentences.TYPE,
        Map.of("num_sentences", 3, "relation", "more than")))
        .isInstanceOf(ArgumentException.class)
        .hasMessage("length_constraints:number_sentences: argument 'relation' = \"more than\": "
            + "must be 'less than' or 'at least'");
  }

  @Test
  void wrongTypesAndUnknownKeysAreRejected() {
    assertThatThrownBy(() -> build(NumberOfSentences.TYPE,
        Map.of("num_sentences", "three", "relation", "at least")))
        .isInstanceOf(ArgumentException.class)
        .hasMessageContaining("length_constraints:number_sentences")
        .hasMessageContaining("'num_sentences' = \"three\"");
    assertThatThrownBy(() -> build(NumberOfSentences.TYPE,
        Map.of("num_sentence", 3, "relation", "at least")))
        .isInstanceOf(ArgumentException.class)
        .hasMessageContaining("'num_sentence'")
        .hasMessageContaining("known: num_sentences, relation");
  }

  @Test
  void missingOrNegativeCountIsDrawnAsTheReferenceDraws() {
    // random.seed(0); build_description() -> randint(1, 20) = 13, then choice -> 'at least'.
    BuildContext ctx = context(NumberOfSentences.TYPE, Map.of());
    Constraint c = build(NumberOfSentences.TYPE, ctx);
    assertThat(c.describe()).isEqualTo("Your response should contain at least 13 sentences.");
    assertThat(ctx.referenceRandom()).isTrue();
    BuildContext negative = context(NumberOfSentences.TYPE,
        Map.of("num_sentences", -3, "relation", "at least"));
    assertThat(build(NumberOfSentences.TYPE, negative).args())
        .containsEntry("num_sentences", 13L);
  }

  @Test
  void givenArgumentsDrawNothing() {
    BuildContext ctx = context(NumberOfSentences.TYPE, Map.of("num_sentences", 0, "relation", "at least"));
    build(NumberOfSentences.TYPE, ctx);
    assertThat(ctx.referenceRandom()).isFalse();
  }
}
