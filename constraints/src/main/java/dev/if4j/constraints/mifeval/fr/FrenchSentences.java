package dev.if4j.constraints.mifeval.fr;

import dev.if4j.text.Analysis;
import dev.if4j.text.TextTools;
import dev.if4j.text.punkt.PunktParameters;
import dev.if4j.text.punkt.PunktSentenceTokenizer;
import java.util.List;

/**
 * {@code fr_instructions_util.count_sentences}: NLTK's French Punkt model ({@code
 * tokenizers/punkt/french.pickle}, the {@code punkt_tab/french} files) with M-IFEval's own
 * abbreviations added to its abbreviation types.
 */
final class FrenchSentences {
  private FrenchSentences() {}

  /**
   * {@code _ABBREVIATIONS} of {@code fr_instructions_util.py}, as written (some end in a period or
   * hold spaces, so Punkt can never match them; they are added all the same).
   */
  static final List<String> ABBREVIATIONS = List.of(
      // Titles
      "m", "mr", "mme", "mlle", "dir.", "dr", "dre", "drs", "dres", "prof", "pr", "cap", "lt",
      // Admin
      "adm.", "assoc.", "min.",
      // Examples
      "etc", "cf", "vs", "rép", "i.e", "c.-à-d", "ex", "e.g",
      // Time
      "apr", "av", "j.c.", "j.-c.", "j.c", "j.-c", "av. è. c.", "è. c", "a.d", "av. n. è", "de n. è.",
      "env", "janv", "fév", "mar", "avr", "juil", "sept", "oct", "nov", "déc", "p.-ê.",
      // Others
      "svp", "p.-v.", "p.v", "tél", "adj", "cf", "q.v", "p",
      "resp", "tel", "v", "vol", "nb", "n.b", "p.s", "ps", "p.p.s", "p.-s", "p-s");

  /** The tokenizer, loaded once per set of tools. */
  static final TextTools.Loader<PunktSentenceTokenizer> TOKENIZER =
      tools -> new PunktSentenceTokenizer(PunktParameters.french(tools.store()).withAbbreviations(ABBREVIATIONS));

  /** How many sentences the tokenizer finds in the text. */
  static final Analysis<Integer> COUNT =
      Analysis.of("mifeval.fr.sentenceCount", v -> v.tools().loaded(TOKENIZER).countSentences(v.text()));
}
