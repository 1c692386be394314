package dev.if4j.constraints.iffunctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The entry point: parsing, binding, reasons, think-section removal and the scanners' edges. */
class IfFunctionsTest {
  private static final IfFunctions JUDGE = new IfFunctions(IfFunctionsReferenceCasesTest.TOOLS);

  @Test
  void tableHoldsTheReferencesTwentyFiveFunctions() {
    assertThat(IfFunction.names()).hasSize(25).startsWith("verify_keywords").endsWith("validate_no_commas");
    assertThat(IfFunction.named("validate_paragraphs").params()).extracting(p -> p.name())
        .containsExactly("N", "first_word", "i");
    assertThat(IfFunction.named("validate_title").params()).isEmpty();
    assertThat(IfFunction.named("nope")).isNull();
  }

  @Test
  void parseBindsArgumentsInTheFunctionsOrderAndDropsNulls() {
    IfFunctionCall call = IfFunctions.parse(
        "{\"quantifier\": \"at least\", \"func_name\": \"validate_word_constraint\", \"N\": 300, \"x\": null}");
    assertThat(call.id()).isEqualTo("validate_word_constraint");
    assertThat(call.args()).containsExactly(Map.entry("N", 300L), Map.entry("quantifier", "at least"));
    assertThat(call.describe()).isEqualTo("validate_word_constraint(text, N=300, quantifier='at least')");
  }

  @Test
  void parseRaisesWhatTheReferenceRaises() {
    assertThatThrownBy(() -> IfFunctions.parse("{\"func_name\": \"validate_nothing\"}"))
        .isInstanceOf(ReferenceRaises.class).hasMessage("KeyError: 'validate_nothing'");
    assertThatThrownBy(() -> IfFunctions.parse("{\"func_name\": \"validate_paragraphs\", \"N\": 2}"))
        .isInstanceOf(ReferenceRaises.class)
        .hasMessage("TypeError: validate_paragraphs() missing 2 required positional arguments: 'first_word' and 'i'");
    assertThatThrownBy(() -> IfFunctions.parse("{\"func_name\": \"validate_title\", \"N\": 2}"))
        .hasMessage("TypeError: validate_title() got an unexpected keyword argument 'N'");
    assertThatThrownBy(() -> IfFunctions.parse("{'func_name': 'validate_title'}"))
        .isInstanceOf(ReferenceRaises.class).hasMessageStartingWith("JSONDecodeError: ");
    assertThatThrownBy(() -> IfFunctions.parse("{\"N\": 2}")).isInstanceOf(IfFunctions.MissingFuncName.class);
  }

  @Test
  void errorVerdictsNameTheReferencesException() {
    IfFunctions.Outcome o = JUDGE.outcome(
        "{\"func_name\": \"validate_paragraphs\", \"N\": 2, \"first_word\": \"B\", \"i\": 3}", "A\n\nB");
    assertThat(o.followed()).isFalse();
    assertThat(o.raises()).isEqualTo("IndexError");
    assertThat(o.verdict().reason())
        .isEqualTo("the reference raises IndexError: list index out of range (paragraphs[i - 1] with i = 3 of 2)");
    assertThat(JUDGE.judge("{\"func_name\": \"validate_response_language\", \"language\": \"en\"}", "42").reason())
        .isEqualTo("the reference raises LangDetectException: No features in text.");
  }

  @Test
  void aMissingFuncNameScoresZeroWithoutAnException() {
    IfFunctions.Outcome o = JUDGE.outcome("{\"N\": 2}", "x");
    assertThat(o.followed()).isFalse();
    assertThat(o.referenceRaises()).isFalse();
    assertThat(o.verdict().reason()).contains("no 'func_name'");
  }

  @Test
  void decodedMapsAreJudgedToo() {
    Map<String, Object> gt = new LinkedHashMap<>();
    gt.put("func_name", "validate_end");
    gt.put("end_phrase", "bye");
    assertThat(JUDGE.outcome(gt, "<think>hmm</think> ok bye").followed()).isTrue();
    assertThat(gt).containsKey("func_name"); // the caller's map is not consumed
  }

