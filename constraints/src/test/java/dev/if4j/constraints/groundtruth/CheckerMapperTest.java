package dev.if4j.constraints.groundtruth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.ifeval.IfEval;
import dev.if4j.text.PyRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckerMapperTest {
  private static final Registry IFEVAL = IfEval.registry();
  private static final CheckerMapper MAPPER = CheckerMapper.of(IFEVAL);

  /**
   * Instructions no checker text can map to: one needs the prompt to repeat, one describes its
   * language code by the language's name, so the code cannot be read back from the words.
   */
  private static final Set<String> UNMAPPABLE = Set.of("combination:repeat_prompt", "language:response_language");

  @Test
  void everyDescriptionTheRegistryWritesMapsBackToItsInstructionAndArguments() {
    int checked = 0;
    for (ConstraintType t : IFEVAL.types()) {
      if (UNMAPPABLE.contains(t.id())) continue;
      for (int seed = 100; seed < 120; seed++) {
        Map<String, Object> drawn = t.randomArgs(new PyRandom(seed));
        Constraint c = t.create(Args.of(t.id(), drawn));
        // nth_paragraph_first_word with nth > num is filled at random by the reference: no mapping.
        if (t.id().equals("length_constraints:nth_paragraph_first_word")
            && (Long) drawn.get("nth_paragraph") > (Long) drawn.get("num_paragraphs")) {
          continue;
        }
        Optional<CheckerMapper.Mapping> m = MAPPER.map(c.describe());
        assertThat(m).as("%s seed %d: %s", t.id(), seed, c.describe()).isPresent();
        assertThat(m.get().instructionId()).isEqualTo(t.id());
        assertThat(t.create(m.get().args()).describe()).isEqualTo(c.describe());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(400);
  }

  @Test
  void theArgumentsAreReadFromTheText() {
    CheckerMapper.Mapping words = MAPPER.map("Answer with at least 300 words.").orElseThrow();
    assertThat(words.instructionId()).isEqualTo("length_constraints:number_words");
    assertThat(words.args().asMap()).isEqualTo(Map.of("relation", "at least", "num_words", 300L));

    CheckerMapper.Mapping keywords = MAPPER.map("Include keywords ['ocean', \"tide's\"] in the response.").orElseThrow();
    assertThat(keywords.instructionId()).isEqualTo("keywords:existence");
    assertThat(keywords.args().asMap()).isEqualTo(Map.of("keywords", List.of("ocean", "tide's")));

    assertThat(MAPPER.map("In your entire response, refrain from the use of any commas.").orElseThrow().instructionId())
        .isEqualTo("punctuation:no_comma");
  }

  @Test
  void aTextTheRegistryWouldNotWriteMapsToNothing() {
    assertThat(MAPPER.map("Answer with at most 300 words.")).isEmpty(); // no such relation in IFEval
    assertThat(MAPPER.map("Answer with at least 300 words")).isEmpty(); // the full stop is part of it
    assertThat(MAPPER.map("answer with at least 300 words.")).isEmpty();
    assertThat(MAPPER.map("Answer with at least three hundred words.")).isEmpty();
    assertThat(MAPPER.map("Each sentence should have a maximum of 20 words.")).isEmpty();
    assertThat(MAPPER.map("")).isEmpty();
    assertThat(MAPPER.map("Answer with at least " + "9".repeat(5000) + " words.")).isEmpty();
  }

  @Test
  void mappingIsFast() {
    long t = System.nanoTime();
    for (int i = 0; i < 2000; i++) {
      MAPPER.map("Answer with at least " + i + " words.");
      MAPPER.map("Use a calm tone, and keep every sentence short " + i + ".");
    }
    assertThat((System.nanoTime() - t) / 1e9).isLessThan(5.0);
  }
}
