package dev.if4j.constraints.ifevalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.ArgumentException;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Registry;
import dev.if4j.text.PyRandom;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrainingConstraintsTest {
  @Test
  void registersTheTwentyNineIfTrainIdsInTheIfEvalGRegistry() {
    assertThat(TrainingConstraints.TYPES).extracting(ConstraintType::id).containsExactly(
        "copy:repeat_phrase", "copy:copy", "new:copy_span_idx", "detectable_format:sentence_hyphens",
        "keywords:no_adjacent_consecutive", "detectable_format:square_brackets", "keywords:word_once",
        "keywords:word_count_different_numbers", "keywords:exclude_word_harder",
        "paragraphs:paragraphs", "paragraphs:paragraphs2", "first_word:first_word_sent",
        "first_word:first_word_answer", "last_word:last_word_sent", "last_word:last_word_answer",
        "detectable_format:bigram_wrapping", "copy:copying_simple", "copy:copying_multiple",
        "punctuation:punctuation_dot", "punctuation:punctuation_exclamation",
        "count:lowercase_counting", "letters:letter_counting", "letters:letter_counting2",
        "count:counting_composition", "count:count_unique", "count:count_increment_word",
        "keywords:palindrome", "keywords:keyword_specific_position", "keywords:start_end");
    Registry registry = IfEvalG.registry();
    for (ConstraintType t : TrainingConstraints.TYPES) {
      assertThat(registry.get(t.id())).isSameAs(t);
    }
  }

  @Test
  void noneTakesTheRowsPrompt() {
    // The reference re-builds an instruction with the prompt only when get_instruction_args() has
    // a "prompt" key; no IFEvalG instruction has one, so the row's prompt is never used.
    for (ConstraintType t : IfEvalG.registry().types()) {
      assertThat(t.takesPrompt()).as(t.id()).isFalse();
    }
  }

  @Test
  void everyTypeWithoutRequiredTextCanDrawItsArguments() {
    for (ConstraintType t : TrainingConstraints.TYPES) {
      if (t.args().stream().anyMatch(a -> a.name().equals("prompt_to_repeat"))
          || t.id().equals("keywords:exclude_word_harder")) {
        continue;
      }
      if (t.id().equals("count:count_increment_word")) {
        // Its drawn keywords are one-word lists, which it does not accept back (the reference
        // raises AttributeError on list.strip()).
        Map<String, Object> drawn = t.randomArgs(new PyRandom(1));
        assertThatThrownBy(() -> t.create(dev.if4j.constraints.Args.of(t.id(), drawn)))
            .isInstanceOf(ArgumentException.class);
        continue;
      }
      Map<String, Object> drawn = t.randomArgs(new PyRandom(1));
      assertThat(t.create(dev.if4j.constraints.Args.of(t.id(), drawn)).args()).as(t.id())
          .isEqualTo(drawn);
    }
  }
}
