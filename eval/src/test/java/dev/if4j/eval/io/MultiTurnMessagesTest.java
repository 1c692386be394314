package dev.if4j.eval.io;

import dev.if4j.text.io.InputProblemException;
import dev.if4j.text.io.SourceLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.Row;
import org.junit.jupiter.api.Test;

/** IFBench's multi-turn rows, as {@code check} reads them (hand-written rows). */
class MultiTurnMessagesTest {
  private static final String IDS = "\"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]";
  private static final String REQUEST = "{\"role\": \"user\", \"content\": \"Describe a lighthouse.\"}";
  private static final String FIRST_ANSWER = "{\"role\": \"assistant\", \"content\": \"It stands tall, white and red.\"}";
  private static final String CONSTRAINT = "{\"role\": \"user\", \"content\": \"Rewrite it without any commas.\"}";
  private static final String FINAL_ANSWER = "{\"role\": \"assistant\", \"content\": \"It stands tall and white and red.\"}";

  private static RowParser.Parsed check(String json) {
    return RowParser.CHECK.parse("mt.jsonl", new SourceLine(3, json));
  }

  private static String messages(String... turns) {
    return "\"messages\": [" + String.join(", ", turns) + "]";
  }

  @Test
  void theFinalAssistantTurnIsTheResponseAndEarlierAnswersAreContext() {
    Row row = check("{\"key\": 7, \"prompt\": \"Describe a lighthouse. Rewrite it without any commas.\", " + IDS
        + ", " + messages(REQUEST, FIRST_ANSWER, CONSTRAINT, FINAL_ANSWER) + "}").row();

    assertThat(row.response()).isEqualTo("It stands tall and white and red.");
    assertThat(row.id()).isEqualTo("7");
  }

  @Test
  void thePromptIsThePromptFieldAsInTheReferencesEvaluationElseTheLastUserTurn() {
    RowParser.Parsed withPrompt = check("{\"key\": 7, \"prompt\": \"P\", " + IDS + ", "
        + messages(REQUEST, FIRST_ANSWER, CONSTRAINT, FINAL_ANSWER) + "}");
    RowParser.Parsed without = check("{\"key\": 7, " + IDS + ", " + messages(REQUEST, FIRST_ANSWER, CONSTRAINT, FINAL_ANSWER) + "}");

    assertThat(withPrompt.row().prompt()).isEqualTo("P");
    assertThat(withPrompt.hasPrompt()).isTrue();
    assertThat(without.row().prompt()).isEqualTo("Rewrite it without any commas.");
    assertThat(without.row().response()).isEqualTo("It stands tall and white and red.");
  }

  @Test
  void theRowsOfThePublishedSetWithAResponseFieldAreJudgedOnIt() {
    // allenai/IFBench_multi-turn: request, first answer, constraint; the new answer comes apart.
    Row row = check("{\"key\": 7, \"prompt\": \"P\", " + IDS + ", " + messages(REQUEST, FIRST_ANSWER, CONSTRAINT)
        + ", \"response\": \"No commas here.\"}").row();

    assertThat(row.response()).isEqualTo("No commas here.");
  }

  @Test
  void aResponseRepeatedAsTheFinalTurnIsFineButTwoDifferentAnswersAreBadInput() {
    Row same = check("{\"key\": 7, " + IDS + ", " + messages(REQUEST, FINAL_ANSWER)
        + ", \"response\": \"It stands tall and white and red.\"}").row();
    assertThat(same.response()).isEqualTo("It stands tall and white and red.");

    assertThatThrownBy(() -> check("{\"key\": 7, " + IDS + ", " + messages(REQUEST, FINAL_ANSWER)
        + ", \"response\": \"Something else.\"}"))
        .isInstanceOf(InputProblemException.class)
        .hasMessageStartingWith("mt.jsonl:3: field 'messages': its final assistant turn differs from \"response\"");
  }

  @Test
  void aConversationThatEndsWithTheUserHasNothingToJudge() {
    assertThatThrownBy(() -> check("{\"key\": 7, " + IDS + ", " + messages(REQUEST, FIRST_ANSWER, CONSTRAINT) + "}"))
        .isInstanceOf(InputProblemException.class)
        .hasMessage("mt.jsonl:3: field 'response': missing (found: key, instruction_id_list, kwargs, messages), and \"messages\" does not end with an assistant turn to judge");
    assertThatThrownBy(() -> check("{\"key\": 7, \"prompt\": \"P\", " + IDS + ", \"response\": null, " + messages() + "}"))
        .hasMessageContaining("field 'response': is null, and \"messages\" does not end");
  }

  @Test
  void aSystemTurnIsAcceptedAndOnlyTheAssistantAnswers() {
    String system = "{\"role\": \"system\", \"content\": \"Be brief.\"}";

    Row row = check("{\"key\": 7, " + IDS + ", " + messages(system, REQUEST, FINAL_ANSWER) + "}").row();

    assertThat(row.response()).isEqualTo("It stands tall and white and red.");
    assertThatThrownBy(() -> check("{\"key\": 7, " + IDS + ", " + messages(REQUEST, system) + "}"))
        .hasMessageContaining("does not end with an assistant turn");
  }

  @Test
  void aMalformedFinalTurnNamesTheTurnAndTheField() {
    String p = "{\"key\": 7, \"prompt\": \"P\", " + IDS + ", ";
    assertThatThrownBy(() -> check(p + messages(REQUEST, "[1]") + "}"))
        .hasMessage("mt.jsonl:3: field 'messages[1]': expected a {\"role\", \"content\"} object, got an array");
    assertThatThrownBy(() -> check(p + messages("{\"content\": \"x\"}") + "}"))
        .hasMessage("mt.jsonl:3: field 'messages[0].role': missing");
    assertThatThrownBy(() -> check(p + messages(REQUEST, "{\"role\": \"assistant\", \"content\": [{\"type\": \"text\"}]}") + "}"))
        .hasMessage("mt.jsonl:3: field 'messages[1].content': expected a string, got an array");
    assertThatThrownBy(() -> check(p + messages(REQUEST, "{\"role\": \"assistant\", \"content\": null}") + "}"))
        .hasMessage("mt.jsonl:3: field 'messages[1].content': is null");
  }

  @Test
  void messagesAsAPlainStringIsAPromptNotAConversation() {
    Row row = check("{\"key\": 7, \"messages\": \"Describe a lighthouse.\", \"response\": \"R\", " + IDS + "}").row();

    assertThat(row.prompt()).isEqualTo("Describe a lighthouse.");
    assertThat(row.response()).isEqualTo("R");
  }

  @Test
  void singleTurnRowsAreUnchanged() {
    assertThat(check("{\"id\": 1, \"response\": \"R\", " + IDS + "}").row().response()).isEqualTo("R");
    assertThatThrownBy(() -> check("{\"id\": 1, " + IDS + "}"))
        .hasMessage("mt.jsonl:3: field 'response': missing (found: id, instruction_id_list, kwargs)");
  }

  @Test
  void benchmarkPromptRowsKeepTheirMessagesAsContextOnly() {
    // The multi-turn test set is also eval's input data: the conversation is what the model was
    // shown, not an answer, and the reference reads only key, prompt, ids and kwargs from it.
    RowParser.Parsed p = RowParser.BENCHMARK.parse("data.jsonl", new SourceLine(1, "{\"key\": 7, \"prompt\": \"P\", "
        + IDS + ", " + messages(REQUEST, FIRST_ANSWER, CONSTRAINT) + "}"));

    assertThat(p.row().prompt()).isEqualTo("P");
    assertThat(p.row().response()).isEmpty();
  }
}
