package dev.if4j.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReasoningFilterTest {
  @Test
  void theAnswerIsWhatFollowsTheLastEndTagWithoutTheWhitespaceAfterIt() {
    assertThat(ReasoningFilter.THINK.split("<think>a</think> b </think>\n\n Answer, here.\n"))
        .isEqualTo(new ReasoningFilter.Split("Answer, here.\n", true, false));
  }

  @Test
  void textWithoutAnEndTagIsKeptAndAnUnfinishedThoughtIsFlagged() {
    assertThat(ReasoningFilter.THINK.split("plain")).isEqualTo(new ReasoningFilter.Split("plain", false, false));
    assertThat(ReasoningFilter.THINK.split("<think>still going"))
        .isEqualTo(new ReasoningFilter.Split("<think>still going", false, true));
  }

  @Test
  void tagsAreConfigurable() {
    ReasoningFilter f = new ReasoningFilter("[R]", "[/R]");
    assertThat(f.split("[R]x[/R]\u3000y").answer()).isEqualTo("y");
  }
}
