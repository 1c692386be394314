package dev.if4j.constraints.ifeval;

import static dev.if4j.constraints.ifeval.IfEvalTesting.build;
import static dev.if4j.constraints.ifeval.IfEvalTesting.context;
import static dev.if4j.constraints.ifeval.IfEvalTesting.followed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.ArgumentException;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ifeval.Counts.LanguageGuess;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseLanguageTest {
  private final ResponseLanguage german =
      (ResponseLanguage) build(ResponseLanguage.TYPE, Map.of("language", "de"));

  @Test
  void describesWithTheLanguageName() {
    assertThat(german.describe()).isEqualTo(
        "Your ENTIRE response should be in German language, no other language is allowed.");
    assertThat(german.args()).containsExactly(Map.entry("language", "de"));
    assertThat(ResponseLanguage.LANGUAGES).hasSize(30);
  }

  @Test
  void comparesTheDetectedLanguage() {
    assertThat(german.judge(LanguageGuess.detected("de")).isFollowed()).isTrue();
    assertThat(german.judge(LanguageGuess.detected("en")).isFollowed()).isFalse();
    assertThat(german.judge(LanguageGuess.detected("en")).reason())
        .isEqualTo("detected 'en', expected 'de'");
  }

  @Test
  void anUndetectableTextCountsAsFollowed() {
    assertThat(german.judge(LanguageGuess.failed("No features in text.")).isFollowed()).isTrue();
  }

  @Test
  void anUnknownCodeIsAnError() {
    // The reference fails with KeyError: 'xx' while building the description.
    assertThatThrownBy(() -> build(ResponseLanguage.TYPE, Map.of("language", "xx")))
        .isInstanceOf(ArgumentException.class)
        .hasMessageStartingWith("language:response_language: argument 'language' = \"xx\": "
            + "unknown language code; known: en, es, pt,");
    assertThatThrownBy(() -> build(ResponseLanguage.TYPE, Map.of("language", "")))
        .isInstanceOf(ArgumentException.class);
  }

  @Test
  void detectsWithLangdetect() {
    assertThat(followed(german, "Das ist ein deutscher Satz, und er ist lang genug.")).isTrue();
    assertThat(followed(german, "This is English text, long enough to tell.")).isFalse();
    assertThat(followed(german, "12345 !!!")).isTrue();
  }

  @Test
  void aMissingLanguageIsDrawnFromTheReferenceList() {
    BuildContext ctx = context(ResponseLanguage.TYPE, Map.of());
    assertThat(build(ResponseLanguage.TYPE, ctx).describe())
        .isEqualTo("Your ENTIRE response should be in Punjabi language, no other language is allowed.");
    assertThat(ctx.referenceRandom()).isTrue();
  }
}
