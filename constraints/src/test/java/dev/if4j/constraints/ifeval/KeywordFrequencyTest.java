package dev.if4j.constraints.ifeval;

import static dev.if4j.constraints.ifeval.IfEvalTesting.build;
import static dev.if4j.constraints.ifeval.IfEvalTesting.context;
import static dev.if4j.constraints.ifeval.IfEvalTesting.followed;
import static dev.if4j.constraints.ifeval.IfEvalTesting.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.ArgumentException;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeywordFrequencyTest {
  @Test
  void stripsTheKeywordAndCountsItInsideWordsToo() {
    Constraint c = build(KeywordFrequency.TYPE,
        Map.of("keyword", "  art ", "frequency", 3, "relation", "at least"));
    assertThat(c.describe()).isEqualTo("In your response, the word art should appear at least 3 times.");
    assertThat(c.args()).containsExactly(Map.entry("keyword", "art"), Map.entry("frequency", 3L),
        Map.entry("relation", "at least"));
    assertThat(followed(c, "art start ART")).isTrue();
    assertThat(followed(c, "art part")).isFalse();
    assertThat(followed(c, "artart art")).isTrue();
    assertThat(c.check(view("art part")).reason()).isEqualTo("found 'art' 2 times, expected at least 3");
  }

  @Test
  void countsNonOverlappingMatches() {
    Constraint c = build(KeywordFrequency.TYPE,
        Map.of("keyword", "aa", "frequency", 2, "relation", "less than"));
    assertThat(followed(c, "aaa")).isTrue();
    assertThat(followed(c, "aaaa")).isFalse();
    assertThat(followed(c, "AaAa")).isFalse();
  }

  @Test
  void aBlankKeywordMatchesEverywhereAsAnEmptyPatternDoes() {
    // "  ".strip() == "": re.findall("", text) finds len(text) + 1 empty matches.
    Constraint c = build(KeywordFrequency.TYPE,
        Map.of("keyword", "  ", "frequency", 4, "relation", "less than"));
    assertThat(followed(c, "ab")).isTrue();
    assertThat(followed(c, "abc")).isFalse();
  }

  @Test
  void aBadRelationIsAnError() {
    assertThatThrownBy(() -> build(KeywordFrequency.TYPE,
        Map.of("keyword", "x", "frequency", 1, "relation", "exactly")))
        .isInstanceOf(ArgumentException.class)
        .hasMessage("keywords:frequency: argument 'relation' = \"exactly\": "
            + "must be 'less than' or 'at least'");
  }

  @Test
  void anEmptyKeywordIsDrawnBeforeTheOtherArguments() {
    BuildContext ctx = context(KeywordFrequency.TYPE,
        Map.of("keyword", "", "frequency", 2, "relation", "at least"));
    assertThat(build(KeywordFrequency.TYPE, ctx).describe())
        .isEqualTo("In your response, the word signal should appear at least 2 times.");
    BuildContext none = context(KeywordFrequency.TYPE, Map.of());
    assertThat(build(KeywordFrequency.TYPE, none).describe())
        .isEqualTo("In your response, the word signal should appear less than 2 times.");
    assertThat(none.referenceRandom()).isTrue();
  }
}
