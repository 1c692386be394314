package dev.if4j.constraints.ifeval;

import static dev.if4j.constraints.ifeval.FormatChecks.build;
import static dev.if4j.constraints.ifeval.FormatChecks.follows;
import static dev.if4j.constraints.ifeval.FormatChecks.verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.ArgumentException;
import dev.if4j.constraints.Constraint;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected verdicts checked against the reference's JsonFormat. */
class JsonFormatTest {
  private final Constraint json = build(JsonFormat.TYPE, Map.of());

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("{\"a\": 1}", true),
        Arguments.of("```json\n{\"a\": 1}\n```", true),
        Arguments.of("```JSON\n[1, 2]\n```", true),
        Arguments.of("```Json\ntrue\n```", true),
        Arguments.of("```\n\"x\"\n```", true),
        Arguments.of("Here is JSON: {\"a\": 1}", false),
        Arguments.of("```json\n{\"a\": 1}\n``` trailing", false),
        Arguments.of("```json```Json{\"a\": 1}```", true),
        Arguments.of("{\"a\": NaN, \"b\": -Infinity}", true),
        Arguments.of("{\"a\": 01}", false),
        Arguments.of("[1,]", false),
        Arguments.of("```", false),
        Arguments.of("```python\n{}\n```", false),
        Arguments.of("\"\\u00e9\\ud800\"", true),
        Arguments.of("{\"a\": 1} {\"b\": 2}", false),
        Arguments.of("{'a': 1}", false),
        Arguments.of("{\"a\": 1, \"a\": 2}", true),
        Arguments.of("  \u000c[]\u000c  ", true),
        Arguments.of("```json\n```", false),
        Arguments.of("{\"a\": \"line\nbreak\"}", false),
        Arguments.of("1.", false),
        Arguments.of("-0", true),
        Arguments.of("```json{\"a\":1}``````", false));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void acceptsWhatPythonLoadsAfterRemovingFences(String text, boolean expected) {
    assertThat(follows(json, text)).isEqualTo(expected);
  }

  @Test
  void explainsTheVerdict() {
    assertThat(verdict(json, "```json\n[1,]\n```").reason())
        .isEqualTo("not valid JSON: parsing fails at character 3 of the unfenced text");
    assertThat(verdict(json, "```json\n```").reason()).isEqualTo("nothing left after removing code fences");
    assertThat(verdict(json, "{}").reason()).isEqualTo("the response is valid JSON");
  }

  @Test
  void describesTheInstructionAsTheReference() {
    assertThat(json.describe()).isEqualTo(
        "Entire output should be wrapped in JSON format. You can use markdown ticks such as ```.");
    assertThat(json.args()).isEmpty();
  }

  @Test
  void takesNoArguments() {
    assertThatThrownBy(() -> build(JsonFormat.TYPE, Map.of("indent", 2)))
        .isInstanceOf(ArgumentException.class).hasMessageContaining("takes none");
  }
}
