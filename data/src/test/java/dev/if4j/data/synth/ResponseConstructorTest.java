package dev.if4j.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.ifeval.IfEval;
import dev.if4j.constraints.ifevalg.IfEvalG;
import dev.if4j.data.TestData;
import dev.if4j.data.Task;
import dev.if4j.text.TextTools;
import dev.if4j.text.resources.ResourceStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The satisfiability check: a constructed response, judged by the real checkers, shows a synthesized
 * row satisfiable; the conflicts it found are in the dictionary, so synthesis no longer draws them.
 */
class ResponseConstructorTest {
  static final TextTools TOOLS = new TextTools(ResourceStore.offline(TestData.shared().resolve("resources")));
  static final Evaluator EVALUATOR = new Evaluator(IfEval.registry(), TOOLS);
  static final ResponseConstructor CONSTRUCTOR = new ResponseConstructor(EVALUATOR);
  static List<String> prompts;

  @BeforeAll
  static void prompts() throws Exception {
    prompts = new ArrayList<>();
    for (Object o : TestData.jsonl(TestData.ifevalInput())) {
      prompts.add((String) ((Map<?, ?>) o).get("prompt"));
      if (prompts.size() == 100) break;
    }
  }

  private static SynthStats synthesizeAndCheck(List<Registry> registries, long seeds) {
    SynthStats stats = new SynthStats();
    for (long seed = 0; seed < seeds; seed++) {
      Synthesizer s = new Synthesizer(new Synthesizer.Config(registries, 1, 6, ArgRanges.none(), ConflictRules.builtIn(),
          false, seed, " ", Set.of()));
      ResponseConstructor check = ResponseConstructor.forSynthesis(s, TOOLS);
      for (int i = 0; i < prompts.size(); i++) {
        Synthesizer.Result r = s.synthesize(i, seed + "-" + i, prompts.get(i), stats);
        stats.checked(r.task().key(), r.task().instructionIds(), check.check(r.task()));
      }
    }
    return stats;
  }

  @Test
  void nearlyEverySynthesizedIfEvalRowIsShownSatisfiableAndTheRestAreTheConstructorsKnownLimit() {
    SynthStats stats = synthesizeAndCheck(List.of(IfEval.registry()), 4);
    Map<String, Object> report = stats.toMap();
    @SuppressWarnings("unchecked")
    Map<String, Object> sat = (Map<String, Object>) report.get("satisfiability");
    long shown = (Long) sat.get("rows_shown_satisfiable");
    long notShown = (Long) sat.get("rows_not_shown");
    // 400 rows; only the response language (not English) lacks a constructor among IFEval's.
    assertThat(stats.rows()).isEqualTo(400);
    assertThat(sat.get("instructions_without_constructor")).isEqualTo(Map.of("language:response_language",
        sat.get("rows_without_constructor")));
    assertThat(shown).isGreaterThanOrEqualTo(355);
    assertThat((Double) sat.get("shown_of_constructible")).isGreaterThan(0.99);
    // What is not shown is refused only by the sentence count: the constructor writes each
    // paragraph, the postscript and the end phrase as sentences of their own, and a "less than 2 or
    // 3 sentences" with three paragraphs or a P.S. is beyond it (not a conflict: no checker but the
    // count refuses).
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> listed = (List<Map<String, Object>>) sat.get("not_shown");
    assertThat(listed).hasSize((int) notShown);
    assertThat(listed).allSatisfy(r -> assertThat(r.get("refused_by")).isEqualTo(List.of("length_constraints:number_sentences")));
  }

  @Test
  void withIfEvalGsInstructionsTheCoverageIsReported() {
    SynthStats stats = synthesizeAndCheck(List.of(IfEval.registry(), IfEvalG.registry()), 4);
    @SuppressWarnings("unchecked")
    Map<String, Object> sat = (Map<String, Object>) stats.toMap().get("satisfiability");
    // 16 of IFEvalG's instructions have no constructor (copying, per-sentence words, brackets...):
    // most rows with 1-6 of 79 instructions hold one of them.
    assertThat((Double) sat.get("coverage")).isBetween(0.3, 0.6);
    assertThat((Double) sat.get("shown_of_constructible")).isGreaterThan(0.95);
    @SuppressWarnings("unchecked")
    Map<String, Long> missing = (Map<String, Long>) sat.get("instructions_without_constructor");
    assertThat(missing).containsKey("count:count_unique").doesNotContainKeys("punctuation:no_comma", "keywords:palindrome",
        "first_word:first_word_answer", "keywords:start_end");
    // Not shown: the constructor's known limits, not conflicts. An all-capital response whose
    // filler must avoid a common letter is no longer English to langdetect; "fewer than 2 or 3
    // letters" with capital words.
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> listed = (List<Map<String, Object>>) sat.get("not_shown");
    for (Map<String, Object> r : listed) {
      @SuppressWarnings("unchecked")
      List<String> refusedBy = (List<String>) r.get("refused_by");
      assertThat(refusedBy).isSubsetOf("change_case:english_capital", "letters:letter_counting");
    }
    assertThat(stats.summary()).contains("rows shown satisfiable by a constructed response");
  }

