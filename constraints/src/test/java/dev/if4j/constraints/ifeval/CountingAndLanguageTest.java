package dev.if4j.constraints.ifeval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.ArgSpec;
import dev.if4j.constraints.ConstraintType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountingAndLanguageTest {
  @Test
  void registersTheThirteenInstructionsWithTheReferenceArgumentNamesInOrder() {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    expected.put("language:response_language", List.of("language"));
    expected.put("length_constraints:number_sentences", List.of("num_sentences", "relation"));
    expected.put("length_constraints:number_paragraphs", List.of("num_paragraphs"));
    expected.put("length_constraints:number_words", List.of("num_words", "relation"));
    expected.put("length_constraints:nth_paragraph_first_word",
        List.of("num_paragraphs", "nth_paragraph", "first_word"));
    expected.put("keywords:existence", List.of("keywords"));
    expected.put("keywords:frequency", List.of("keyword", "frequency", "relation"));
    expected.put("keywords:forbidden_words", List.of("forbidden_words"));
    expected.put("keywords:letter_frequency", List.of("letter", "let_frequency", "let_relation"));
    expected.put("change_case:capital_word_frequency",
        List.of("capital_frequency", "capital_relation"));
    expected.put("change_case:english_capital", List.of());
    expected.put("change_case:english_lowercase", List.of());
    expected.put("punctuation:no_comma", List.of());

    Map<String, List<String>> actual = new LinkedHashMap<>();
    for (ConstraintType t : CountingAndLanguage.TYPES) {
      actual.put(t.id(), t.args().stream().map(ArgSpec::name).toList());
      assertThat(t.args()).allSatisfy(a -> assertThat(a.doc()).isNotBlank());
    }
    assertThat(actual).containsExactlyEntriesOf(expected);
    assertThat(IfEval.registry().ids()).containsAll(expected.keySet());
  }
}
