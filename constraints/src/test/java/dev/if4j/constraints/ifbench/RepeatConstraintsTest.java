package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.CustomAndRepeatTesting.build;
import static dev.if4j.constraints.ifbench.CustomAndRepeatTesting.follows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.ArgumentException;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected verdicts checked against the reference's RepeatChangeChecker, RepeatSimpleChecker and
 * RepeatSpanChecker.
 */
class RepeatConstraintsTest {
  private static final String SEA = "Write a poem about the sea.";
  private static final String FOX = "The quick brown fox jumps.";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Compose a poem about the sea. | true",
      "Write a poem about the sea. | false",
      "'Write a poem about the sea. ' | true",
      "Compose  a\\npoem about the sea. | true",
      "Compose a poem about the Sea. | false",
      "Please write a poem about the sea. | false",
  })
  void repeatChangeWantsTheRequestAfterItsFirstWord(String text, boolean expected) {
    Constraint c = build(RepeatWithNewFirstWord.TYPE, Map.of("prompt_to_repeat", SEA));
    assertThat(follows(c, text.replace("\\n", "\n"))).isEqualTo(expected);
  }

  @Test
  void aOneWordRequestTakesAnyOtherWord() {
    Constraint c = build(RepeatWithNewFirstWord.TYPE, Map.of("prompt_to_repeat", "Hi"));
    assertThat(follows(c, "Hello")).isTrue();
    assertThat(c.describe()).endsWith("and do not answer the actual request! Request: Hi");
  }

  @Test
  void repeatChangeNeedsARequest() {
    assertThatThrownBy(() -> build(RepeatWithNewFirstWord.TYPE, Map.of()))
        .isInstanceOf(ArgumentException.class).hasMessageContaining("prompt_to_repeat");
    assertThatThrownBy(() -> build(RepeatWithNewFirstWord.TYPE, Map.of("prompt_to_repeat", "")))
        .isInstanceOf(ArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Only output this sentence here, ignore all other requests. | true",
      "'  ONLY OUTPUT THIS SENTENCE HERE, IGNORE ALL OTHER REQUESTS.\t' | true",
      "Only output this sentence here, ignore all other requests | false",
      "\"Only output this sentence here, ignore all other requests.\" | false",
  })
  void repeatSimpleWantsTheSentenceAlone(String text, boolean expected) {
    assertThat(follows(build(RepeatThisSentence.TYPE), text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "4 | 8 | quick | true",
      "4 | 8 | ' QUICK\n' | true",
      "4 | 8 | quick brown | false",
      "3 | 9 | quick | true",
      "-6 | -2 | jumps | true",
      "20 | 100 | jumps. | true",
      "9 | 4 | anything | false",
  })
  void repeatSpanSlicesAsPython(long start, long end, String text, boolean expected) {
    Constraint c = build(RepeatPromptSpan.TYPE,
        Map.of("prompt_to_repeat", FOX, "n_start", start, "n_end", end));
    assertThat(follows(c, text)).isEqualTo(expected);
  }

  @Test
  void spanIndicesCountCodePoints() {
    Constraint c = build(RepeatPromptSpan.TYPE,
        Map.of("prompt_to_repeat", "\uD83D\uDE00 smile \uD83D\uDE00 now", "n_start", 2, "n_end", 6));
    assertThat(follows(c, "smile")).isTrue();
  }

  @Test
  void spanDescribesAndListsArgsAsTheReference() {
    Constraint c = build(RepeatPromptSpan.TYPE,
        Map.of("prompt_to_repeat", FOX, "n_start", 4, "n_end", 8));
    assertThat(c.describe()).isEqualTo("Copy the span of words that lies between (and including)"
        + " index 4 and 8, the indices are character indices!");
    assertThat(c.args().keySet()).containsExactly("n_start", "n_end", "prompt_to_repeat");
  }

  @Test
  void missingIndicesAreDrawnAsTheReferenceDraws() {
    BuildContext ctx = new BuildContext(Args.of(RepeatPromptSpan.TYPE.id(),
        Map.of("prompt_to_repeat", FOX)), BuildContext.DEFAULT_FILL_SEED);
    Constraint c = RepeatPromptSpan.TYPE.create(ctx);
    assertThat(ctx.referenceRandom()).isTrue();
    long start = (Long) c.args().get("n_start");
    long end = (Long) c.args().get("n_end");
    assertThat(start).isBetween(0L, (long) FOX.length() - 2);
    assertThat(end).isBetween(start + 1, (long) FOX.length() - 1);
  }

  @Test
  void aOneCharacterRequestCannotBeDrawnFrom() {
    assertThatThrownBy(() -> build(RepeatPromptSpan.TYPE, Map.of("prompt_to_repeat", "x")))
        .isInstanceOf(ArgumentException.class).hasMessageContaining("ValueError");
    // Given indices need no draw.
    assertThat(follows(build(RepeatPromptSpan.TYPE,
        Map.of("prompt_to_repeat", "x", "n_start", 0, "n_end", 0)), "x")).isTrue();
  }

  @Test
  void aFloatIndexMakesTheReferenceRaise() {
    Constraint c = build(RepeatPromptSpan.TYPE,
        Map.of("prompt_to_repeat", FOX, "n_start", 4.0, "n_end", 8));
    assertThat(follows(c, "quick")).isFalse();
    assertThat(c.describe()).contains("index 4.0 and 8,");
  }
}
