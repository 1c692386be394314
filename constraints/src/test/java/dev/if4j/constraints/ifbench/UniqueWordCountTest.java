package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.build;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.context;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.followed;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.reason;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.view;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.BuildContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UniqueWordCountTest {
  // In CPython: {'', 'hello', 'naïve', 'strasse', 'straße', "word's", 'world', '—', '“quoted”'}.
  private static final String TEXT =
      "--- ... Hello, hello! HELLO world — word's “quoted” naïve NAÏVE Straße STRASSE";

  @Test
  void countsLowercasedWordsStrippedOfAsciiPunctuation() {
    assertThat(view(TEXT).get(CountsAndRatiosTexts.UNIQUE_WORDS)).isEqualTo(9);
    assertThat(followed(build(UniqueWordCount.TYPE, Map.of("N", 9)), TEXT)).isTrue();
    assertThat(followed(build(UniqueWordCount.TYPE, Map.of("N", 10)), TEXT)).isFalse();
    assertThat(reason(build(UniqueWordCount.TYPE, Map.of("N", 10)), TEXT))
        .isEqualTo("found 9 unique words, expected at least 10");
  }

  @Test
  void describesAsTheReference() {
    assertThat(build(UniqueWordCount.TYPE, Map.of("N", 5.0)).describe())
        .isEqualTo("Use at least 5.0 unique words in the response.");
    BuildContext ctx = context(UniqueWordCount.TYPE, Map.of("N", -1));
    assertThat(UniqueWordCount.TYPE.create(ctx).describe()).isEqualTo("Use at least 297 unique words in the response.");
    assertThat(ctx.referenceRandom()).isTrue();
  }
}
