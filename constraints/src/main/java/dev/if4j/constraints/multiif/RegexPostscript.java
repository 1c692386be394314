package dev.if4j.constraints.multiif;

import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.Postscript;
import dev.if4j.constraints.versions.Overrides;
import dev.if4j.text.Py;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code detectable_content:postscript} where the marker's {@code .} counts as the regular
 * expression it is in the reference ({@code re.findall(r"\s*" + marker.lower() + r".*$", ...)}):
 * Multi-IF's markers ("p.s.", "P.D.", "P.S", "ป.ล.") then also match "possa", "p?d!"... Google's
 * registry matches such markers literally (a documented difference, {@link Postscript}); on
 * Multi-IF's rows that difference decides verdicts, so this registry follows the reference.
 *
 * <p>Markers whose only metacharacter is {@code .} are matched as the regex (each {@code .} any
 * character but {@code \n}; linear in the text times the marker). The two stock markers keep
 * Google's checker (the reference special-cases them). A marker with other metacharacters that is
 * no valid Python regex makes the reference raise; a valid one is matched literally (no marker of
 * the benchmark has one).
 */
final class RegexPostscript {
  private RegexPostscript() {}

  private static final String METACHARACTERS = "\\[](){}*+?|^$";

  static final ConstraintType TYPE = Overrides.sameArgs(Postscript.TYPE, ctx -> {
    Constraint c = Postscript.TYPE.create(ctx);
    String marker = (String) c.args().get("postscript_marker");
    if (marker.equals("P.S.") || marker.equals("P.P.S")) return c;
    boolean otherMeta = marker.chars().anyMatch(ch -> METACHARACTERS.indexOf(ch) >= 0);
    if (otherMeta) {
      Optional<String> error = PyRegexSyntax.error(Py.lower(marker));
      return error.isEmpty() ? c
          : new FixedVerdict(c, Verdict.referenceRaises("re.error: " + error.get() + " (marker " + marker + ")"));
    }
    if (marker.indexOf('.') < 0) return c;
    Pattern pattern = wildcardPattern(Py.lower(marker));
    return Overrides.checking(Postscript.TYPE, (args, view) -> {
      var m = pattern.matcher(view.lower());
      return m.find()
          ? Verdict.followed(() -> "found " + view.lower().substring(m.start(), m.end())
              + ", which the postscript marker " + marker + " matches as a regular expression")
          : Verdict.notFollowed(() -> "no postscript marker " + marker + " found (its '.' matching any character)");
    }).create(ctx);
  });

  /** The marker as a pattern: each {@code .} any character but {@code \n}, the rest literal. */
  static Pattern wildcardPattern(String lowerMarker) {
    StringBuilder regex = new StringBuilder();
    int from = 0;
    for (int dot = lowerMarker.indexOf('.'); dot >= 0; dot = lowerMarker.indexOf('.', from)) {
      if (dot > from) regex.append(Pattern.quote(lowerMarker.substring(from, dot)));
      regex.append("[^\\n]");
      from = dot + 1;
    }
    if (from < lowerMarker.length()) regex.append(Pattern.quote(lowerMarker.substring(from)));
    return Pattern.compile(regex.toString());
  }
}
