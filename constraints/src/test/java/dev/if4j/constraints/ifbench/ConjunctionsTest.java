package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.build;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.context;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.followed;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.view;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.BuildContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConjunctionsTest {
  @Test
  void distinctWordsAreCountedAsWritten() {
    // In CPython: {'and', 'And', 'and,', 'but', 'BUT.', 'Or', 'so;', 'yet?', 'nor', 'for', 'FOR!'}.
    String text = "and And and, but BUT. Or so; yet? nor for -- FOR!";
    assertThat(view(text).get(CountsAndRatiosTexts.CONJUNCTIONS))
        .containsExactly("and", "And", "and,", "but", "BUT.", "Or", "so;", "yet?", "nor", "for", "FOR!");
    assertThat(followed(build(Conjunctions.TYPE, Map.of("small_n", 11)), text)).isTrue();
    assertThat(followed(build(Conjunctions.TYPE, Map.of("small_n", 12)), text)).isFalse();
  }

  @Test
  void oneConjunctionRepeatedIsOne() {
    assertThat(followed(build(Conjunctions.TYPE, Map.of("small_n", 2)), "and and and and")).isFalse();
    assertThat(followed(build(Conjunctions.TYPE, Map.of("small_n", 2)), "bread and butter or jam")).isTrue();
    assertThat(followed(build(Conjunctions.TYPE, Map.of("small_n", 1)), "android fork sofa")).isFalse();
  }

  @Test
  void describesAsTheReference() {
    assertThat(build(Conjunctions.TYPE, Map.of("small_n", 3)).describe())
        .isEqualTo("Use at least 3 different coordinating conjunctions in the response.");
    BuildContext ctx = context(Conjunctions.TYPE, Map.of());
    assertThat(Conjunctions.TYPE.create(ctx).args()).containsExactly(Map.entry("small_n", 5L));
    assertThat(ctx.referenceRandom()).isTrue();
  }
}
