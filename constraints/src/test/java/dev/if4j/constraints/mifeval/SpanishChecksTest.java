package dev.if4j.constraints.mifeval;

import static dev.if4j.constraints.ConstraintTesting.build;
import static dev.if4j.constraints.ConstraintTesting.context;
import static dev.if4j.constraints.ConstraintTesting.followed;
import static dev.if4j.constraints.ConstraintTesting.reason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.ArgumentException;
import dev.if4j.constraints.Args;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.UnknownInstructionException;
import dev.if4j.constraints.lmevalml.LmevalMl;
import dev.if4j.text.PyRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * M-IFEval's Spanish checkers and lm-eval's copies, on the cases where they differ from Google's;
 * the parity tests ({@code SpanishParityTest}) judge thousands of real rows.
 */
class SpanishChecksTest {
  private static final Registry MIFEVAL = Mifeval.registry();
  private static final Registry LMEVAL_ES = LmevalMl.spanish();
  private static final Registry LMEVAL_CA = LmevalMl.catalan();

  private static Constraint es(String id, Map<String, ?> args) {
    return build(MIFEVAL.get("es:" + id), args);
  }

  @Test
  void relationWordsArePerBenchmarkAndAtMostIncludesTheThreshold() {
    Map<String, Object> atMost = Map.of("num_words", 3, "relation", "como m\u00E1ximo");
    assertThat(followed(es("length_constraints:number_words", atMost), "Uno dos tres.")).isTrue();
    assertThat(followed(es("length_constraints:number_words", atMost), "Uno dos tres cuatro.")).isFalse();
    // lm-eval: "less than" means <= too.
    Constraint lessThan = build(LMEVAL_ES.get("es:length_constraints:number_words"),
        Map.of("num_words", 3, "relation", "less than"));
    assertThat(followed(lessThan, "Uno dos tres.")).isTrue();
    // English keeps Google's meaning: "less than" is <.
    Constraint english = build(MIFEVAL.get("en:length_constraints:number_words"),
        Map.of("num_words", 3, "relation", "less than"));
    assertThat(followed(english, "One two three.")).isFalse();
  }

  @Test
  void anotherBenchmarksRelationWordIsAnErrorNamingTheWordsExpected() {
    assertThatThrownBy(() -> es("keywords:frequency", Map.of("keyword", "casa", "frequency", 1,
        "relation", "at least")))
        .isInstanceOf(ArgumentException.class)
        .hasMessageContaining("relation").hasMessageContaining("al menos");
  }

  @Test
  void wordsAreSpacysNonPunctuationTokensAfterListMarkersGo() {
    Constraint c = es("length_constraints:number_words", Map.of("num_words", 4, "relation", "como m\u00E1ximo"));
    // "1." and "-" markers go; "¿", "?", "," are punctuation; "EE. UU." is one token.
    assertThat(reason(c, "1. \u00BFHola, EE. UU.?\n- adi\u00F3s")).contains("found 3 words");
  }

  @Test
  void sentenceCountsAreRefusedNamingTheTrainedPipeline() {
    assertThatThrownBy(() -> MIFEVAL.get("es:length_constraints:number_sentences"))
        .isInstanceOf(UnknownInstructionException.class).hasMessageContaining("trained pipeline");
    assertThatThrownBy(() -> LMEVAL_CA.get("ca:length_constraints:number_sentences"))
        .isInstanceOf(UnknownInstructionException.class);
  }

  @Test
  void spanishMarksAndLetters() {
    assertThat(followed(es("punctuation:question_marks", Map.of()), "Dime: \u00BF c\u00F3mo?")).isTrue();
    assertThat(followed(es("punctuation:question_marks", Map.of()), "\u00BF ? y c\u00F3mo?")).isFalse();
    assertThat(followed(es("punctuation:exclamation_marks", Map.of()), "\u00A1Hola!")).isTrue();
    assertThat(followed(es("special_character:enie", Map.of("let_frequency", 2)), "A\u00D1O y ni\u00F1o.")).isTrue();
    assertThat(followed(es("special_character:dieresis", Map.of("let_frequency", 1)), "ping\u00FCino")).isTrue();
    assertThat(followed(es("special_character:tildes", Map.of("num_words", 2, "relation", "al menos")),
        "Qu\u00E9 canci\u00F3n.")).isTrue();
  }

