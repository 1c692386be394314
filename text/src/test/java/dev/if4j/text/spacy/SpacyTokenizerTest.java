package dev.if4j.text.spacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tokens as {@code spacy.blank("es")} / {@code spacy.blank("ca")} (spaCy 3.8.16) give them; the
 * expected lists were printed by spaCy itself. The parity tests of the Spanish and Catalan checkers
 * cover the tokenizer on thousands of real responses; a differential run against spaCy on those
 * responses and 3,000 random punctuation soups agreed on every token.
 */
class SpacyTokenizerTest {
  private static final SpacyTokenizer SPANISH = SpacyTokenizer.spanish();
  private static final SpacyTokenizer CATALAN = SpacyTokenizer.catalan();

  @Test
  void tokensAsSpacyGivesThem() {
    check(SPANISH, "\u00BFQu\u00E9 tal? EE. UU. etc.) y m\u00E1s", "\u00BF", "Qu\u00E9", "tal", "?", "EE. UU.", "etc.", ")", "y", "m\u00E1s");
    check(SPANISH, "Ee. Uu.", "Ee. Uu.");
    check(SPANISH, "hola...", "hola", "...");
    check(SPANISH, "a  b", "a", " ", "b");
    check(SPANISH, " a", " ", "a");
    check(SPANISH, "5km. 10%.", "5", "km", ".", "10%", ".");
    check(SPANISH, "U.S.A.", "U.S.A.");
    check(SPANISH, "http://www.google.com/x?y=1.", "http://www.google.com/x?y=1", ".");
    check(SPANISH, "info@ejemplo.com", "info@ejemplo.com");
    check(SPANISH, ":) :-(", ":)", ":-(");
    check(SPANISH, "\u00B0C. 12am 3p.m. pal", "\u00B0C", ".", "12", "am", "3", "p.m.", "pa", "l");
    check(SPANISH, "\u201CHola,\u201D dijo.", "\u201C", "Hola", ",", "\u201D", "dijo", ".");
    check(SPANISH, "\u2014S\u00ED\u2014dijo.", "\u2014", "S\u00ED\u2014dijo", ".");
    check(SPANISH, "1+2=3 a/b x-y", "1", "+", "2=3", "a", "/", "b", "x-y");
    check(SPANISH, "\u00A1\u00A1Hola!!", "\u00A1", "\u00A1", "Hola", "!", "!");
    check(SPANISH, "hola,adi\u00F3s Hola.Adi\u00F3s", "hola", ",", "adi\u00F3s", "Hola", ".", "Adi\u00F3s");
    check(SPANISH, "l\u00EDnea\n\notra", "l\u00EDnea", "\n\n", "otra");
    check(CATALAN, "l'Estat d'Espanya", "l'", "Estat", "d'", "Espanya");
    check(CATALAN, "d\u00F3na-li-ho", "d\u00F3na", "-li", "-ho");
    check(CATALAN, "del al pels", "d", "el", "a", "l", "p", "els");
    check(CATALAN, "porta'l m'agrada", "porta", "'l", "m'", "agrada");
    check(CATALAN, "anar-hi, 1-2", "anar", "-hi", ",", "1", "-", "2");
    check(CATALAN, "-Hola", "-", "Hola");
  }

  @Test
  void punctuationIsEveryCodePointInAPunctuationCategory() {
    assertThat(SpacyTokenizer.isPunct("\u00BF")).isTrue();
    assertThat(SpacyTokenizer.isPunct("...")).isTrue();
    assertThat(SpacyTokenizer.isPunct("\u2014")).isTrue();
    assertThat(SpacyTokenizer.isPunct("+")).isFalse(); // a math symbol (Sm), not punctuation
    assertThat(SpacyTokenizer.isPunct(" ")).isFalse();
    assertThat(SPANISH.words("\u00BFQu\u00E9 tal?  Bien."))
        .containsExactly("Qu\u00E9", "tal", " ", "Bien");
  }

  @Test
  void longPiecesStayLinear() {
    String dots = "a" + ".".repeat(200_000);
    String parens = "(".repeat(100_000) + "hola" + ")".repeat(100_000);
    // Runs the URL expression, the infixes and the huge letter classes would make slow or deep.
    List<String> adversarial = List.of("a.".repeat(131_072), "1.".repeat(131_072), ":".repeat(262_144),
        "http://" + "a.b/".repeat(60_000), "'a".repeat(131_072), "a@".repeat(131_072));
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      assertThat(SPANISH.tokens(dots)).containsExactly("a", ".".repeat(200_000));
      assertThat(CATALAN.tokens(parens)).hasSize(200_001);
      for (String s : adversarial) {
        assertThat(SPANISH.tokens(s)).isNotEmpty();
        assertThat(CATALAN.tokens(s)).isNotEmpty();
      }
    });
  }

  private static void check(SpacyTokenizer t, String text, String... expected) {
    assertThat(t.tokens(text)).as(text).containsExactly(expected);
  }
}
