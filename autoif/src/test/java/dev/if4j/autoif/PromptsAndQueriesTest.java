package dev.if4j.autoif;

import dev.if4j.text.io.InputProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.sandbox.PythonSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptsAndQueriesTest {
  @TempDir Path dir;

  @Test
  void aTemplateFileReplacesTheBundledOneAndMustKeepItsSlots() throws Exception {
    Path prompts = Files.createDirectories(dir.resolve("prompts"));
    Files.writeString(prompts.resolve("respond.txt"), "Q: {query}\nRule: {instruction}\n");
    Prompts p = Prompts.withOverrides(prompts);
    assertThat(p.render(Prompts.Kind.RESPOND, "instruction", "be brief", "query", "why?")).isEqualTo("Q: why?\nRule: be brief\n");
    assertThat(p.template(Prompts.Kind.SCORE)).isEqualTo(Prompts.defaults().template(Prompts.Kind.SCORE));

    Files.writeString(prompts.resolve("score.txt"), "Score {response} for {query}\n");
    assertThatThrownBy(() -> Prompts.withOverrides(prompts)).isInstanceOf(InputProblemException.class)
        .hasMessageContaining("score.txt: the template has no {instruction} slot");
  }

  @Test
  void queriesComeFromAnyShareGptShapeAndMustBeLongerThan20AndShorterThan300Characters() throws Exception {
    Path q = dir.resolve("q.jsonl");
    String c20 = "x".repeat(20);
    String c21 = "é".repeat(21); // characters, not bytes
    String c299 = "y".repeat(299);
    String c300 = "z".repeat(300);
    Files.writeString(q, String.join("\n",
        "{\"query\": \"" + c20 + "\"}",
        "{\"prompt\": \"" + c21 + "\"}",
        "{\"messages\": [{\"role\": \"system\", \"content\": \"s\"}, {\"role\": \"user\", \"content\": \"" + c299 + "\"}]}",
        "{\"conversations\": [{\"from\": \"human\", \"value\": \"" + c300 + "\"}]}") + "\n");
    try (AutoifSteps steps = new AutoifSteps(dir, AutoifConfig.defaults(), Prompts.defaults(), () -> null,
        PythonSandbox.Options.defaults(), null)) {
      assertThat(QueryPool.read(q, AutoifConfig.defaults())).containsExactly(c21, c299);
      Files.writeString(q, "{\"query\": \"" + c21 + "\"}\n{\"text\": \"no field we know\"}\n");
      assertThatThrownBy(() -> QueryPool.read(q, AutoifConfig.defaults())).isInstanceOf(InputProblemException.class)
          .hasMessageStartingWith(q + ":2: no query");
      Files.writeString(q, "{\"messages\": [{\"role\": \"user\", \"content\": 5}]}\n");
      assertThatThrownBy(() -> QueryPool.read(q, AutoifConfig.defaults())).isInstanceOf(InputProblemException.class)
          .hasMessage(q + ":1: field \"messages\" has a user turn whose \"content\" is not a string");
    }
  }
}
