package dev.if4j.constraints.mifeval.fr;

import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.ifeval.IfEval;
import dev.if4j.constraints.mifeval.DelimitedTitle;
import dev.if4j.constraints.mifeval.Description;
import dev.if4j.constraints.mifeval.Localized;
import dev.if4j.constraints.mifeval.RelationWords;
import dev.if4j.constraints.mifeval.MifevalResponseLanguage;
import dev.if4j.constraints.mifeval.SentenceCount;
import dev.if4j.constraints.mifeval.StockAnswers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

  /**
   * Google's ids the module copies unchanged (relation words apart), each with the module's French
   * description pattern (arguments named as the checker names them).
   */
  private static final Map<String, String> GOOGLE_IDS = Description.pairs(
      "keywords:existence", "Incluez les mots {keywords} dans la réponse.",
      "keywords:frequency", "Votre réponse doit contenir le mot {keyword} {relation} {frequency} fois.",
      "keywords:forbidden_words", "N'incluez pas les mots {forbidden_words} dans votre réponse.",
      "keywords:letter_frequency", "Dans votre réponse, la lettre {letter} doit apparaître {let_relation} {let_frequency} fois.",
      "length_constraints:number_paragraphs", "Votre réponse doit contenir {num_paragraphs} paragraphes. Les paragraphes"
          + " doit être separés par le séparateur Markdown\u00a0: ***",
      "length_constraints:number_words", "Répond avec {relation} {num_words} mots.",
      "length_constraints:nth_paragraph_first_word", "Votre réponse doit contenir {num_paragraphs} paragraphes. Les"
          + " paragraphes, et uniquement les paragraphes, doivent être séparés les uns des autres par deux sauts de"
          + " ligne comme s'il s'agissait de '\n\n' en Python. Le paragraphe {nth_paragraph} doit commencer par le"
          + " mot {first_word}.",
      "detectable_content:number_placeholders", "La réponse doit contenir au moins {num_placeholders} espaces"
          + " réservés, représentés par des crochets, comme [nom].",
      "detectable_content:postscript", "À la fin de votre réponse, veuillez ajouter explicitement un post-scriptum"
          + " commençant par {postscript_marker}",
      "detectable_format:number_bullet_lists", "Votre réponse doit contenir exactement {num_bullets} puces.Utilisez"
          + " les puces Markdown telles que\u00a0:\n* Ceci est le point 1. \n* Ceci est le point 2",
      "detectable_format:number_highlighted_sections", "Mettez en surbrillance au moins {num_highlights} sections de"
          + " votre réponse avec markdown, c'est-à-dire entre astérisque: *section en surbrillance*.",
      "detectable_format:multiple_sections", "Votre réponse doit comporter {num_sections} sections. Marquez le début"
          + " de chaque section avec {section_spliter} X, par exemple\u00a0:\n{section_spliter} 1\n[contenu de la"
          + " section 1]\n{section_spliter} 2\n[contenu de la section 2]",
      "detectable_format:json_format", "L'intégralité de la réponse doit être sous format JSON. Vous pouvez utiliser"
          + " des graduations de type «\u00a0markdown\u00a0» telles que ```.",
      "combination:two_responses", "Donnez deux réponses différentes. Les réponses et uniquement les réponses"
          + " doivent être séparées par 6 astérisques : ******",
      "combination:repeat_prompt", "Répétez d'abord la demande mot pour mot sans aucun changement, puis donnez"
          + " votre réponse (1. n'incluez aucun mot ou caractère avant de répéter la demande; ; 2. la demande que"
          + " vous devez répéter n'inclut pas cette phrase).",
      "startend:end_checker", "Terminez votre réponse avec cette phrase mot pour mot: {end_phrase}. Aucune autre"
          + " phrase ne doit suivre celle-ci.",
      "change_case:capital_word_frequency", "Dans votre réponse, des mots entièrement en lettres majuscules doivent"
          + " apparaître {capital_relation} {capital_frequency} fois.",
      "punctuation:no_comma", "N'utilisez aucune virgule dans votre réponse.");

  /** {@code fr_instructions_util.LANGUAGE_CODES}: code to French name, in its order. */
  private static final Map<String, String> LANGUAGE_CODES = Description.pairs(
      "en", "Anglais", "es", "Espagnol", "pt", "Portugais", "ar", "Arabe", "hi", "Hindi", "fr", "Français",
      "ru", "Russe", "de", "Allemand", "ja", "Japonais", "it", "Italien", "bn", "Bengali", "uk", "Ukrainien",
      "th", "Thaï", "ur", "Ourdou", "ta", "Tamoul", "te", "Télougou", "bg", "Bulgare", "ko", "Coréen",
      "pl", "Polonais", "he", "Hébreu", "fa", "Persan", "vi", "Vietnamien", "ne", "Népalais", "sw", "Swahili",
      "kn", "Kannada", "mr", "Marathi", "gu", "Gujarati", "pa", "Punjabi", "ml", "Malayalam", "fi", "Finnois",
      "zh", "Chinois simplifié");

  /** The module's 30 instructions. */
  public static final List<ConstraintType> TYPES = types();

  private static List<ConstraintType> types() {
    List<ConstraintType> out = new ArrayList<>();
    GOOGLE_IDS.forEach((id, description) ->
        out.add(Localized.of(PREFIX, IfEval.registry().get(id), RelationWords.FRENCH, description)));
    out.add(MifevalResponseLanguage.type(PREFIX + "language:response_language", LANGUAGE_CODES,
        "L'INTEGRALITE de votre réponse doit être en {language}, aucune autre langue n'est autorisée."));
    out.add(SentenceCount.type(PREFIX + "length_constraints:number_sentences", RelationWords.FRENCH,
        FrenchSentences.COUNT, "Votre réponse doit contenir {relation} {num_sentences} phrases."));
    out.add(StockAnswers.type(PREFIX + "detectable_format:constrained_response",
        List.of("Oui.", "Non.", "Peut-être."),
        "Répondez avec une des options suivantes: ('Oui.', 'Non.', 'Peut-être.')"));
    out.add(DelimitedTitle.type(PREFIX + "detectable_format:title", "##", "##",
        "Votre réponse doit contenir un titre, encadré par des doubles dièses, comme ##hymne à la joie##."));
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
