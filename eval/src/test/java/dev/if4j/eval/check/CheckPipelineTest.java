package dev.if4j.eval.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.eval.TestRegistry;
import dev.if4j.text.io.InputProblemException;
import dev.if4j.text.io.JsonlLines;
import dev.if4j.text.resources.ResourceMissingException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckPipelineTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path emptyResources;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream rejects = new ByteArrayOutputStream();

  private static String row(String id, String response, String ids, String kwargs) {
    return "{\"id\": \"" + id + "\", \"prompt\": \"P\", \"response\": \"" + response
        + "\", \"instruction_id_list\": " + ids + ", \"kwargs\": " + kwargs + "}";
  }

  private static String noComma(String id, String response) {
    return row(id, response, "[\"punctuation:no_comma\"]", "[{}]");
  }

  private CheckPipeline.Stats run(CheckPipeline.Options options, List<String> lines) throws IOException {
    byte[] input = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    CheckPipeline p = new CheckPipeline(TestRegistry.judge(emptyResources), options);
    return p.run(new JsonlLines("rows.jsonl", new ByteArrayInputStream(input)), out, rejects);
  }

  private List<JsonNode> output() throws IOException {
    return lines(out);
  }

  private static List<JsonNode> lines(ByteArrayOutputStream bytes) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    String text = bytes.toString(StandardCharsets.UTF_8);
    if (text.isEmpty()) return nodes;
    assertThat(text).endsWith("\n");
    for (String line : text.split("\n")) nodes.add(JSON.readTree(line));
    return nodes;
  }

  private static CheckPipeline.Options options(int threads) {
    return CheckPipeline.Options.defaults().withThreads(threads);
  }

  @Test
  void writesOneLineOfStrictAndLooseVerdictsPerRow() throws IOException {
    CheckPipeline.Stats stats = run(options(1), List.of(
        noComma("a", "no commas here"),
        row("b", "*one, two*", "[\"punctuation:no_comma\", \"test:contains\"]", "[{}, {\"word\": \"one,\"}]")));

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
        "{\"id\":\"a\",\"strict\":[true],\"loose\":[true]}\n"
            + "{\"id\":\"b\",\"strict\":[false,true],\"loose\":[false,true]}\n");
    assertThat(stats).isEqualTo(new CheckPipeline.Stats(2, 0, 3, 2, 2));
  }

  @Test
  void explainAddsTheStrictReasonAndThePassingLooseVariant() throws IOException {
    run(options(1).withExplain(true), List.of(
        row("a", "first line\\n**body**", "[\"test:contains\", \"test:contains\"]",
            "[{\"word\": \"**\"}, {\"word\": \"zzz\"}]"),
        row("b", "a,b\\nno comma", "[\"punctuation:no_comma\"]", "[{}]")));

    List<JsonNode> rows = output();
    JsonNode a = rows.get(0).get("reasons");
    assertThat(a.get(0).get("instruction_id").asText()).isEqualTo("test:contains");
    assertThat(a.get(0).get("strict").asText()).isEqualTo("found **");
    assertThat(a.get(0).get("loose_variant").asText()).isEqualTo("as_is");
    assertThat(a.get(1).get("strict").asText()).isEqualTo("no zzz");
    assertThat(a.get(1).get("loose_variant").isNull()).isTrue();
    JsonNode b = rows.get(1);
    assertThat(b.get("strict").get(0).asBoolean()).isFalse();
    assertThat(b.get("loose").get(0).asBoolean()).isTrue();
    assertThat(b.get("reasons").get(0).get("loose_variant").asText()).isEqualTo("no_first_line");
  }

  @Test
  void referenceRandomIsListedOnlyForRowsThatHaveIt() throws IOException {
    run(options(1), List.of(
        row("filled", "x", "[\"punctuation:no_comma\", \"test:contains\"]", "[{}, {\"word\": null}]"),
        noComma("plain", "x")));

    List<JsonNode> rows = output();
    assertThat(rows.get(0).get("reference_random").toString()).isEqualTo("[false,true]");
    assertThat(rows.get(1).has("reference_random")).isFalse();
  }

  @Test
  void outputKeepsInputOrderOnManyThreads() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      // Uneven work per row, so that later rows often finish first.
      int spin = (i * 7919) % 13 == 0 ? 200_000 : (i % 5) * 100;
      lines.add(row("r" + i, "y".repeat(i % 7), "[\"test:spin\"]", "[{\"spin\": " + spin + "}]"));
    }

    CheckPipeline.Stats stats = run(options(8).withBatch(3, 1 << 20), lines);

    List<JsonNode> rows = output();
    assertThat(stats.rows()).isEqualTo(3000);
    assertThat(rows).hasSize(3000);
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i).get("id").asText()).isEqualTo("r" + i);
      // An empty response never follows; otherwise even lengths follow.
      boolean expected = i % 7 != 0 && (i % 7) % 2 == 0;
      assertThat(rows.get(i).get("strict").get(0).asBoolean()).as("row %d", i).isEqualTo(expected);
    }
  }

  @Test
  void aBadLineStopsTheRunAfterTheLinesBeforeItWereWritten() {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 20; i++) lines.add(i == 9 ? "{\"id\": 9, \"response\": \"R\"" : noComma("r" + i, "ok"));

    assertThatThrownBy(() -> run(options(4).withBatch(2, 1 << 20), lines))
        .isInstanceOf(InputProblemException.class)
        .hasMessageStartingWith("rows.jsonl:9: malformed JSON");
    assertThat(out.toString(StandardCharsets.UTF_8).split("\n")).hasSize(8);
  }

  @Test
  void skipBadLinesWritesEachBadLineWithItsReasonAndGoesOn() throws IOException {
    List<String> lines = List.of(
        noComma("ok1", "fine"),
        "not json",
        row("short", "R", "[\"punctuation:no_comma\", \"test:contains\"]", "[{}]"),
        row("unknown", "R", "[\"punctuation:no_comma\", \"punctuation:no_coma\"]", "[{}, {}]"),
        row("badarg", "R", "[\"test:spin\"]", "[{\"spin\": \"many\"}]"),
        noComma("ok2", "fine"));

    CheckPipeline.Stats stats = run(options(2).withSkipBadLines(true).withBatch(2, 1 << 20), lines);

    assertThat(output()).extracting(n -> n.get("id").asText()).containsExactly("ok1", "ok2");
    assertThat(stats.rows()).isEqualTo(2);
    assertThat(stats.rejected()).isEqualTo(4);
    List<JsonNode> rej = lines(rejects);
    assertThat(rej).extracting(n -> n.get("line").asLong()).containsExactly(2L, 3L, 4L, 5L);
    assertThat(rej.get(0).get("text").asText()).isEqualTo("not json");
    assertThat(rej.get(0).get("reason").asText()).startsWith("malformed JSON");
    assertThat(rej.get(1).get("reason").asText()).isEqualTo("field 'kwargs': 1 entry but instruction_id_list has 2 (ifeval format)");
    assertThat(rej.get(2).get("reason").asText())
        .startsWith("field 'instruction_id_list[1]': unknown instruction id 'punctuation:no_coma'")
        .contains("did you mean punctuation:no_comma");
    assertThat(rej.get(3).get("reason").asText()).startsWith("field 'kwargs[0]': test:spin: argument 'spin'");
    assertThat(rej.get(3).get("source").asText()).isEqualTo("rows.jsonl");
  }

  @Test
  void unknownInstructionsAndBadArgumentsAreBadInputWithTheirLine() {
    assertThatThrownBy(() -> run(options(1), List.of(noComma("a", "x"),
            row("b", "x", "[\"test:nope\"]", "[{}]"))))
        .isInstanceOf(InputProblemException.class)
        .hasMessageStartingWith("rows.jsonl:2: field 'instruction_id_list[0]': unknown instruction id 'test:nope'");
    assertThatThrownBy(() -> run(options(1), List.of(row("b", "x", "[\"test:contains\"]", "[{\"wurd\": \"a\"}]"))))
        .isInstanceOf(InputProblemException.class)
        .hasMessageStartingWith("rows.jsonl:1: field 'kwargs[0]': test:contains: argument 'wurd'")
        .hasMessageContaining("unknown argument");
  }

  @Test
  void anInstructionThatRepeatsThePromptNeedsAPrompt() throws IOException {
    run(options(1), List.of(row("with", "P and more", "[\"test:starts_with_prompt\"]", "[{}]")));
    assertThat(output().get(0).get("strict").get(0).asBoolean()).isTrue();

    assertThatThrownBy(() -> run(options(1), List.of(
            "{\"id\": 1, \"response\": \"R\", \"instruction_id_list\": [\"test:starts_with_prompt\"], \"kwargs\": [{}]}")))
        .hasMessage("rows.jsonl:1: field 'prompt': missing, and instruction test:starts_with_prompt needs the row's prompt");
  }

  @Test
  void aMissingLanguageResourceStopsTheRunInsteadOfScoringRowsNotFollowed() {
    assertThatThrownBy(() -> run(options(2), List.of(row("a", "text", "[\"test:needs_data\"]", "[{}]"))))
        .isInstanceOf(ResourceMissingException.class)
        .hasMessageContaining("nltk/corpora/stopwords/english")
        .hasMessageContaining("if4j resources pull");
  }

  @Test
  void outputIsAsciiWithOtherCharactersEscaped() throws IOException {
    run(options(1), List.of(noComma("\u00e9t\u00e9 \uD83D\uDE00", "ok")));

    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{\"id\":\"\\u00E9t\\u00E9 \\uD83D\\uDE00\"");
    assertThat(output().get(0).get("id").asText()).isEqualTo("\u00e9t\u00e9 \uD83D\uDE00");
  }
}
