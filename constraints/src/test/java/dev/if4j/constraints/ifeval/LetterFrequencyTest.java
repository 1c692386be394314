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
import dev.if4j.text.Py;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LetterFrequencyTest {
  @Test
  void countsTheLetterInTheLowerCasedText() {
    BuildContext ctx = context(LetterFrequency.TYPE,
        Map.of("letter", "L", "let_frequency", 3, "let_relation", "at least"));
    Constraint c = build(LetterFrequency.TYPE, ctx);
    assertThat(ctx.referenceRandom()).isFalse();
    assertThat(c.describe()).isEqualTo("In your response, the letter l should appear at least 3 times.");
    assertThat(c.args()).containsExactly(Map.entry("letter", "l"), Map.entry("let_frequency", 3L),
        Map.entry("let_relation", "at least"));
    assertThat(followed(c, "Hello World")).isTrue();
    assertThat(followed(c, "lL")).isFalse();
    assertThat(followed(c, "ʟ ł")).isFalse();
    assertThat(c.check(view("lL")).reason()).isEqualTo("found the letter l 2 times, expected at least 3");
  }

  @Test
  void theKelvinSignIsTheLetterKAsInTheReference() {
    BuildContext ctx = context(LetterFrequency.TYPE,
        Map.of("letter", "\u212A", "let_frequency", 2, "let_relation", "at least"));
    Constraint c = build(LetterFrequency.TYPE, ctx);
    assertThat(ctx.referenceRandom()).isFalse();
    assertThat(c.args()).containsEntry("letter", "k");
    assertThat(followed(c, "kK")).isTrue();
    assertThat(followed(c, "\u212A k")).isTrue();
  }

  @Test
  void aNonLetterIsCountedLiterallyAndMarkedReferenceRandom() {
    // The reference would check a random ASCII letter instead of '#'.
    BuildContext ctx = context(LetterFrequency.TYPE,
        Map.of("letter", "#", "let_frequency", 2, "let_relation", "at least"));
    Constraint c = build(LetterFrequency.TYPE, ctx);
    assertThat(ctx.referenceRandom()).isTrue();
    assertThat(c.describe()).isEqualTo("In your response, the letter # should appear at least 2 times.");
    assertThat(followed(c, "#one #two")).isTrue();
    assertThat(followed(c, "#one")).isFalse();
  }

  @Test
  void aLongerOrAccentedLetterIsStrippedLowerCasedAndCountedLiterally() {
    BuildContext ctx = context(LetterFrequency.TYPE,
        Map.of("letter", " É ", "let_frequency", 2, "let_relation", "at least"));
    Constraint c = build(LetterFrequency.TYPE, ctx);
    assertThat(ctx.referenceRandom()).isTrue();
    assertThat(c.args()).containsEntry("letter", "é");
    assertThat(followed(c, "Été")).isTrue();
    Constraint two = build(LetterFrequency.TYPE,
        Map.of("letter", "Ab", "let_frequency", 2, "let_relation", "less than"));
    assertThat(followed(two, "abAB")).isFalse();
    assertThat(followed(two, "aab")).isTrue();
  }

  @Test
  void aBadRelationIsAnError() {
    assertThatThrownBy(() -> build(LetterFrequency.TYPE,
        Map.of("letter", "a", "let_frequency", 2, "let_relation", "at most")))
        .isInstanceOf(ArgumentException.class)
        .hasMessage("keywords:letter_frequency: argument 'let_relation' = \"at most\": "
            + "must be 'less than' or 'at least'");
  }

  @Test
  void anEmptyLetterIsDrawnFromTheAsciiLetters() {
    // random.seed(0); choice(ascii_letters).lower() = 'y', randint(1, 10) = 7, 'less than'.
    BuildContext ctx = context(LetterFrequency.TYPE,
        Map.of("letter", "", "let_frequency", -1, "let_relation", "less than"));
    assertThat(build(LetterFrequency.TYPE, ctx).describe())
        .isEqualTo("In your response, the letter y should appear less than 7 times.");
    assertThat(ctx.referenceRandom()).isTrue();
    assertThat(build(LetterFrequency.TYPE, context(LetterFrequency.TYPE, Map.of())).describe())
        .isEqualTo("In your response, the letter y should appear less than 7 times.");
  }

  @Test
  void countsInTheLowerCaseWithoutLowerCasing() {
    // U+0130 lower-cases to i + U+0307, the Kelvin sign to k; other letters stay non-ASCII.
    String text = "\u0130stanbul \u212A Kk \u00C9\u00E9 I\u0131 \ud835\udc00 \u03A3\u03C3";
    String lower = Py.lower(text);
    for (char c = 'a'; c <= 'z'; c++) {
      char letter = c;
      long expected = lower.chars().filter(ch -> ch == letter).count();
      assertThat(LetterFrequency.countInLower(text, c)).as("letter %s", c).isEqualTo((int) expected);
    }
  }
}