  @Test
  void theCheckCatchesARowThatCannotHold() {
    // Repeat a prompt that holds a comma, and write no comma: no response can.
    Task t = new Task(1, "Say hi, then go.", List.of("combination:repeat_prompt", "punctuation:no_comma"),
        List.of(Map.of("prompt_to_repeat", "Say hi, then go."), Map.of()));
    ResponseConstructor.Outcome o = CONSTRUCTOR.check(t);
    assertThat(o.status()).isEqualTo(ResponseConstructor.Status.NOT_SHOWN);
    assertThat(o.refusing()).containsExactly("punctuation:no_comma");
    // Without the comma it holds, and the witness is what the checkers accepted.
    Task ok = new Task(1, "Say hi then go.", List.of("combination:repeat_prompt", "punctuation:no_comma"),
        List.of(Map.of("prompt_to_repeat", "Say hi then go."), Map.of()));
    ResponseConstructor.Outcome shown = CONSTRUCTOR.check(ok);
    assertThat(shown.status()).isEqualTo(ResponseConstructor.Status.SATISFIED);
    assertThat(shown.response()).startsWith("Say hi then go.\n").doesNotContain(",");
    Task other = new Task(1, "x", List.of("detectable_format:title", "first_word:first_word_answer"),
        List.of(Map.of(), Map.of("first_word", "so")));
    assertThat(CONSTRUCTOR.check(other).status()).isEqualTo(ResponseConstructor.Status.NO_CONSTRUCTOR);
  }

  /** The conflicts the check found, each now a contradiction of the dictionary's measures. */
  @Test
  void theConflictsTheCheckFoundAreInTheDictionary() {
    ConflictRules rules = ConflictRules.builtIn();
    // A prompt to repeat with a comma, against no commas.
    assertThat(ConflictRules.contradiction(rules.bounds("combination:repeat_prompt", Map.of("prompt_to_repeat", "a, b")),
        rules.bounds("punctuation:no_comma", Map.of()))).isNotNull();
    assertThat(ConflictRules.contradiction(rules.bounds("combination:repeat_prompt", Map.of("prompt_to_repeat", "a b")),
        rules.bounds("punctuation:no_comma", Map.of()))).isNull();
    // "Less than 1 sentence": no response has none.
    assertThat(ConflictRules.contradiction(List.of(),
        rules.bounds("length_constraints:number_sentences", Map.of("num_sentences", 1L, "relation", "less than")))).isNotNull();
    assertThat(ConflictRules.contradiction(List.of(),
        rules.bounds("length_constraints:number_sentences", Map.of("num_sentences", 2L, "relation", "less than")))).isNull();
    // A paragraph's first word that is also forbidden.
    assertThat(ConflictRules.contradiction(
        rules.bounds("length_constraints:nth_paragraph_first_word", Map.of("num_paragraphs", 5L, "nth_paragraph", 4L,
            "first_word", "journey")),
        rules.bounds("keywords:forbidden_words", Map.of("forbidden_words", List.of("journey", "library"))))).isNotNull();
    // SECTION headers are all-capital words: 3 of them against fewer than 3 such words ("Section" is not).
    Map<String, Object> fewCapitals = Map.of("capital_frequency", 3L, "capital_relation", "less than");
    assertThat(ConflictRules.contradiction(
        rules.bounds("detectable_format:multiple_sections", Map.of("section_spliter", "SECTION", "num_sections", 3L)),
        rules.bounds("change_case:capital_word_frequency", fewCapitals))).isNotNull();
    assertThat(ConflictRules.contradiction(
        rules.bounds("detectable_format:multiple_sections", Map.of("section_spliter", "Section", "num_sections", 3L)),
        rules.bounds("change_case:capital_word_frequency", fewCapitals))).isNull();
    // "Any other questions?" holds three n's: fewer than 2 cannot be.
    Map<String, Object> fewN = Map.of("letter", "n", "let_frequency", 2L, "let_relation", "less than");
    assertThat(ConflictRules.contradiction(rules.bounds("startend:end_checker", Map.of("end_phrase", "Any other questions?")),
        rules.bounds("keywords:letter_frequency", fewN))).isNotNull();
    assertThat(ConflictRules.contradiction(rules.bounds("startend:end_checker", Map.of("end_phrase", "Is that all?")),
        rules.bounds("keywords:letter_frequency", fewN))).isNull();
    // A keyword required 3 times holds its letters 3 times; a total of fewer than 3 letters cannot
    // hold a word required, nor 3 capital words; a dotted end phrase, no dots; a quote, no first word.
    assertThat(ConflictRules.contradiction(
        rules.bounds("keywords:frequency", Map.of("keyword", "winter", "frequency", 3L, "relation", "at least")),
        rules.bounds("keywords:letter_frequency", Map.of("letter", "w", "let_frequency", 3L, "let_relation", "less than"))))
        .isNotNull();
    Map<String, Object> fewLetters = Map.of("N", 3L, "relation", "less than");
    assertThat(ConflictRules.contradiction(rules.bounds("keywords:word_once", Map.of("keyword", "sun")),
        rules.bounds("letters:letter_counting", fewLetters))).isNotNull();
    assertThat(ConflictRules.contradiction(
        rules.bounds("change_case:capital_word_frequency", Map.of("capital_frequency", 3L, "capital_relation", "at least")),
        rules.bounds("letters:letter_counting", fewLetters))).isNotNull();
    assertThat(ConflictRules.contradiction(
        rules.bounds("startend:end_checker", Map.of("end_phrase", "Let me know if you have additional questions.")),
        rules.bounds("punctuation:punctuation_dot", Map.of()))).isNotNull();
    assertThat(rules.conflict("startend:quotation", "first_word:first_word_answer", false)).isNotNull();
  }
}
