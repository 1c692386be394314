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

  private static boolean strict(String registry, String id, Map<String, ?> kwargs, String response) {
    return judge(Versions.registry(registry), id, kwargs, response).strict();
  }

  // The overrides below are the pinned class configured differently: each case is one where the
  // configuration, and only it, changes the verdict.

  @Test
  void repeatPhraseBeforeEbca9f7d4ChecksTheLastCopyOnly() {
    Map<String, ?> kwargs = Map.of("phrase", "the quick brown fox", "small_n", 2L);
    String firstVerbatim = "the quick brown fox and the slow brown fox";
    assertThat(strict("ifevalg@ebca9f7d4", "copy:repeat_phrase", kwargs, firstVerbatim)).isFalse();
    InstructionVerdict old = judge(Versions.registry("ifevalg@9502f163e"), "copy:repeat_phrase",
        kwargs, firstVerbatim);
    assertThat(old.strict()).isTrue();
    assertThat(old.reason()).contains("only the last copy is checked");
  }

  @Test
  void pronounsOf8e6a9beCountPersonalPronounsOnly() {
    Map<String, ?> kwargs = Map.of("N", 2L);
    assertThat(strict("ifbench@db69a6f", "count:pronouns", kwargs, "This is all.")).isTrue();
    assertThat(strict("ifbench@8e6a9be", "count:pronouns", kwargs, "This is all.")).isFalse();
    assertThat(strict("ifbench@8e6a9be", "count:pronouns", kwargs, "She and I.")).isTrue();
  }

  @Test
  void keywordPositionBefore1091c4cCountsPunctuationTokensAndBefore8e6a9beCase() {
    Map<String, ?> second = Map.of("keyword", "cat", "n", 1L, "m", 2L);
    assertThat(strict("ifbench@db69a6f", "words:keywords_specific_position", second, "Well, cat sat.")).isTrue();
    assertThat(strict("ifbench@8e6a9be", "words:keywords_specific_position", second, "Well, cat sat.")).isFalse();
    Map<String, ?> third = Map.of("keyword", "cat", "n", 1L, "m", 3L);
    assertThat(strict("ifbench@8e6a9be", "words:keywords_specific_position", third, "Well, Cat sat.")).isTrue();
    assertThat(strict("ifbench@c62b347", "words:keywords_specific_position", third, "Well, Cat sat.")).isFalse();
  }

  @Test
  void wordsPositionBefore86ee248ChecksTheSecondToLastTokenAndBefore8e6a9beCase() {
    Map<String, ?> kwargs = Map.of("keyword", "cat");
    String endsWithStop = "The cat sat with the cat.";
    assertThat(strict("ifbench@db69a6f", "words:words_position", kwargs, endsWithStop)).isFalse();
    assertThat(strict("ifbench@8e6a9be", "words:words_position", kwargs, endsWithStop)).isTrue();
    assertThat(strict("ifbench@8e6a9be", "words:words_position", kwargs, "The Cat sat with the Cat.")).isTrue();
    assertThat(strict("ifbench@c62b347", "words:words_position", kwargs, "The Cat sat with the Cat.")).isFalse();
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
