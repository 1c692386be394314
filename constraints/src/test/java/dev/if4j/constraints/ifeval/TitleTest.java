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

/** Expected verdicts checked against the reference's TitleChecker. */
class TitleTest {
  private final Constraint title = build(Title.TYPE, Map.of());

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("<<Poem of Joy>>\nverses", true),
        Arguments.of("<< >>", false),
        Arguments.of("<<>>", false),
        Arguments.of("<<a\nb>>", false),
        Arguments.of("<<<Title>>>", true),
        Arguments.of("<< >> and <<b>>", true),
        Arguments.of("<<a>", false),
        Arguments.of("x <<>>> y", false),
        Arguments.of("text\n<<  \t>>\n<<Real>>", true),
        Arguments.of("<< >\n>>", false));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void findsANonEmptyTitleOnOneLine(String text, boolean expected) {
    assertThat(follows(title, text)).isEqualTo(expected);
  }

  @Test
  void aLineMatchesFromItsFirstOpeningToItsLastClosing() {
    // One match "<< >> and <<b>>": stripped of its brackets it still holds text.
    assertThat(Title.find("<< >> and <<b>>")).isZero();
    assertThat(Title.find("one\n<<<>>>\ntwo <<x>>")).isEqualTo(15);
  }

  @Test
  void explainsTheVerdict() {
    assertThat(verdict(title, "a <<T>>").reason()).isEqualTo("found a title at character 2");
    assertThat(verdict(title, "<< >>").reason()).isEqualTo("no non-empty <<title>> found");
  }

  @Test
  void describesTheInstructionAsTheReference() {
    assertThat(title.describe()).isEqualTo(
        "Your answer must contain a title, wrapped in double angular brackets, such as <<poem of joy>>.");
    assertThat(title.args()).isEmpty();
  }
}
