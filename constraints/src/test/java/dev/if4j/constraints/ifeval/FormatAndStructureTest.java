package dev.if4j.constraints.ifeval;

import static dev.if4j.constraints.ifeval.FormatChecks.build;
import static dev.if4j.constraints.ifeval.FormatChecks.follows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.if4j.constraints.ConstraintType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormatAndStructureTest {

  @Test
  void registersTheTwelveFormatInstructions() {
    assertThat(FormatAndStructure.TYPES).extracting(ConstraintType::id).containsExactly(
        "detectable_content:number_placeholders",
        "detectable_content:postscript",
        "detectable_format:number_bullet_lists",
        "detectable_format:constrained_response",
        "detectable_format:number_highlighted_sections",
        "detectable_format:multiple_sections",
        "detectable_format:json_format",
        "detectable_format:title",
        "combination:two_responses",
        "combination:repeat_prompt",
        "startend:end_checker",
        "startend:quotation");
    for (ConstraintType t : FormatAndStructure.TYPES) {
      assertThat(IfEval.registry().get(t.id())).isSameAs(t);
    }
  }

  @Test
  void scansAdversarialMegabytesInLinearTime() {
    int mb = 1 << 20;
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      // Blank lines before a non-bullet: a naive ^\s* rescans the blank run from every line.
      assertThat(follows(build(BulletPoints.TYPE, Map.of("num_bullets", 0)), "\n".repeat(mb) + "x")).isTrue();
      assertThat(follows(build(BulletPoints.TYPE, Map.of("num_bullets", 1)), " \n".repeat(mb / 2) + "*x")).isTrue();
      // Openers with no closer on the line.
      assertThat(follows(build(Placeholders.TYPE, Map.of("num_placeholders", 1)), "[".repeat(mb))).isFalse();
      assertThat(follows(build(HighlightedSections.TYPE, Map.of("num_highlights", 1)), "*" + "a".repeat(mb) + "*"))
          .isTrue();
      assertThat(follows(build(HighlightedSections.TYPE, Map.of("num_highlights", 1)), "**" + "a".repeat(mb) + "*"))
          .isFalse();
      assertThat(follows(build(HighlightedSections.TYPE, Map.of("num_highlights", 1)), "*".repeat(mb))).isFalse();
      assertThat(follows(build(Title.TYPE, Map.of()), "<<".repeat(mb / 2))).isFalse();
      assertThat(follows(build(Title.TYPE, Map.of()), "<<a\n".repeat(mb / 4) + ">>")).isFalse();
      assertThat(follows(build(Sections.TYPE, Map.of("section_spliter", "SS", "num_sections", 1)), "S".repeat(mb)))
          .isFalse();
      assertThat(follows(build(Postscript.TYPE, Map.of("postscript_marker", "P.P.S")), "p. p. ".repeat(mb / 6)))
          .isFalse();
      assertThat(follows(build(JsonFormat.TYPE, Map.of()), "[".repeat(mb))).isFalse();
      assertThat(follows(build(TwoResponses.TYPE, Map.of()), "*".repeat(mb))).isFalse();
    });
  }
}
