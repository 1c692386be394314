package dev.if4j.eval.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.text.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Each framework's response rule, as its code has it (cited in {@link ResponseProfile}). */
class ResponseProfileTest {
  @Test
  void referenceAndLmEvalScoreTheResponseAsGiven() {
    String r = "<think>a, b</think>\n\nAnswer";
    assertThat(ResponseProfile.REFERENCE.apply(r)).isEqualTo(r);
    assertThat(ResponseProfile.LM_EVAL.apply(r)).isEqualTo(r);
    assertThat(ResponseProfile.LM_EVAL.explain(r)).isEqualTo("lm-eval scored the response as given (reasoning trace included)");
  }

  @Test
  void lmEvalWithAThinkEndTokenKeepsWhatFollowsTheLastOneLeftStripped() {
    // generation.split(think_end_token)[-1].lstrip()
    assertThat(ResponseProfile.LM_EVAL_THINK.apply("<think>x</think> mid </think>\n\n Answer \n")).isEqualTo("Answer \n");
    assertThat(ResponseProfile.LM_EVAL_THINK.apply("  no trace")).isEqualTo("  no trace");
    // A trace cut at the generation cap has no end token: the whole text stays.
    assertThat(ResponseProfile.LM_EVAL_THINK.apply("<think>never closed")).isEqualTo("<think>never closed");
  }

  @Test
  void lightevalCutsEachClosedTraceAndStripsNothing() {
    // lighteval's own docstring examples (src/lighteval/utils/utils.py, remove_reasoning_tags).
    assertThat(ResponseProfile.LIGHTEVAL.apply("<think> Reasoning section </think> Answer section")).isEqualTo(" Answer section");
    assertThat(ResponseProfile.LIGHTEVAL.apply("<think>1</think>Answer<think>2</think>")).isEqualTo("Answer");
    assertThat(ResponseProfile.LIGHTEVAL.apply("<think>never closed")).isEqualTo("<think>never closed");
    // An end tag before the start tag: find(end, start) fails, and the loop stops.
    assertThat(ResponseProfile.LIGHTEVAL.apply("</think> x <think> y")).isEqualTo("</think> x <think> y");
    assertThat(ResponseProfile.LIGHTEVAL.explain("<think>ab</think>c")).isEqualTo("lighteval removed <think>…</think> (17 characters fewer)");
  }

  // The expected values below are what the cited Python gives for each input (run with CPython 3
  // on the lines quoted in ResponseProfile's comments).

  @Test
  void evalscopesRemoveUntilKeepsWhatFollowsTheFirstEndTagUnstripped() {
    // resp.split('</think>', 1)[-1]
    assertThat(ResponseProfile.EVALSCOPE.apply("<think>a, b</think>\n\nAnswer ")).isEqualTo("\n\nAnswer ");
    assertThat(ResponseProfile.EVALSCOPE.apply("<think>1</think>A<think>2\n</think>B\n")).isEqualTo("A<think>2\n</think>B\n");
    assertThat(ResponseProfile.EVALSCOPE.apply("reasoning</think>\n Answer\n</think> tail "))
        .isEqualTo("\n Answer\n</think> tail ");
    assertThat(ResponseProfile.EVALSCOPE.apply("no trace \n")).isEqualTo("no trace \n");
    assertThat(ResponseProfile.EVALSCOPE.apply("<think>never closed")).isEqualTo("<think>never closed");
  }

  @Test
  void openCompassRemovesEveryClosedTraceAndAlwaysStrips() {
    // extract_non_reasoning_content: a lone end tag splits; else re.sub(r'<think>(.*?)</think>', '', t, DOTALL).strip()
    assertThat(ResponseProfile.OPENCOMPASS.apply("<think>a, b</think>\n\nAnswer ")).isEqualTo("Answer");
    assertThat(ResponseProfile.OPENCOMPASS.apply("<think>1</think>A<think>2\n</think>B\n")).isEqualTo("AB");
    assertThat(ResponseProfile.OPENCOMPASS.apply("Start<think>r</think> End")).isEqualTo("Start End");
    assertThat(ResponseProfile.OPENCOMPASS.apply("reasoning</think>\n Answer\n</think> tail ")).isEqualTo("tail");
    assertThat(ResponseProfile.OPENCOMPASS.apply("</think> x <think> y</think>z")).isEqualTo("</think> x z");
    assertThat(ResponseProfile.OPENCOMPASS.apply("<think>never closed")).isEqualTo("<think>never closed");
    // Stripped even without a trace, with Python's whitespace (no-break and em spaces too).
    assertThat(ResponseProfile.OPENCOMPASS.apply("no trace \n")).isEqualTo("no trace");
    assertThat(ResponseProfile.OPENCOMPASS.apply("\u00a0x\u2003")).isEqualTo("x");
    assertThat(ResponseProfile.OPENCOMPASS.explain("no trace \n"))
        .isEqualTo("opencompass removed <think>…</think> (or all before a lone </think>) and stripped whitespace"
            + " (2 characters fewer)");
  }

