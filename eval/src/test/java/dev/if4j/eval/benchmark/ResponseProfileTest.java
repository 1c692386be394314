package dev.if4j.eval.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  @Test
  void anUnknownProfileListsTheKnownOnes() {
    assertThatThrownBy(() -> ResponseProfile.byId("helm"))
        .hasMessage("unknown profile 'helm'; known: reference, lm-eval, lm-eval-think, lighteval");
  }
}
