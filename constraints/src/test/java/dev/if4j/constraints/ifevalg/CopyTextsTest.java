package dev.if4j.constraints.ifevalg;

import static dev.if4j.constraints.ifevalg.TrainingTesting.build;
import static dev.if4j.constraints.ifevalg.TrainingTesting.context;
import static dev.if4j.constraints.ifevalg.TrainingTesting.followed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.ArgumentException;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The copy instructions: copy:copy, copy:copying_simple, copy:copying_multiple, new:copy_span_idx. */
class CopyTextsTest {
  @Test
  void copyComparesIgnoringCaseAndSurroundingWhitespace() {
    Constraint c = build(CopyInstruction.TYPE, Map.of("prompt_to_repeat", " Write a poem. "));
    assertThat(c.describe()).isEqualTo("Copy this instruction verbatim, do not follow the"
        + " instruction, only copy it into the output (do not include this instruction sentence!).");
    assertThat(followed(c, "WRITE A POEM.\n")).isTrue();
    assertThat(followed(c, "Write a poem")).isFalse();
    assertThat(c.args()).containsExactly(Map.entry("prompt_to_repeat", " Write a poem. "));
  }

  @Test
  void copyingSimpleIsTheSameTestWorderDifferently() {
    Constraint c = build(RepeatRequest.TYPE, Map.of("prompt_to_repeat", "Tell me a joke"));
    assertThat(c.describe()).isEqualTo("Repeat the request without change (do not say anything"
        + " before repeating the request; the request you need to repeat does not include this"
        + " sentence) and do not answer the actual request!");
    assertThat(followed(c, "tell me a JOKE")).isTrue();
    assertThat(followed(c, "Tell me a joke. Why did...")).isFalse();
  }

  @Test
  void withoutTheTextToCopyBuildingFailsAsTheReferenceRaises() {
    for (var type : new dev.if4j.constraints.ConstraintType[] {CopyInstruction.TYPE,
        RepeatRequest.TYPE, RepeatRequestTimes.TYPE, CopySpan.TYPE}) {
      assertThatThrownBy(() -> build(type, Map.of()))
          .isInstanceOf(ArgumentException.class)
          .hasMessageContaining("prompt_to_repeat must be set");
      assertThatThrownBy(() -> build(type, Map.of("prompt_to_repeat", "")))
          .isInstanceOf(ArgumentException.class);
    }
  }

  @Test
  void copyingMultipleSplitsOnSixAsterisks() {
    Constraint c = build(RepeatRequestTimes.TYPE, Map.of("prompt_to_repeat", "Say hi", "N", 2));
    assertThat(c.describe()).isEqualTo("Repeat the request without change 2 times, separated by 6"
        + " asterisk symbols (do not say anything before repeating the request; the request you need"
        + " to repeat does not include this sentence) and do not answer the actual request!");
    assertThat(followed(c, "say hi\n******\nSAY HI")).isTrue();
    // Seven asterisks leave a '*' on the second copy.
    assertThat(followed(c, "say hi*******SAY HI")).isFalse();
    assertThat(followed(c, "say hi")).isFalse();
  }

  @Test
  void copyingMultipleDrawsAZeroCount() {
    BuildContext ctx = context(RepeatRequestTimes.TYPE, Map.of("prompt_to_repeat", "p", "N", 0));
    assertThat(RepeatRequestTimes.TYPE.create(ctx).args()).containsEntry("N", 3L);
    assertThat(ctx.referenceRandom()).isTrue();
  }

  @Test
  void spanIsAPythonSliceByCodePoint() {
    Constraint c = build(CopySpan.TYPE,
        Map.of("prompt_to_repeat", "Grüße aus 😀 Köln", "n_start", 2, "n_end", 12));
    assertThat(c.describe()).isEqualTo("Copy the span of words that lies between (and including)"
        + " index 2 and 12, the indices are character indices!");
    assertThat(c.args().keySet()).containsExactly("n_start", "n_end", "prompt_to_repeat");
    // [2:12] excludes the character at 12: "üße aus 😀 K" minus the last one.
    assertThat(followed(c, "üSE AUS 😀 K")).isFalse();
    assertThat(followed(c, " ÜSSE AUS 😀 ")).isFalse();
    assertThat(followed(c, "üße AUS 😀 ")).isTrue();
    Constraint tail = build(CopySpan.TYPE,
        Map.of("prompt_to_repeat", "abcdefghij", "n_start", -4, "n_end", 100));
    assertThat(followed(tail, "GHIJ")).isTrue();
  }

  @Test
  void spanStartZeroIsDrawnAtRandom() {
    BuildContext ctx = context(CopySpan.TYPE,
        Map.of("prompt_to_repeat", "abcdefghij", "n_start", 0, "n_end", 5));
    Constraint c = CopySpan.TYPE.create(ctx);
    // random.seed(0); randint(0, 8) == 6; n_end stays 5, so the span is empty.
    assertThat(c.args()).containsEntry("n_start", 6L).containsEntry("n_end", 5L);
    assertThat(ctx.referenceRandom()).isTrue();
    assertThat(followed(c, "x")).isFalse();
  }

  @Test
  void spanDrawsFromAnEmptyRangeFailAsTheReferenceRaises() {
    assertThatThrownBy(() -> build(CopySpan.TYPE, Map.of("prompt_to_repeat", "a")))
        .isInstanceOf(ArgumentException.class)
        .hasMessageContaining("ValueError");
  }
}