  @Test
  void reasonsSayWhatWasCounted() {
    assertThat(reason("{\"func_name\": \"validate_word_constraint\", \"N\": 25, \"quantifier\": \"around\"}", "a b"))
        .isEqualTo("found 2 words, expected around 25 (within 2)");
    assertThat(reason("{\"func_name\": \"verify_keywords\", \"keyword_list\": [\"sun\", \"Moon\"]}", "sun"))
        .isEqualTo("keyword 'Moon' not found (case-insensitive substring)");
    assertThat(reason("{\"func_name\": \"validate_two_responses\"}", "a ************ b"))
        .isEqualTo("found 2 '******' dividers, expected 1");
    assertThat(reason("{\"func_name\": \"verify_paragraph_count\", \"N\": 2}", "* * *\nA\n* * *\nB"))
        .isEqualTo("part 1 of 3 between '* * *' dividers is empty");
    assertThat(reason("{\"func_name\": \"validate_word_constraint\", \"N\": 1, \"quantifier\": \"exactly\"}", "a"))
        .contains("quantifier 'exactly' is none of");
  }

  @Test
  void removesTheThinkSectionAsTheVerifierDoes() {
    assertThat(IfFunctions.removeThinkingSection("<|assistant|> <think>a</think>b</think>  <answer>c</answer> "))
        .isEqualTo("c");
    assertThat(IfFunctions.removeThinkingSection("<think>open only")).isEqualTo("<think>open only");
    assertThat(IfFunctions.removeThinkingSection("<ans<answer>wer>x")).isEqualTo("<answer>x");
    assertThat(IfFunctions.removeThinkingSection("\u2003x\u3000")).isEqualTo("x");
  }

  @Test
  void checkNeverThrowsAsAConstraint() {
    IfFunctionCall call = IfFunctions.parse("{\"func_name\": \"verify_letter_frequency\", \"letter\": \"ab\", \"N\": 1}");
    Verdict v = call.check(new TextView("ab", IfFunctionsReferenceCasesTest.TOOLS));
    assertThat(v.isFollowed()).isFalse();
    assertThat(v.reason()).isEqualTo("the reference raises ValueError: Letter parameter must be a single character");
  }

  @Test
  void sentenceSplitsFollowTheLookbehinds() {
    assertThat(Checks.sentenceSplits("A. B. C.")).isEqualTo(2);
    assertThat(Checks.sentenceSplits("Mr. X. Dr. Y.")).isEqualTo(1); // after "X." only
    assertThat(Checks.sentenceSplits("i.e. no")).isZero();
    assertThat(Checks.sentenceSplits(". a")).isEqualTo(1);
    assertThat(Checks.sentenceSplits("")).isZero();
    assertThat(Checks.sentenceSplits("\ud83d\ude00.\ud83d\ude00. x")).isEqualTo(1); // emoji are not \w
    assertThat(Checks.sentenceSplits("\u00e9.\u00e9. x")).isZero(); // but é is
  }

  @Test
  void wordsAreRunsOfNonWhitespace() {
    assertThat(Checks.whitespaceSeparated("  a b\u3000c\u001fd  ")).isEqualTo(4);
    assertThat(Checks.whitespaceSeparated("")).isZero();
    assertThat(Checks.whitespaceSeparated("\u200b")).isEqualTo(1); // a zero-width space is no whitespace
  }

  @Test
  void delimitedCountsLazyMatchesOnOneLine() {
    assertThat(Checks.delimited("*a* *b* *", '*', '*')).isEqualTo(2);
    assertThat(Checks.delimited("**bold**", '*', '*')).isEqualTo(2);
    assertThat(Checks.delimited("[a\n[b] [c", '[', ']')).isEqualTo(1);
    assertThat(Checks.delimited("", '[', ']')).isZero();
  }

  @Test
  void capitalWordsNeedNonWordNeighbours() {
    assertThat(Checks.capitalWords("AB cd EF")).isEqualTo(2);
    assertThat(Checks.capitalWords("ABc 1AB AB_ \u00c9AB")).isZero();
    assertThat(Checks.capitalWords("\ud83d\ude00AB\ud83d\ude00")).isEqualTo(1);
    assertThat(Checks.capitalWords("A-B.C")).isEqualTo(3);
  }

  @Test
  void linearOnAMegabyte() {
    String big = "[a ".repeat(350_000) + "<< " + "* ".repeat(100_000);
    long t0 = System.nanoTime();
    for (String f : List.of("validate_placeholders\", \"N\": 1", "validate_highlighted_sections\", \"N\": 1",
        "verify_sentence_constraint\", \"N\": 1, \"quantifier\": \"at least", "validate_title",
        "validate_frequency_capital_words\", \"N\": 1, \"quantifier\": \"at least",
        "verify_keyword_frequency\", \"word\": \"a\", \"N\": 1")) {
      JUDGE.judge("{\"func_name\": \"" + f + "\"}", big);
    }
    assertThat((System.nanoTime() - t0) / 1e9).isLessThan(5.0);
  }

  private static String reason(String gt, String response) {
    return JUDGE.judge(gt, response).reason();
  }
}
