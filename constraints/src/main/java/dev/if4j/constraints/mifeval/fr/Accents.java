package dev.if4j.constraints.mifeval.fr;

import dev.if4j.constraints.ArgSpec;
import dev.if4j.constraints.ArgType;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code special_character:accents}: every word of the lower-cased response whose accent-less form
 * is a key of {@code word_to_accentuate} is spelt exactly as that key's value ("ecole" → "école":
 * "ecole" and "écolé" fail, "école" passes). Words are {@code \b\w+\b} runs; accents are removed as
 * upstream's {@code remove_accents} does (NFKD, then every character of non-zero canonical combining
 * class dropped). Upstream requires the argument (no default): a missing one is an error.
 */
public final class Accents extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("fr:special_character:accents")
      .arg(new ArgSpec("word_to_accentuate", ArgType.ANY,
          "an object mapping each word without accents to its accented spelling"))
      .factory(Accents::new);

  private final Map<String, String> targets;

  private Accents(BuildContext ctx) {
    super(TYPE);
    Object raw = ctx.args().raw("word_to_accentuate");
    if (!(raw instanceof Map<?, ?> map)) {
      throw ctx.args().invalid("word_to_accentuate", raw == null
          ? "missing: the reference's build_description requires it (TypeError)"
          : "expected an object of word → accented word");
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!(e.getValue() instanceof String v)) {
        throw ctx.args().invalid("word_to_accentuate", "the value of '" + e.getKey() + "' is not a string");
      }
      out.put(String.valueOf(e.getKey()), v);
    }
    this.targets = out;
  }

  @Override
  public String describe() {
    return "Réécris ce texte en ajoutant les accents.";
  }

  @Override
  public Map<String, Object> args() {
    return Map.of("word_to_accentuate", targets);
  }

  @Override
  public Verdict check(TextView response) {
    String lower = response.lower();
    for (int s = Py.wordRunStart(lower, 0); s < lower.length(); s = Py.wordRunStart(lower, s)) {
      int e = Py.wordRunEnd(lower, s);
      String word = lower.substring(s, e);
      String correct = targets.get(removeAccents(word));
      if (correct != null && !word.equals(correct)) {
        return Verdict.notFollowed(() -> "'" + word + "' should be written '" + correct + "'");
      }
      s = e;
    }
    return Verdict.followed(() -> "every word of " + targets.keySet() + " carries its accents");
  }

  /** {@code remove_accents}: NFKD, without the characters of non-zero combining class. */
  static String removeAccents(String word) {
    String nfkd = Py.nfkd(word);
    StringBuilder out = new StringBuilder(nfkd.length());
    for (int i = 0; i < nfkd.length(); ) {
      int cp = nfkd.codePointAt(i);
      if (!isCombining(cp)) out.appendCodePoint(cp);
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /**
   * {@code unicodedata.combining(c) != 0} for a character of an NFKD string. The JDK has no
   * combining-class lookup, so canonical reordering answers: after U+0345 (class 240, the highest
   * class), NFD moves any mark of a lower non-zero class before it, and leaves a starter after it.
   */
  static boolean isCombining(int cp) {
    if (cp < 0x300) return false;
    if (cp == 0x345) return true;
    String pair = "\u0345" + Character.toString(cp);
    return !Normalizer.normalize(pair, Normalizer.Form.NFD).startsWith("\u0345");
  }
}
