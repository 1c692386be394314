package dev.if4j.constraints.ifeval;

import static dev.if4j.constraints.ifeval.FormatChecks.build;
import static dev.if4j.constraints.ifeval.FormatChecks.follows;
import static dev.if4j.constraints.ifeval.FormatChecks.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected verdicts checked against the reference's SectionChecker. */
class SectionsTest {
  private final Constraint twoSections =
      build(Sections.TYPE, Map.of("section_spliter", "SECTION", "num_sections", 2));

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("SECTION 1\nIntro\nSECTION 2\nBody", true),
        Arguments.of("SECTION1 text SECTION 2", true),
        Arguments.of("SECTION  1 SECTION  2", false),
        Arguments.of("SECTION\n1\nSECTION\t2", true),
        Arguments.of("SECTION X SECTION Y", false),
        Arguments.of("SECTION 1SECTION 2", true),
        Arguments.of("SECTION \u0661 SECTION \u0662", true),
        Arguments.of("SECTION 1 SECTION 2", true),
        Arguments.of("Section 1 Section 2", false),
        Arguments.of("SUBSECTION 1 SUBSECTION 2", true),
        Arguments.of("SECTIONS 1 SECTIONS 2", false));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void countsSplitterFollowedByANumber(String text, boolean expected) {
    assertThat(follows(twoSections, text)).isEqualTo(expected);
  }

  @Test
  void numbersMayBeInAnyScriptIncludingSupplementaryDigits() {
    assertThat(Sections.count("SECTION \ud835\udfcf and SECTION\u0967", "SECTION")).isEqualTo(2);
  }

  @Test
  void anEmptySplitterCountsRunsOfDigits() {
    // The reference's pattern becomes \s?\s?\d+\s?.
    Constraint c = build(Sections.TYPE, Map.of("section_spliter", "  ", "num_sections", 3));
    assertThat(c.args()).containsEntry("section_spliter", "");
    assertThat(Sections.count("a1 22x333 ", "")).isEqualTo(3);
    assertThat(follows(c, "1 2 3")).isTrue();
  }

  @Test
  void theSplitterIsStrippedAndMatchedLiterally() {
    Constraint c = build(Sections.TYPE, Map.of("section_spliter", " Part. ", "num_sections", 1));
    assertThat(c.args()).containsEntry("section_spliter", "Part.");
    assertThat(follows(c, "Part. 1")).isTrue();
    // The reference would read "." as any character here; realistic splitters have no metacharacters.
    assertThat(follows(c, "Partx 1")).isFalse();
  }

  @Test
  void explainsTheCount() {
    assertThat(verdict(twoSections, "SECTION 1 only").reason())
        .isEqualTo("found 1 section marked 'SECTION <number>', expected at least 2");
  }

  @Test
  void describesTheInstructionAsTheReference() {
    assertThat(twoSections.describe()).isEqualTo("Your response must have 2 sections. Mark the beginning "
        + "of each section with SECTION X, such as:\nSECTION 1\n[content of section 1]\nSECTION 2\n"
        + "[content of section 2]");
    assertThat(twoSections.args()).containsExactly(
        Map.entry("section_spliter", "SECTION"), Map.entry("num_sections", 2L));
    assertThat(List.copyOf(Sections.TYPE.args().stream().map(a -> a.name()).toList()))
        .containsExactly("section_spliter", "num_sections");
  }
}