  @Test
  void spanishFormats() {
    assertThat(followed(es("detectable_content:postscript", Map.of("postscript_marker", "P.D.")),
        "Hola.\np. d. adi\u00F3s")).isTrue();
    assertThat(followed(es("detectable_content:postscript", Map.of("postscript_marker", "Nota")),
        "Una anotaci\u00F3n")).isTrue();
    assertThat(followed(es("startend:end_checker", Map.of("end_phrase", "Un saludo")), "Gracias. Un saludo.")).isTrue();
    assertThat(followed(es("detectable_format:number_bullet_lists", Map.of("num_bullets", 1)), "* uno\n- dos")).isTrue();
    assertThat(followed(es("detectable_format:constrained_response", Map.of()), "Quiz\u00E1s.")).isTrue();
    assertThat(followed(es("length_constraints:nth_paragraph_first_word",
        Map.of("num_paragraphs", 2, "nth_paragraph", 2, "first_word", "en resumen")),
        "Primero.\n\nEn resumen, nada.")).isTrue();
    assertThat(followed(es("change_case:spanish_capital", Map.of()), "\u00BFQU\u00C9 TAL EST\u00C1S HOY, AMIGO M\u00CDO?")).isTrue();
  }

  @Test
  void lmEvalDropsFalsyArgumentsAndFillsThemAsTheReferenceWould() {
    ConstraintType type = LMEVAL_ES.get("es:keywords:letter_frequency");
    BuildContext ctx = context(type, Map.of("letter", "a", "let_frequency", 0, "let_relation", "at least"));
    Constraint c = type.create(ctx);
    assertThat(ctx.referenceRandom()).isTrue();
    assertThat(c.args()).containsEntry("letter", "a").doesNotContainEntry("let_frequency", 0L);
    // M-IFEval keeps the 0.
    ConstraintType kept = MIFEVAL.get("es:keywords:letter_frequency");
    BuildContext keptCtx = context(kept, Map.of("letter", "a", "let_frequency", 0, "let_relation", "al menos"));
    assertThat(kept.create(keptCtx).args()).containsEntry("let_frequency", 0L);
    assertThat(keptCtx.referenceRandom()).isFalse();
  }

  @Test
  void whereTheReferenceRaisesTheVerdictSaysSoAndSynthesisDrawsInstead() {
    Constraint noLanguage = build(LMEVAL_ES.get("es:language:response_language"), Map.of("language", ""));
    assertThat(followed(noLanguage, "Hola")).isFalse();
    assertThat(reason(noLanguage, "Hola")).contains("AssertionError");
    Constraint noSplitter = build(LMEVAL_ES.get("es:detectable_format:multiple_sections"), Map.of("num_sections", 2));
    assertThat(reason(noSplitter, "x")).contains("IndexError");
    Constraint noFrequency = build(MIFEVAL.get("es:change_case:capital_word_frequency"), Map.of());
    assertThat(reason(noFrequency, "x")).contains("NameError");
    for (ConstraintType t : LMEVAL_ES.types()) {
      if (t.id().endsWith("repeat_prompt")) continue; // needs the prompt itself
      Constraint drawn = t.create(BuildContext.drawingFrom(
          Args.of(t.id(), Map.of()), new PyRandom(1)));
      assertThat(drawn.describe()).as(t.id()).doesNotContain("the reference raises");
    }
  }

  @Test
  void googlesCheckersAreWordedInSpanishUnderEs() {
    assertThat(es("punctuation:no_comma", Map.of()).describe())
        .isEqualTo("En la totalidad de la respuesta, abstente de usar comas.");
    assertThat(es("keywords:existence", Map.of("keywords", List.of("casa"))).describe())
        .isEqualTo("Incluye las palabras clave ['casa'] en tu respuesta.");
    assertThat(es("detectable_content:number_placeholders", Map.of("num_placeholders", 2, "relation", "al menos"))
        .describe()).startsWith("La respuesta debe contener al menos 2 marcadores");
  }

  @Test
  void englishIsGooglesUnderItsPrefix() {
    assertThat(MIFEVAL.ids().stream().filter(id -> id.startsWith("en:"))).hasSize(25);
    Constraint c = build(MIFEVAL.get("en:punctuation:no_comma"));
    assertThat(c.id()).isEqualTo("en:punctuation:no_comma");
    assertThat(followed(c, "a, b")).isFalse();
  }
}
