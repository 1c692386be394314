package dev.if4j.constraints.ifeval;

import static dev.if4j.constraints.ifeval.IfEvalTesting.build;
import static dev.if4j.constraints.ifeval.IfEvalTesting.followed;
import static dev.if4j.constraints.ifeval.IfEvalTesting.view;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoCommaTest {
  private final Constraint noComma = build(NoComma.TYPE, Map.of());

  @Test
  void onlyTheAsciiCommaCounts() {
    assertThat(followed(noComma, "a, b")).isFalse();
    assertThat(followed(noComma, "a， b、c")).isTrue();
    assertThat(followed(noComma, "ab")).isTrue();
  }

  @Test
  void saysWhereInCodePoints() {
    assertThat(noComma.check(view("😀, x")).reason()).isEqualTo("found a comma at character 1");
  }

  @Test
  void describesAsTheReference() {
    assertThat(noComma.describe()).isEqualTo("In your entire response, refrain from the use of any commas.");
    assertThat(noComma.args()).isEmpty();
  }
}
