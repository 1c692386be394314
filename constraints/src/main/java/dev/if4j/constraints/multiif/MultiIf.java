package dev.if4j.constraints.multiif;

import dev.if4j.constraints.Registry;
import dev.if4j.constraints.ResponseRules;
import dev.if4j.constraints.ifeval.IfEval;
import java.util.List;

/**
 * Multi-IF's registry (facebookresearch/Multi-IF @ 1cdb53e, {@code ifeval.py}): Google's 25 ids,
 * 19 of them Google's checkers unchanged, and Multi-IF's own
 *
 * <ul>
 *   <li>{@code length_constraints:number_words} / {@code number_sentences}: counted per the language
 *       langdetect finds ({@link LanguageCounts}: Thai, Chinese/Japanese, Hindi, else Google's);
 *   <li>{@code startend:quotation}: also {@code “…”} and {@code 「…」} ({@link MultiIfQuotation});
 *   <li>{@code keywords:frequency}: a keyword that is no valid Python regular expression is not
 *       followed ({@link RegexKeywords}); {@code keywords:existence} raises there, as Multi-IF does.
 * </ul>
 *
 * <p>And one where Google's registry deliberately departs from the reference but Multi-IF's rows
 * depend on it: {@code detectable_content:postscript} markers such as "p.s." are regular
 * expressions there ({@link RegexPostscript}).
 *
 * <p>Its evaluator's rules ({@link #RULES}): the responses cell is unwrapped ({@code
 * json.loads(cell)[0]["response"]} when that works), and strict judging refuses only an empty
 * response, so a whitespace-only one is checked (loose still needs a non-blank variant).
 */
public final class MultiIf {
  private MultiIf() {}

  /** The registry's name, as {@code --registry} takes it. */
  public static final String NAME = "multiif";

  /** Multi-IF's {@code metrics_gen} / {@code gen_acc_strict} rules. */
  public static final ResponseRules RULES = new ResponseRules(NAME, true, MultiIf::responseOfCell);

  private static final Registry REGISTRY = IfEval.registry()
      .flavour(NAME, List.of(LanguageCountChecks.NUMBER_WORDS, LanguageCountChecks.NUMBER_SENTENCES,
          MultiIfQuotation.TYPE, RegexKeywords.FREQUENCY, RegexKeywords.EXISTENCE, RegexPostscript.TYPE))
      .withResponseRules(NAME, RULES);

  public static Registry registry() {
    return REGISTRY;
  }

  /**
   * {@code json.loads(cell)[0]["response"]} where that succeeds (as {@code str()} makes it a
   * string), else the cell as it is: how {@code metrics_gen} reads a model's answer.
   */
  public static String responseOfCell(String cell) {
    return ResponsesCell.unwrap(cell);
  }
}
