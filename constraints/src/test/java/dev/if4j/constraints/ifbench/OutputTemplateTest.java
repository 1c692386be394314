package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.FormatsTesting.build;
import static dev.if4j.constraints.ifbench.FormatsTesting.follows;
import static dev.if4j.constraints.ifbench.FormatsTesting.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import org.junit.jupiter.api.Test;

/** Expected verdicts checked against the reference's OutputTemplateChecker. */
class OutputTemplateTest {
  private final Constraint template = build(OutputTemplate.TYPE);

  @Test
  void needsTheThreeLabelsInAnyOrder() {
    assertThat(follows(template, "My Answer: a My Conclusion: b Future Outlook: c")).isTrue();
    assertThat(follows(template, "Future Outlook: c My Conclusion: b My Answer: a")).isTrue();
  }

  @Test
  void labelsAreCaseSensitive() {
    assertThat(follows(template, "My answer: a My Conclusion: b Future Outlook: c")).isFalse();
    assertThat(verdict(template, "My answer: a My Conclusion: b").reason())
        .isEqualTo("missing My Answer:, Future Outlook:");
  }

  @Test
  void describesAsTheReference() {
    assertThat(template.describe()).isEqualTo("Use this exact template for your response: My Answer: "
        + "[answer] My Conclusion: [conclusion] Future Outlook: [outlook]");
  }
}
