package dev.if4j.constraints.mifeval.fr;

import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.ifeval.IfEval;
import dev.if4j.constraints.mifeval.DelimitedTitle;
import dev.if4j.constraints.mifeval.Localized;
import dev.if4j.constraints.mifeval.RelationWords;
import dev.if4j.constraints.mifeval.ResponseLanguage;
import dev.if4j.constraints.mifeval.SentenceCount;
import dev.if4j.constraints.mifeval.StockAnswers;
import java.util.ArrayList;
import java.util.List;

/**
 * M-IFEval's French module ({@code instructions/fr_instructions.py} at 0bc3143, ids {@code fr:…}):
 * 18 of Google's checkers unchanged but for the relation words ({@code "moins de"} {@code <},
 * {@code "au moins"} {@code >=}); its own response languages (adds {@code zh}), sentence count (French
 * Punkt with M-IFEval's abbreviations), stock answers ({@code Oui.}, {@code Non.}, {@code Peut-être.}),
 * {@code ##title##}, French capitals and lower case, quotation marks {@code "'«»}; and five
 * instructions of its own.
 */
public final class MifevalFrench {
  private MifevalFrench() {}

  public static final String PREFIX = "fr:";

  /** Google's ids the module copies unchanged (relation words apart). */
  private static final List<String> GOOGLE_IDS = List.of(
      "keywords:existence",
      "keywords:frequency",
      "keywords:forbidden_words",
      "keywords:letter_frequency",
      "length_constraints:number_paragraphs",
      "length_constraints:number_words",
      "length_constraints:nth_paragraph_first_word",
      "detectable_content:number_placeholders",
      "detectable_content:postscript",
      "detectable_format:number_bullet_lists",
      "detectable_format:number_highlighted_sections",
      "detectable_format:multiple_sections",
      "detectable_format:json_format",
      "combination:two_responses",
      "combination:repeat_prompt",
      "startend:end_checker",
      "change_case:capital_word_frequency",
      "punctuation:no_comma");

  /** {@code fr_instructions_util.LANGUAGE_CODES}, in its order. */
  private static final List<String> LANGUAGE_CODES = List.of(
      "en", "es", "pt", "ar", "hi", "fr", "ru", "de", "ja", "it", "bn", "uk", "th", "ur", "ta", "te",
      "bg", "ko", "pl", "he", "fa", "vi", "ne", "sw", "kn", "mr", "gu", "pa", "ml", "fi", "zh");

  /** The module's 30 instructions. */
  public static final List<ConstraintType> TYPES = types();

  private static List<ConstraintType> types() {
    List<ConstraintType> out = new ArrayList<>();
    for (String id : GOOGLE_IDS) {
      out.add(Localized.of(PREFIX, IfEval.registry().get(id), RelationWords.FRENCH));
    }
    out.add(ResponseLanguage.type(PREFIX + "language:response_language", LANGUAGE_CODES));
    out.add(SentenceCount.type(PREFIX + "length_constraints:number_sentences", RelationWords.FRENCH,
        FrenchSentences.COUNT));
    out.add(StockAnswers.type(PREFIX + "detectable_format:constrained_response",
        List.of("Oui.", "Non.", "Peut-être."),
        "Répondez avec une des options suivantes: ('Oui.', 'Non.', 'Peut-être.')"));
    out.add(DelimitedTitle.type(PREFIX + "detectable_format:title", "##", "##",
        "Votre réponse doit contenir un titre, entouré de doubles dièses, comme ##poème de joie##."));
    out.add(FrenchCase.CAPITAL);
    out.add(FrenchCase.LOWERCASE);
    out.add(FrenchQuotation.TYPE);
    out.add(ForbiddenChar.TYPE);
    out.add(InformalAddress.TYPE);
    out.add(NoAccents.TYPE);
    out.add(Accents.TYPE);
    out.add(NoDigits.TYPE);
    return List.copyOf(out);
  }
}
