package dev.if4j.eval.benchmark;

import dev.if4j.eval.io.JsonLine;
import java.util.ArrayList;
import java.util.List;

/**
 * The verdicts another framework wrote beside a response, in lm-eval's vocabulary; a field is null
 * when the framework did not write it.
 *
 * @param promptStrict {@code prompt_level_strict_acc}
 * @param instStrict {@code inst_level_strict_acc}, one per instruction
 * @param promptLoose {@code prompt_level_loose_acc}
 * @param instLoose {@code inst_level_loose_acc}
 */
public record FrameworkVerdicts(Boolean promptStrict, List<Boolean> instStrict, Boolean promptLoose,
    List<Boolean> instLoose) {

  /** One verdict where the framework and if4j differ. */
  public record Disagreement(String key, String metric, Object theirs, Object ours) {}

  /** Where these verdicts differ from ours, metric by metric, in lm-eval's metric order. */
  public List<Disagreement> compare(String key, boolean[] strict, boolean[] loose) {
    List<Disagreement> out = new ArrayList<>();
    check(out, key, LmEvalResults.PROMPT_STRICT, promptStrict, allOf(strict));
    check(out, key, LmEvalResults.INST_STRICT, instStrict, asList(strict));
    check(out, key, LmEvalResults.PROMPT_LOOSE, promptLoose, allOf(loose));
    check(out, key, LmEvalResults.INST_LOOSE, instLoose, asList(loose));
    return out;
  }

  private static void check(List<Disagreement> out, String key, String metric, Object theirs, Object ours) {
    if (theirs != null && !theirs.equals(ours)) out.add(new Disagreement(key, metric, theirs, ours));
  }

  private static boolean allOf(boolean[] followed) {
    for (boolean f : followed) if (!f) return false;
    return true;
  }

  private static List<Boolean> asList(boolean[] followed) {
    Boolean[] boxed = new Boolean[followed.length];
    for (int i = 0; i < followed.length; i++) boxed[i] = followed[i];
    return List.of(boxed);
  }

  /**
   * The four per-sample metrics of {@code json} under lm-eval's names (lighteval uses the same),
   * each optional: a prompt-level verdict is a boolean, or 0/1 as lighteval writes it.
   */
  static FrameworkVerdicts read(JsonLine json) {
    return new FrameworkVerdicts(
        optionalBoolean(json, LmEvalResults.PROMPT_STRICT), optionalBooleans(json, LmEvalResults.INST_STRICT),
        optionalBoolean(json, LmEvalResults.PROMPT_LOOSE), optionalBooleans(json, LmEvalResults.INST_LOOSE));
  }

  /**
   * evalscope's per-sample values ({@code sample_score.score.value}): the prompt-level verdicts as
   * 1.0/0.0 under lm-eval's names without {@code _acc}. Its instruction-level values are each
   * prompt's fraction of instructions followed, not the list, so they are not compared.
   */
  static FrameworkVerdicts readEvalscope(JsonLine value) {
    return new FrameworkVerdicts(optionalBoolean(value, "prompt_level_strict"), null,
        optionalBoolean(value, "prompt_level_loose"), null);
  }

  static Boolean optionalBoolean(JsonLine json, String field) {
    Object v = json.fields().get(field);
    if (v == null) return null;
    if (v instanceof Boolean b) return b;
    // lighteval writes int(all(...)), evalscope float(all(...)); another number is no verdict.
    if (v instanceof Long l && (l == 0 || l == 1)) return l == 1;
    if (v instanceof Double d && (d == 0.0 || d == 1.0)) return d == 1.0;
    throw json.bad(field, "expected a boolean (or 0/1), got " + v);
  }

  private static List<Boolean> optionalBooleans(JsonLine json, String field) {
    Object v = json.fields().get(field);
    if (v == null) return null;
    if (!(v instanceof List<?> list)) throw json.bad(field, "expected an array of booleans");
    List<Boolean> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      Object b = list.get(i);
      if (b instanceof Boolean f) out.add(f);
      else if (b instanceof Long l && (l == 0 || l == 1)) out.add(l == 1);
      else throw json.bad(field + "[" + i + "]", "expected a boolean, got " + b);
    }
    return List.copyOf(out);
  }
}