  @Test
  void openInstructKeepsTheAnswerAfterTheLastEndTag() {
    // remove_thinking_section
    assertThat(ResponseProfile.OPEN_INSTRUCT.apply("<think>1</think>A<think>2\n</think>B\n")).isEqualTo("B");
    assertThat(ResponseProfile.OPEN_INSTRUCT.apply("Start<think>r</think> End")).isEqualTo("End");
    assertThat(ResponseProfile.OPEN_INSTRUCT.apply("<|assistant|> <think>t</think> <answer>Yes</answer> \n"))
        .isEqualTo("Yes");
    assertThat(ResponseProfile.OPEN_INSTRUCT.apply("</think> x <think> y</think>z")).isEqualTo("z");
    assertThat(ResponseProfile.OPEN_INSTRUCT.apply("<think>never closed")).isEqualTo("<think>never closed");
    assertThat(ResponseProfile.OPEN_INSTRUCT.apply("\u00a0x\u2003")).isEqualTo("x");
  }

  @Test
  void ifBenchScoresTheResponseAsGiven() {
    String r = "<think>a</think> b ";
    assertThat(ResponseProfile.IFBENCH.apply(r)).isEqualTo(r);
  }

  @Test
  void olmesKeepsWhatFollowsTheLastThinkEndAndDropsAnswerTagsAtLineEdges() {
    // extract_think_answer (allenai/olmo-eval 37f0852f, src/olmo_eval/evals/extract/reasoning.py);
    // each expected value is what CPython 3 gives for the three re.sub calls.
    assertThat(ResponseProfile.OLMES.apply("<think>a</think>b</think>\n<answer> Done. </answer>\n")).isEqualTo("Done. ");
    assertThat(ResponseProfile.OLMES.apply("<think>never closed")).isEqualTo("<think>never closed");
    // Multiline ^ and $: the tags go at any line's start or end, with the whitespace around them.
    assertThat(ResponseProfile.OLMES.apply("x\n\n<answer> y</answer>  \nz")).isEqualTo("x\ny\nz");
    assertThat(ResponseProfile.OLMES.apply("x<answer>y")).isEqualTo("x<answer>y");
    assertThat(ResponseProfile.OLMES.apply("a</answer> x\n")).isEqualTo("a</answer> x\n");
    // Python's \s: U+001C and U+3000 are whitespace to it; nothing else is stripped.
    assertThat(ResponseProfile.OLMES.apply("a</answer>\u001c\nb")).isEqualTo("a\nb");
    assertThat(ResponseProfile.OLMES.apply("\u3000<answer>\u3000ok")).isEqualTo("ok");
    assertThat(ResponseProfile.OLMES.apply("</think>\n\n  result  \n")).isEqualTo("\n\n  result  \n");
    assertThat(ResponseProfile.OLMES.explain("<think>ab</think>c")).startsWith("olmes kept the text after the last </think>");
  }

  @Test
  void olmesAgreesWithPythonOnRandomTexts() throws Exception {
    // Written by make_extract_cases.py beside the file, running the cited re.sub calls.
    var cases = Files.readAllLines(Path.of(getClass().getResource("/frameworks/olmes/extract_think_answer_cases.jsonl").toURI()));
    assertThat(cases).hasSize(400);
    for (String line : cases) {
      var c = new ObjectMapper(Json.FACTORY).readTree(line);
      assertThat(ResponseProfile.OLMES.apply(c.get("in").asText())).as(line).isEqualTo(c.get("out").asText());
    }
  }

  @Test
  void anUnknownProfileListsTheKnownOnes() {
    assertThatThrownBy(() -> ResponseProfile.byId("helm"))
        .hasMessage("unknown profile 'helm'; known: reference, lm-eval, lm-eval-think, lighteval, evalscope,"
            + " opencompass, ifbench, open-instruct, olmes");
    assertThat(ResponseProfile.byId("OLMES")).isEqualTo(ResponseProfile.OLMES);
  }
}
