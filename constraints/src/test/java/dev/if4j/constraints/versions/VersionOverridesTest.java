package dev.if4j.constraints.versions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.ConstraintTesting;
import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.InstructionVerdict;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.Row;
import dev.if4j.constraints.ifeval.NoComma;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the version overrides do where the goldens have no row: a checker that raised at that
 * version is "not followed" and says so, and a raise ends the loose search as it ends the
 * reference's evaluation.
 */
class VersionOverridesTest {
  private static InstructionVerdict judge(Registry registry, String id, Map<String, ?> kwargs, String response) {
    Row row = new Row("r", "prompt", response, List.of(id), List.of(Args.of(id, kwargs)));
    return new Evaluator(registry, ConstraintTesting.TOOLS).evaluate(row, true).instructions().get(0);
  }

  @Test
  void letterFrequencyOf45e9105RaisesOnALongerLetterOrANegativeCount() {
    Registry v = Versions.registry("ifeval@45e9105");
    InstructionVerdict longer = judge(v, "keywords:letter_frequency",
        Map.of("letter", "ab", "let_frequency", 1L, "let_relation", "at least"), "ab ab ab");
    assertThat(longer.strict()).isFalse();
    assertThat(longer.loose()).isFalse();
    assertThat(longer.reason()).contains("the reference raises ValueError");
    InstructionVerdict negative = judge(v, "keywords:letter_frequency",
        Map.of("letter", "a", "let_frequency", -1L, "let_relation", "less than"), "b");
    assertThat(negative.reason()).contains("ValueError");
    // "#" is counted as given.
    assertThat(judge(v, "keywords:letter_frequency",
        Map.of("letter", "#", "let_frequency", 2L, "let_relation", "at least"), "## x").strict()).isTrue();
  }

  @Test
  void firstWordSentOf2a088f7dcRaisesOnAListValuedWord() {
    Map<String, ?> kwargs = Map.of("first_word", List.of("Cats"));
    InstructionVerdict old = judge(Versions.registry("ifevalg@2a088f7dc"), "first_word:first_word_sent",
        kwargs, "Cats purr. Cats sleep.");
    assertThat(old.strict()).isFalse();
    assertThat(old.reason()).contains("the reference raises AttributeError");
    assertThat(judge(Versions.registry("ifevalg@9502f163e"), "first_word:first_word_sent", kwargs,
        "Cats purr. Cats sleep.").strict()).isTrue();
  }

  @Test
  void aRaiseOnTheResponseEndsTheLooseSearchButAFailureDoesNot() {
    // Raises on any text with a comma; its variant without the first line has none and would pass.
    Registry r = Registry.of("t", List.of(Overrides.raisingWhen(NoComma.TYPE,
        v -> v.text().contains(","), "IndexError: test")));
    InstructionVerdict raised = judge(r, "punctuation:no_comma", Map.of(), "a, b\nc");
    assertThat(raised.strict()).isFalse();
    assertThat(raised.loose()).isFalse();
    assertThat(raised.reason()).isEqualTo("the reference raises IndexError: test");
    InstructionVerdict failed = judge(Registry.of("t", List.of(NoComma.TYPE)), "punctuation:no_comma",
        Map.of(), "a, b\nc");
    assertThat(failed.strict()).isFalse();
    assertThat(failed.loose()).isTrue();
  }
}
