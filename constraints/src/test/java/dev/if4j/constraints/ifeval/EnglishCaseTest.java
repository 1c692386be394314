package dev.if4j.constraints.ifeval;

import static dev.if4j.constraints.ifeval.IfEvalTesting.build;
import static dev.if4j.constraints.ifeval.IfEvalTesting.followed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.ArgumentException;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ifeval.Counts.LanguageGuess;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** change_case:english_capital and change_case:english_lowercase. */
class EnglishCaseTest {
  private static final Supplier<LanguageGuess> ENGLISH = () -> LanguageGuess.detected("en");
  private static final Supplier<LanguageGuess> FRENCH = () -> LanguageGuess.detected("fr");
  private static final Supplier<LanguageGuess> UNDETECTABLE =
      () -> LanguageGuess.failed("No features in text.");
  private static final Supplier<LanguageGuess> NOT_ASKED = () -> {
    throw new AssertionError("the language must not be asked about");
  };

  @Test
  void capitalsNeedAnUpperCaseEnglishText() {
    assertThat(EnglishCapital.judge("HELLO WORLD, 123.", ENGLISH).isFollowed()).isTrue();
    assertThat(EnglishCapital.judge("BONJOUR", FRENCH).isFollowed()).isFalse();
    assertThat(EnglishCapital.judge("BONJOUR", FRENCH).reason())
        .isEqualTo("in capitals, detected language 'fr', expected 'en'");
    assertThat(EnglishCapital.judge("HELLO", UNDETECTABLE).isFollowed()).isTrue();
  }

  @Test
  void theLanguageIsOnlyAskedAboutAnUpperCaseText() {
    assertThat(EnglishCapital.judge("Hello", NOT_ASKED).isFollowed()).isFalse();
    // isupper() needs a cased character: digits and punctuation alone are not upper case.
    assertThat(EnglishCapital.judge("123 !!!", NOT_ASKED).isFollowed()).isFalse();
    assertThat(EnglishCapital.judge("ǅ", NOT_ASKED).isFollowed()).isFalse(); // title case
  }

  @Test
  void lowercaseNeedsALowerCaseEnglishText() {
    assertThat(EnglishLowercase.judge("hello world, 123.", ENGLISH).isFollowed()).isTrue();
    assertThat(EnglishLowercase.judge("bonjour", FRENCH).isFollowed()).isFalse();
    assertThat(EnglishLowercase.judge("hello", UNDETECTABLE).isFollowed()).isTrue();
    assertThat(EnglishLowercase.judge("Hello", NOT_ASKED).isFollowed()).isFalse();
    assertThat(EnglishLowercase.judge("123 !!!", NOT_ASKED).isFollowed()).isFalse();
    assertThat(EnglishLowercase.judge("Hello", NOT_ASKED).reason())
        .isEqualTo("not all letters are lower case");
  }

  @Test
  void describeAsTheReference() {
    Constraint capital = build(EnglishCapital.TYPE, Map.of());
    Constraint lower = build(EnglishLowercase.TYPE, Map.of());
    assertThat(capital.describe())
        .isEqualTo("Your entire response should be in English, and in all capital letters.");
    assertThat(lower.describe()).isEqualTo("Your entire response should be in English, and in all "
        + "lowercase letters. No capital letters are allowed.");
    assertThat(capital.args()).isEmpty();
    assertThat(lower.args()).isEmpty();
  }

  @Test
  void takeNoArguments() {
    assertThatThrownBy(() -> build(EnglishCapital.TYPE, Map.of("language", "en")))
        .isInstanceOf(ArgumentException.class)
        .hasMessage("change_case:english_capital: argument 'language' = \"en\": "
            + "unknown argument; this instruction takes none");
  }

  @Test
  void endToEndWithLangdetect() {
    Constraint capital = build(EnglishCapital.TYPE, Map.of());
    Constraint lower = build(EnglishLowercase.TYPE, Map.of());
    assertThat(followed(capital, "HELLO WORLD, THIS IS ENGLISH TEXT.")).isTrue();
    assertThat(followed(lower, "hello world, this is english text.")).isTrue();
  }
}
