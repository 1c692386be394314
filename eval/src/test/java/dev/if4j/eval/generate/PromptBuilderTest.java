package dev.if4j.eval.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.Registries;
import dev.if4j.llm.ChatMessage;
import dev.if4j.text.TextTools;
import dev.if4j.text.resources.ResourceStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptBuilderTest {
  @TempDir Path dir;

  private static FewShotPool pool(int n) {
    List<FewShotPool.Demo> demos = new ArrayList<>();
    for (int i = 0; i < n; i++) demos.add(new FewShotPool.Demo("d" + i, "demo prompt " + i, "demo answer " + i));
    return FewShotPool.of(demos);
  }

  @Test
  void theDrawDependsOnlyOnTheSeedAndTheKeyAndNeverIncludesThePrompt() {
    FewShotPool pool = pool(30);
    List<FewShotPool.Demo> a = pool.draw("1000", "my prompt", 4, 1234);
    assertThat(a).hasSize(4).doesNotHaveDuplicates();
    assertThat(pool.draw("1000", "my prompt", 4, 1234)).isEqualTo(a);
    assertThat(pool.draw("1001", "my prompt", 4, 1234)).isNotEqualTo(a);
    assertThat(pool.draw("1000", "my prompt", 4, 99)).isNotEqualTo(a);
    // Same key or same text (after strip) as a demonstration: that one is never drawn.
    for (int seed = 0; seed < 200; seed++) {
      assertThat(pool.draw("d3", "x", 29, seed)).extracting(FewShotPool.Demo::key).doesNotContain("d3");
      assertThat(pool.draw("k", "  demo prompt 7\n", 29, seed)).extracting(FewShotPool.Demo::key).doesNotContain("d7");
    }
    assertThatThrownBy(() -> pool.draw("d3", "x", 30, 1)).hasMessageContaining("29 demonstrations other than the prompt");
  }

  @Test
  void demonstrationsComeAsUserAssistantTurnsAfterTheSystemPrompt() {
    PromptBuilder b = new PromptBuilder("sys", pool(5), 2, 7, null);
    List<ChatMessage> m = b.build(new PromptRow("k", "the prompt", null, List.of(), List.of(), 1));
    assertThat(m).extracting(ChatMessage::role).containsExactly("system", "user", "assistant", "user", "assistant", "user");
    assertThat(m.get(5).content()).isEqualTo("the prompt");
    assertThat(m.get(2).content()).startsWith("demo answer");
  }

  @Test
  void aMessagesRowKeepsItsConversationAndUnderIsolationTheModelAnswersItsAssistantTurns() {
    List<ChatMessage> conv = List.of(ChatMessage.system("row system"), ChatMessage.user("task"),
        ChatMessage.assistant("someone's answer"), ChatMessage.user("now the constraint"));
    PromptRow row = new PromptRow("k", "now the constraint", conv, List.of(), List.of(), 1);
    assertThat(new PromptBuilder("ignored", null, 0, 0, null).build(row)).isEqualTo(conv);
    assertThat(new PromptBuilder(null, null, 0, 0, isolation()).build(row)).containsExactly(ChatMessage.system("row system"),
        ChatMessage.user("task"), ChatMessage.ownAnswer(), ChatMessage.user("now the constraint"));
  }

  private ConstraintIsolation isolation() {
    return new ConstraintIsolation(new Evaluator(Registries.byName("ifbench"), new TextTools(ResourceStore.offline(dir))));
  }

  @Test
  void isolationFindsTheConstraintAsThePromptWordsItWithoutQuotesOrPointZero() {
    String prompt = "Explain alum. Please use an emoji at the end of every sentence. The response must include keyword"
        + " fleetness in the 8-th sentence.";
    PromptRow row = new PromptRow("1", prompt, null, List.of("format:emoji", "sentence:keyword"),
        List.of(Args.of("format:emoji", Map.of()), Args.of("sentence:keyword", Map.of("N", 8.0, "word", "fleetness"))), 1);

    ConstraintIsolation.Split split = isolation().split(row);

    assertThat(split.task()).isEqualTo("Explain alum.");
    assertThat(split.constraint()).isEqualTo("Please use an emoji at the end of every sentence. The response must include"
        + " keyword fleetness in the 8-th sentence.");
    assertThat(new PromptBuilder(null, null, 0, 0, isolation()).build(row)).containsExactly(ChatMessage.user("Explain alum."),
        ChatMessage.ownAnswer(), ChatMessage.user(split.constraint()));
  }

  @Test
  void aPromptThatIsOnlyItsConstraintCannotBeSplit() {
    PromptRow row = new PromptRow("1", "Please use an emoji at the end of every sentence.", null, List.of("format:emoji"),
        List.of(Args.of("format:emoji", Map.of())), 1);
    assertThatThrownBy(() -> isolation().split(row)).isInstanceOf(ConstraintIsolation.NotSplittable.class)
        .hasMessage("its prompt is only the constraint");
  }

  @Test
  void looseMatchingMapsBackToThePromptsOwnText() {
    String prompt = "Say \u201cyes\u201d 5 times. Then stop.";
    int[] span = ConstraintIsolation.findLoosely(prompt, "Say \"yes\" 5.0 times.");
    assertThat(prompt.substring(span[0], span[1])).isEqualTo("Say \u201cyes\u201d 5 times.");
  }
}
