package dev.if4j.constraints.ifeval;

import static dev.if4j.constraints.ifeval.FormatChecks.build;
import static dev.if4j.constraints.ifeval.FormatChecks.follows;
import static dev.if4j.constraints.ifeval.FormatChecks.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected verdicts checked against the reference's PostscriptChecker. */
class PostscriptTest {
  private static Constraint marker(String m) {
    return build(Postscript.TYPE, Map.of("postscript_marker", m));
  }

  static Stream<Arguments> psTexts() {
    return Stream.of(
        Arguments.of("Thanks.\nP.S. See you.", true),
        Arguments.of("p. s. hi", true),
        Arguments.of("PS hi", false),
        Arguments.of("P.S hi", false),
        Arguments.of("P.P.S. later", true),
        Arguments.of("P.\tS. tab", true),
        Arguments.of("P.  S. two spaces", false),
        Arguments.of("p.s.", true),
        Arguments.of("ps.", false));
  }

  @ParameterizedTest
  @MethodSource("psTexts")
  void psMatchesLooselyAnywhere(String text, boolean expected) {
    assertThat(follows(marker("P.S."), text)).isEqualTo(expected);
  }

  static Stream<Arguments> ppsTexts() {
    return Stream.of(
        Arguments.of("Bye.\nP.P.S. more", true),
        Arguments.of("P. P. S", true),
        Arguments.of("p.p. s", true),
        Arguments.of("P.S. only", false),
        Arguments.of("P.  P.S", false),
        Arguments.of("pp.s", false),
        Arguments.of("P.P.S", true));
  }

  @ParameterizedTest
  @MethodSource("ppsTexts")
  void ppsMatchesLooselyAnywhere(String text, boolean expected) {
    assertThat(follows(marker("P.P.S"), text)).isEqualTo(expected);
  }

  static Stream<Arguments> customTexts() {
    return Stream.of(
        Arguments.of("Done.\nNOTE: check", true),
        Arguments.of("note:", true),
        Arguments.of("Note -", false),
        Arguments.of("Notes: x", false));
  }

  @ParameterizedTest
  @MethodSource("customTexts")
  void anOtherMarkerMustOccurIgnoringCase(String text, boolean expected) {
    assertThat(follows(marker(" Note: "), text)).isEqualTo(expected);
  }

  @Test
  void anOtherMarkerIsStrippedAndTakenLiterally() {
    Constraint c = marker(" p.s. ");
    assertThat(c.args()).isEqualTo(Map.of("postscript_marker", "p.s."));
    // Not the special "P.S." (the comparison is case-sensitive), so no "\s?" between the letters.
    assertThat(follows(c, "P.S. hi")).isTrue();
    assertThat(follows(c, "p. s. hi")).isFalse();
    // The reference's unescaped regex would also accept "pxsy"; literal matching does not.
    assertThat(follows(c, "pxsy")).isFalse();
  }

  @Test
  void anEmptyMarkerIsAlwaysFound() {
    assertThat(follows(marker("  "), "anything")).isTrue();
  }

  @Test
  void explainsTheVerdict() {
    assertThat(verdict(marker("P.S."), "Hi.\np.s. bye").reason())
        .isEqualTo("found the postscript marker P.S. at character 4");
    assertThat(verdict(marker("P.P.S"), "Hi.").reason()).isEqualTo("no postscript marker P.P.S found");
  }

  @Test
  void describesTheInstructionAsTheReference() {
    assertThat(marker("P.S.").describe())
        .isEqualTo("At the end of your response, please explicitly add a postscript starting with P.S.");
    assertThat(marker(" Note: ").describe())
        .isEqualTo("At the end of your response, please explicitly add a postscript starting with Note:");
  }
}
