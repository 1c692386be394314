package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.build;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.context;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.followed;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.reason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeywordsMultipleTest {
  private static final String TEXT = "aaaa aa a art start Start START art Art arts";

  @Test
  void countsNonOverlappingSubstringsIgnoringCase() {
    // str.count on the lowercased text, in CPython: 'arts' 1, 'aa' 3, 'start' 3, 'art' 7.
    assertThat(KeywordsMultiple.count(TEXT.toLowerCase(), "aa")).isEqualTo(3);
    assertThat(KeywordsMultiple.count(TEXT.toLowerCase(), "art")).isEqualTo(7);
    assertThat(KeywordsMultiple.count(TEXT.toLowerCase(), "")).isEqualTo(45);
    Constraint c = build(KeywordsMultiple.TYPE, Map.of("keyword1", " ARTS ", "keyword2", "zz",
        "keyword3", "aa", "keyword4", "q", "keyword5", "art"));
    assertThat(followed(c, TEXT)).isFalse();
    assertThat(reason(c, TEXT)).isEqualTo("found zz 0 times, expected twice");
    Constraint ok = build(KeywordsMultiple.TYPE, Map.of("keyword1", " ARTS ", "keyword2", "a a",
        "keyword3", "aa", "keyword4", "t ", "keyword5", "art"));
    assertThat(followed(ok, TEXT + " a a t t")).isFalse(); // "a a" also occurs inside "aaaa aa a"
    assertThat(followed(build(KeywordsMultiple.TYPE, Map.of("keyword1", "one", "keyword2", "two",
        "keyword3", "three", "keyword4", "five", "keyword5", "seven")),
        "One two two three three three five five five five five seven seven seven seven seven seven seven"))
        .isTrue();
  }

  @Test
  void keywordsAreStrippedAndDescribedAsTheReference() {
    Constraint c = build(KeywordsMultiple.TYPE, Map.of("keyword1", " a ", "keyword2", "b",
        "keyword3", "c", "keyword4", "d", "keyword5", "e"));
    assertThat(c.describe()).isEqualTo("Include keyword a once in your response, keyword b twice in your "
        + "response, keyword c three times in your response, keyword d five times in your response, "
        + "and keyword e seven times in your response.");
    assertThat(c.args()).containsExactly(Map.entry("keyword1", "a"), Map.entry("keyword2", "b"),
        Map.entry("keyword3", "c"), Map.entry("keyword4", "d"), Map.entry("keyword5", "e"));
  }

  @Test
  void aMissingKeywordIsDrawn() {
    BuildContext ctx = context(KeywordsMultiple.TYPE, Map.of("keyword1", "a", "keyword2", "b",
        "keyword3", "c", "keyword4", "d"));
    Constraint c = KeywordsMultiple.TYPE.create(ctx);
    assertThat(ctx.referenceRandom()).isTrue();
    assertThat(IfEvalArgs.KEYWORD_POOL).contains((String) c.args().get("keyword5"));
  }
}
