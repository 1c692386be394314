package dev.if4j.constraints.mifeval.es;

import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.ifeval.IfEval;
import dev.if4j.constraints.mifeval.LanguagePrefix;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The instruction table of M-IFEval's Spanish module, for one {@link SpanishDialect}: 30 ids, 10
 * of them Google's checkers unchanged, 3 Google's with an unused {@code relation} argument, 11
 * checkers of its own (spaCy word counts, {@code <=} comparisons, Spanish markers), 5 new ones,
 * and {@code length_constraints:number_sentences}, which if4j refuses (see {@link #REFUSED}).
 */
public final class SpanishChecks {
  private SpanishChecks() {}

  /** The ids whose checker is Google's, unchanged. */
  private static final List<String> GOOGLE_UNCHANGED = List.of("keywords:existence",
      "keywords:forbidden_words", "length_constraints:number_paragraphs",
      "detectable_format:json_format", "detectable_format:title", "combination:two_responses",
      "combination:repeat_prompt", "punctuation:no_comma", "startend:quotation");

  /** Why {@code length_constraints:number_sentences} is refused. */
  public static final String REFUSED = "counts sentences with spaCy's trained pipeline (the parser"
      + " of es_core_news_sm / ca_core_news_sm, or xx_sent_ud_sm for text in another language): a"
      + " statistical model if4j does not reproduce, so this id is refused rather than approximated"
      + " (docs/multilingual.md)";

  /** The registry {@code name}: this dialect's ids, number_sentences refused with {@link #REFUSED}. */
  public static Registry registry(String name, SpanishDialect d) {
    String sentences = d.prefix() + "length_constraints:number_sentences";
    List<ConstraintType> all = new ArrayList<>(types(d));
    all.add(ConstraintType.define(sentences).factory(ctx -> {
      throw new IllegalStateException(REFUSED);
    }));
    return Registry.of(name, all).without(name, Map.of(sentences, sentences + " " + REFUSED));
  }

  /** The dialect's checkers (all but number_sentences). */
  public static List<ConstraintType> types(SpanishDialect d) {
    Registry google = IfEval.registry();
    List<ConstraintType> out = new ArrayList<>();
    for (String id : GOOGLE_UNCHANGED) {
      out.add(LanguagePrefix.described(d.prefix(), google.get(id), SpanishDescriptions.of(id)));
    }
    out.add(d.languageRequired() ? SpanishArgs.requiredResponseLanguage(d)
        : LanguagePrefix.described(d.prefix(), google.get("language:response_language"),
            SpanishDescriptions.of("language:response_language")));
    out.add(SpanishArgs.withUnusedRelation(d, google.get("detectable_content:number_placeholders")));
    out.add(SpanishArgs.withUnusedRelation(d, google.get("detectable_format:number_highlighted_sections")));
    out.add(SpanishFormats.multipleSections(d));
    out.add(SpanishCounts.keywordFrequency(d));
    out.add(SpanishCounts.letterFrequency(d));
    out.add(SpanishCounts.numberOfWords(d));
    out.add(SpanishCounts.capitalWordFrequency(d));
    out.add(SpanishCounts.tildes(d));
    out.add(SpanishFormats.bulletLists(d));
    out.add(SpanishFormats.constrainedResponse(d));
    out.add(SpanishFormats.postscript(d));
    out.add(SpanishFormats.endChecker(d));
    out.add(SpanishFormats.nthParagraphFirstWord(d));
    out.add(SpanishCase.capital(d));
    out.add(SpanishCase.lowercase(d));
    out.add(SpanishMarks.questionMarks(d));
    out.add(SpanishMarks.exclamationMarks(d));
    out.add(SpanishMarks.enie(d));
    out.add(SpanishMarks.dieresis(d));
    return List.copyOf(out);
  }
}
