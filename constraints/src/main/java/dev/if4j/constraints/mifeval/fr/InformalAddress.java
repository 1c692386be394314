package dev.if4j.constraints.mifeval.fr;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.Counts;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.List;

/**
 * {@code detectable_content:informal_address}: the response says "tu" to its reader, i.e. one of
 * upstream's {@code \btu\b}, {@code \bte\b}, {@code \bt'\b}, {@code \btoi\b}, {@code \bton\b},
 * {@code \bta\b}, {@code \btes\b} matches, case-insensitively. {@code \bt'\b} needs a word
 * character right after the apostrophe ({@code t'aime}); a typographic {@code ’} never counts.
 */
public final class InformalAddress extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("fr:detectable_content:informal_address").factory(InformalAddress::new);

  /** What follows the {@code t} of each pattern. */
  private static final List<String> AFTER_T = List.of("u", "e", "'", "oi", "on", "a", "es");

  private InformalAddress(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Parlez directement à votre interlocuteur dans votre réponse et utilisez le tutoiement.";
  }

  @Override
  public Verdict check(TextView response) {
    String text = response.text();
    String folded = response.get(Counts.FOLDED);
    for (int t = folded.indexOf('t'); t >= 0; t = folded.indexOf('t', t + 1)) {
      if (t > 0 && Py.isWordChar(text.codePointBefore(t))) continue;
      for (String rest : AFTER_T) {
        int end = t + 1 + rest.length();
        if (folded.startsWith(rest, t + 1) && boundaryAfter(text, end)) {
          String found = text.substring(t, end);
          int at = t;
          return Verdict.followed(() -> "found '" + found + "' at character " + at);
        }
      }
    }
    return Verdict.notFollowed(() -> "none of tu, te, t', toi, ton, ta, tes found as a word");
  }

  /** {@code \b} at {@code end}, right after a matched word (ending in a letter or an apostrophe). */
  private static boolean boundaryAfter(String text, int end) {
    boolean before = Py.isWordChar(text.codePointBefore(end));
    boolean after = end < text.length() && Py.isWordChar(text.codePointAt(end));
    return before != after;
  }
}
