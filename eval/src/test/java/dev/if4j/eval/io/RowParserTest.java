package dev.if4j.eval.io;

import dev.if4j.text.io.JsonlLines;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.text.io.SourceLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.Row;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RowParserTest {
  private static RowParser.Parsed parse(String json) {
    return RowParser.CHECK.parse("rows.jsonl", new SourceLine(17, json));
  }

  private static InputProblemException bad(String json) {
    try {
      parse(json);
    } catch (InputProblemException e) {
      return e;
    }
    throw new AssertionError("accepted: " + json);
  }

  @Test
  void aRowBecomesARowWithTextIdsAndNullArgumentsDropped() {
    RowParser.Parsed p = parse("{\"key\": 1001, \"prompt\": \"P\", \"response\": \"R\", \"extra\": [1],"
        + " \"instruction_id_list\": [\"a:b\", \"c:d\"], \"kwargs\": [{}, {\"n\": 3, \"x\": null, \"s\": \"t\"}]}");

    Row row = p.row();
    assertThat(row.id()).isEqualTo("1001");
    assertThat(row.prompt()).isEqualTo("P");
    assertThat(row.response()).isEqualTo("R");
    assertThat(row.instructionIds()).containsExactly("a:b", "c:d");
    assertThat(row.kwargs().get(1).asMap()).isEqualTo(Map.of("n", 3L, "s", "t"));
    assertThat(row.kwargs().get(1).instructionId()).isEqualTo("c:d");
    assertThat(p.line()).isEqualTo(17);
    assertThat(p.hasPrompt()).isTrue();
  }

  @Test
  void idIsPreferredToKeyAndThePromptMayBeAbsent() {
    RowParser.Parsed p = parse("{\"id\": \"a\", \"key\": 5, \"response\": \"R\", \"instruction_id_list\": [], \"kwargs\": []}");

    assertThat(p.row().id()).isEqualTo("a");
    assertThat(p.row().prompt()).isEmpty();
    assertThat(p.hasPrompt()).isFalse();
  }

  @Test
  void malformedJsonNamesFileLineAndColumn() {
    InputProblemException e = bad("{\"id\": 1, \"response\": \"R\",, }");

    assertThat(e.getMessage()).startsWith("rows.jsonl:17: malformed JSON at column ");
    assertThat(e.line()).isEqualTo(17);
    assertThat(e.field()).isNull();
  }

  @Test
  void aRepeatedKeyIsBadInputNamingTheKey() {
    // Read as "the last one wins", this row would pass no_comma on its second response.
    InputProblemException e = bad("{\"id\": 1, \"response\": \"a, b\", \"response\": \"a b\","
        + " \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}");

    assertThat(e.getMessage()).startsWith("rows.jsonl:17: malformed JSON at column ").contains("Duplicate field 'response'");
    assertThat(bad("{\"id\": 1, \"response\": \"R\", \"instruction_id_list\": [\"punctuation:no_comma\"],"
        + " \"kwargs\": [{\"a\": 1, \"a\": 2}]}").getMessage()).contains("Duplicate field 'a'");
  }

  @Test
  void malformedJsonMessagesCarryNoJacksonSourceNoise() {
    InputProblemException e = bad("{\"id\": 1, \"response\": \"R\", \"kwargs\": [{}");

    assertThat(e.getMessage()).doesNotContain("Source").doesNotContain("REDACTED")
        .contains("expected close marker for Array (start marker at line 1, column ");
  }

  @Test
  void aLineThatIsNotOneObjectIsBadInput() {
    assertThat(bad("[1, 2]").getMessage()).isEqualTo("rows.jsonl:17: expected a JSON object, found an array");
    assertThat(bad("{\"id\": 1} {\"id\": 2}").getMessage()).contains("more content after the object");
  }

  @Test
  void aMissingFieldIsNamed() {
    assertThat(bad("{\"id\": 1, \"instruction_id_list\": [], \"kwargs\": []}").getMessage())
        .isEqualTo("rows.jsonl:17: field 'response': missing (found: id, instruction_id_list, kwargs)");
    // Without instruction_id_list the row is in no known ground-truth format.
    assertThat(bad("{\"id\": 1, \"response\": \"R\", \"kwargs\": []}").getMessage())
        .startsWith("rows.jsonl:17: no ground truth found; formats tried: ifeval (");
    assertThat(bad("{\"id\": 1, \"response\": \"R\", \"instruction_id_list\": []}").getMessage())
        .isEqualTo("rows.jsonl:17: field 'kwargs': missing (ifeval format)");
    assertThat(bad("{\"response\": \"R\", \"instruction_id_list\": [], \"kwargs\": []}").getMessage())
        .startsWith("rows.jsonl:17: field 'id': missing");
  }

  @Test
  void kwargsOfTheWrongLengthAreNamed() {
    assertThat(bad("{\"id\": 1, \"response\": \"R\", \"instruction_id_list\": [\"a\", \"b\", \"c\"], \"kwargs\": [{}, {}]}")
            .getMessage())
        .isEqualTo("rows.jsonl:17: field 'kwargs': 2 entries but instruction_id_list has 3 (ifeval format)");
  }

  @Test
  void aFieldOfTheWrongTypeIsNamed() {
    assertThat(bad("{\"id\": 1, \"response\": 42, \"instruction_id_list\": [], \"kwargs\": []}").getMessage())
        .isEqualTo("rows.jsonl:17: field 'response': expected a string, got a number (42)");
    assertThat(bad("{\"id\": 1, \"response\": \"R\", \"instruction_id_list\": \"a\", \"kwargs\": []}").getMessage())
        .isEqualTo("rows.jsonl:17: field 'instruction_id_list': expected an array of strings, got a string (ifeval format)");
    assertThat(bad("{\"id\": 1, \"response\": \"R\", \"instruction_id_list\": [\"a\", 2], \"kwargs\": [{}, {}]}").getMessage())
        .isEqualTo("rows.jsonl:17: field 'instruction_id_list[1]': expected a string, got a number (2) (ifeval format)");
    assertThat(bad("{\"id\": 1, \"response\": \"R\", \"instruction_id_list\": [\"a\"], \"kwargs\": [[]]}").getMessage())
        .isEqualTo("rows.jsonl:17: field 'kwargs[0]': expected an object, got an array (ifeval format)");
    assertThat(bad("{\"id\": 1.5, \"response\": \"R\", \"instruction_id_list\": [], \"kwargs\": []}").getMessage())
        .isEqualTo("rows.jsonl:17: field 'id': expected a string or an integer, got a number (1.5)");
  }

  @Test
  void benchmarkPromptsNeedAPromptButNoResponse() {
    RowParser.Parsed p = RowParser.BENCHMARK.parse("input_data.jsonl",
        new SourceLine(2, "{\"key\": 7, \"prompt\": \"P\", \"instruction_id_list\": [], \"kwargs\": []}"));
    assertThat(p.row().id()).isEqualTo("7");
    assertThat(p.row().response()).isEmpty();

    assertThatThrownBy(() -> RowParser.BENCHMARK.parse("input_data.jsonl",
            new SourceLine(3, "{\"key\": 7, \"instruction_id_list\": [], \"kwargs\": []}")))
        .hasMessage("input_data.jsonl:3: field 'prompt': missing (found: key, instruction_id_list, kwargs)");
  }

  @Test
  void bytesThatAreNotUtf8AreReportedOnTheirLine() throws IOException {
    byte[] good = "{\"id\": 1}\n".getBytes(StandardCharsets.UTF_8);
    byte[] input = new byte[good.length * 2 + 3];
    System.arraycopy(good, 0, input, 0, good.length);
    input[good.length] = '"';
    input[good.length + 1] = (byte) 0xC3; // a lead byte with no continuation
    input[good.length + 2] = '\n';
    System.arraycopy(good, 0, input, good.length + 3, good.length);
    try (JsonlLines in = new JsonlLines("f.jsonl", new ByteArrayInputStream(input))) {
      assertThat(in.next().notUtf8()).isFalse();
      SourceLine second = in.next();
      assertThat(second.number()).isEqualTo(2);
      assertThatThrownBy(() -> RowParser.CHECK.parse("f.jsonl", second))
          .hasMessage("f.jsonl:2: not valid UTF-8 text");
      assertThat(in.next().number()).isEqualTo(3);
    }
  }

  @Test
  void aTornLastLineThatDoesNotParseIsReportedAsSuch() throws IOException {
    byte[] bytes = "{\"id\": 1}\n{\"id\": 2, \"resp".getBytes(StandardCharsets.UTF_8);
    try (JsonlLines in = new JsonlLines("f.jsonl", new ByteArrayInputStream(bytes))) {
      in.next();
      SourceLine torn = in.next();
      assertThatThrownBy(() -> RowParser.CHECK.parse("f.jsonl", torn))
          .hasMessageStartingWith("f.jsonl:2: malformed JSON at column ")
          .hasMessageEndingWith(" (the file ends inside this line, without a newline: was it cut short?)");
    }
  }

  @Test
  void longLinesSpanningReadBuffersStayWhole() throws IOException {
    String big = "x".repeat(200_000);
    byte[] bytes = ("{\"r\": \"" + big + "\"}\n{\"r\": 2}\n").getBytes(StandardCharsets.UTF_8);
    try (JsonlLines in = new JsonlLines("f.jsonl", new ByteArrayInputStream(bytes))) {
      assertThat(in.next().text()).hasSize(big.length() + 9);
      assertThat(in.next().text()).isEqualTo("{\"r\": 2}");
      assertThat(in.next()).isNull();
    }
  }

  @Test
  void aMissingFieldNamesTheFieldsFoundAndTheLikelyOne() {
    assertThatThrownBy(() -> RowParser.CHECK.parse("rows.jsonl", new SourceLine(2,
            "{\"id\": 1, \"output\": \"Hi\", \"input\": \"Say hi\", \"instruction_id_list\": [], \"kwargs\": []}")))
        .hasMessage("rows.jsonl:2: field 'response': missing (found: id, output, input, instruction_id_list, kwargs"
            + " \u2014 did you mean 'response' (for 'output')?)");
    assertThatThrownBy(() -> RowParser.CHECK.parse("rows.jsonl", new SourceLine(3, "{}")))
        .hasMessageContaining("the object is empty");
  }
}
