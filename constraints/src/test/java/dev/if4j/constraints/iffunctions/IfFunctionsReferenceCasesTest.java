package dev.if4j.constraints.iffunctions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.text.TextTools;
import dev.if4j.text.resources.ResourceStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-written edge cases for each of the 25 functions and for the call around them
 * ({@code reference-cases.jsonl}: name, ground truth, response, expected). The expected value of
 * every case is what open-instruct's {@code IFEvalVerifierOld} logic over {@code if_functions.py}
 * returned for it: {@code true}/{@code false}, or {@code "error:<Type>"} where it raised, in which
 * case the verdict must be "not followed" and name that exception.
 */
class IfFunctionsReferenceCasesTest {
  static final TextTools TOOLS = new TextTools(ResourceStore.offline(
      Path.of(System.getProperty("if4j.shared", "../../shared"), "resources")));
  private static final IfFunctions JUDGE = new IfFunctions(TOOLS);

  static List<JsonNode> cases() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        IfFunctionsReferenceCasesTest.class.getResourceAsStream("reference-cases.jsonl"), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) out.add(json.readTree(line));
      }
    }
    return out;
  }

  static Stream<Arguments> referenceCases() throws IOException {
    return cases().stream().map(c -> Arguments.of(c.get("name").asText(), c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("referenceCases")
  void agreesWithTheReference(String name, JsonNode c) {
    IfFunctions.Outcome got = JUDGE.outcome(c.get("ground_truth").asText(), c.get("response").asText());
    JsonNode expected = c.get("expected");
    if (expected.isBoolean()) {
      assertThat(got.followed()).as(got.verdict().toString()).isEqualTo(expected.asBoolean());
      assertThat(got.raises()).isNull();
    } else {
      String type = expected.asText().substring("error:".length());
      assertThat(got.followed()).isFalse();
      assertThat(got.raises()).as(got.verdict().toString()).isEqualTo(type);
      assertThat(got.verdict().reason()).startsWith("the reference raises " + type);
    }
  }

  @Test
  void everyFunctionHasCasesOnBothSides() throws IOException {
    Map<String, List<String>> outcomes = new TreeMap<>();
    for (JsonNode c : cases()) {
      String name = c.get("name").asText();
      String func = name.substring(0, name.indexOf(':'));
      outcomes.computeIfAbsent(func, k -> new ArrayList<>()).add(c.get("expected").asText());
    }
    for (String f : IfFunction.names()) {
      assertThat(outcomes).containsKey(f);
      assertThat(outcomes.get(f)).as(f).hasSizeGreaterThanOrEqualTo(3).contains("true", "false");
    }
  }
}
