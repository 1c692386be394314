package dev.if4j.constraints.mifeval.es;

import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.Counts;
import dev.if4j.constraints.ifeval.Counts.LanguageGuess;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.text.Normalizer;
import java.util.Map;

/**
 * {@code change_case:spanish_capital} / {@code _lowercase} (and lm-eval's {@code catalan_}
 * copies): the case test, then langdetect must name the language.
 *
 * <p>Capitals are tested on the NFKD form, letter by letter, so accents and {@code ¿¡} are no
 * obstacle and a text without letters passes; langdetect then reads the lower-cased text. The
 * lower-case test is Python's {@code islower()}, and langdetect reads the text as it is. As in
 * Google's, a text langdetect cannot judge counts as followed.
 */
final class SpanishCase {
  private SpanishCase() {}

  static ConstraintType capital(SpanishDialect d) {
    return d.define("change_case:" + d.languageName() + "_capital")
        .factory(ctx -> new SpanishFormats.Simple(d, ctx, "Tu respuesta debe estar en "
            + (d.language().equals("es") ? "espa\u00F1ol" : "catal\u00E1n")
            + " al completo, s\u00F3lo letras may\u00FAsculas.", Map.of(), v -> {
              if (!allCapitals(v.text())) return Verdict.notFollowed(() -> "a letter is not a capital");
              return language(detectLower(v), d.language(), "in capitals");
            }));
  }

  static ConstraintType lowercase(SpanishDialect d) {
    return d.define("change_case:" + d.languageName() + "_lowercase")
        .factory(ctx -> new SpanishFormats.Simple(d, ctx, "Tu respuesta debe estar en "
            + (d.language().equals("es") ? "espa\u00F1ol" : "catal\u00E1n")
            + " al completo, s\u00F3lo letras min\u00FAsculas. Las letras may\u00FAsculas no est\u00E1n permitidas.",
            Map.of(), v -> {
              if (!Py.isLower(v.text())) return Verdict.notFollowed(() -> "not all letters are lower case");
              return language(v.get(Counts.LANGUAGE), d.language(), "in lower case");
            }));
  }

  /**
   * {@code all(c.isupper() or not c.isalpha() for c in nfkd(text) if not combining(c))}; skipping
   * the combining marks changes nothing (a mark is never alphabetic), so every letter of the NFKD
   * form must be upper case.
   */
  static boolean allCapitals(String text) {
    String nfkd = Normalizer.normalize(text, Normalizer.Form.NFKD);
    for (int i = 0; i < nfkd.length(); ) {
      int cp = nfkd.codePointAt(i);
      i += Character.charCount(cp);
      if (Py.isAlpha(cp) && !Py.isUpper(new String(Character.toChars(cp)))) return false;
    }
    return true;
  }

  private static LanguageGuess detectLower(TextView v) {
    return LanguageGuess.detect(v, Py.lower(v.text()));
  }

  private static Verdict language(LanguageGuess guess, String expected, String casePart) {
    if (!guess.isDetected()) {
      return Verdict.followed(() -> casePart + "; language not detectable (" + guess.failure()
          + "), counted as followed, as the reference does");
    }
    return Verdict.of(guess.is(expected), () -> casePart + ", detected language '"
        + guess.language() + "', expected '" + expected + "'");
  }
}
