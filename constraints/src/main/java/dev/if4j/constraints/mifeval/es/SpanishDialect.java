package dev.if4j.constraints.mifeval.es;

import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.mifeval.RelationWords;
import dev.if4j.text.spacy.SpacyTokenizer;
import java.util.List;

/**
 * One copy of M-IFEval's Spanish checkers: M-IFEval's own ({@code es:}), and lm-eval's two copies
 * ({@code ifeval_es} with {@code es:} ids, {@code ifeval_ca} with {@code ca:} ids). The copies
 * differ only in what is listed here.
 *
 * @param prefix the id prefix, {@code "es:"} or {@code "ca:"}
 * @param language langdetect's code that the case checkers require ({@code es} or {@code ca})
 * @param languageName the name in the case checkers' ids ({@code spanish_capital})
 * @param relations the words of the two comparisons
 * @param tokenizer spaCy's tokenizer for the language (the blank pipeline's)
 * @param sectionSplitters what a missing {@code section_spliter} is drawn from; empty: the
 *     reference raises ({@code random.choice([])}, lm-eval's Spanish copy)
 * @param languageRequired lm-eval asserts that {@code response_language} names its language
 * @param capitalFrequencyDrawn whether a missing {@code capital_frequency} is drawn; M-IFEval
 *     misspells the constant it draws from and raises {@code NameError}
 */
public record SpanishDialect(String prefix, String language, String languageName,
    RelationWords relations, SpacyTokenizer tokenizer, List<String> sectionSplitters,
    boolean languageRequired, boolean capitalFrequencyDrawn) {

  /** M-IFEval's Spanish ({@code instructions/es_instructions.py}). */
  public static final SpanishDialect MIFEVAL = new SpanishDialect("es:", "es", "spanish",
      RelationWords.MIFEVAL_SPANISH, SpacyTokenizer.spanish(),
      List.of("Secci\u00F3n", "SECCI\u00D3N"), false, false);

  /** lm-eval's {@code ifeval_es}. */
  public static final SpanishDialect LMEVAL_ES = new SpanishDialect("es:", "es", "spanish",
      RelationWords.LMEVAL, SpacyTokenizer.spanish(), List.of(), true, true);

  /** lm-eval's {@code ifeval_ca}: the Spanish module with Catalan language, tokenizer and ids. */
  public static final SpanishDialect LMEVAL_CA = new SpanishDialect("ca:", "ca", "catalan",
      RelationWords.LMEVAL, SpacyTokenizer.catalan(), List.of("Secci\u00F3n", "SECCI\u00D3N"), true,
      true);

  /** Starts the declaration of the instruction {@code id} under this dialect's prefix. */
  ConstraintType.Builder define(String id) {
    return ConstraintType.define(prefix + id);
  }
}
