package dev.if4j.llm.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JudgePromptTest {
  @Test
  void placeholdersAreFilledInOnePass() {
    JudgePrompt p = JudgePrompt.of("I={instruction}|R={response}|C={constraints}|P={constraints_repr}|{other}");
    String out = p.render("write", "a {constraints} b", List.of("[llm] Be kind.", "it's \"x\""));
    assertThat(out).isEqualTo("I=write|R=a {constraints} b|C=[llm] Be kind.\nit's \"x\"|P=['[llm] Be kind.', 'it\\'s \"x\"']|{other}");
  }

  @Test
  void anEmptyListIsWrittenAsPythonWritesIt() {
    assertThat(JudgePrompt.of("{response}{constraints_repr}").render("i", "r", List.of())).isEqualTo("r[]");
  }

  @Test
  void theDefaultTemplateAsksForTheVerdictInDoubleBrackets() {
    String out = JudgePrompt.defaults().render("Write a poem.", "Roses.", List.of("[llm] Rhyme."));
    assertThat(out).contains("Write a poem.").contains("Roses.").contains("[llm] Rhyme.").contains("[[1]]").contains("[[0]]");
  }

  @Test
  void aTemplateWithoutTheResponseIsRefused() {
    assertThatThrownBy(() -> JudgePrompt.of("{instruction}")).hasMessageContaining("{response}");
  }
}
