package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import dev.if4j.text.punkt.PunktSentenceTokenizer;

/**
 * {@code format:no_bullets_bullets}: at least two sentences, then at least two {@code *} bullets.
 *
 * <p>As the reference, line by line (split on {@code \n}): a line that starts with {@code *} once
 * stripped is a bullet, and at least two sentences must have been counted before the first one;
 * before the first bullet, each line's stripped text adds its Punkt sentence count; after it, any
 * other line, even a blank one (a trailing newline), fails. Quirks kept: a sentence need not end
 * in a period; the reference keeps the sentence list of the last line in its "still in the
 * sentences" flag, so a blank line (no sentences) ends the sentence part: a non-bullet line after
 * it fails, while a bullet after it is fine; and {@code **bold**} lines count as bullets.
 */
public final class SentencesThenBullets extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("format:no_bullets_bullets").factory(SentencesThenBullets::new);

  SentencesThenBullets(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Your answer must contain at least two sentences ending in a period followed by at least "
        + "two bullet points denoted by *.";
  }

  @Override
  public Verdict check(TextView response) {
    String s = response.text();
    PunktSentenceTokenizer punkt = null;
    boolean inSentences = true;
    int sentences = 0;
    int bullets = 0;
    int lineNo = 0;
    for (int from = 0; from <= s.length(); ) {
      int nl = s.indexOf('\n', from);
      int end = nl < 0 ? s.length() : nl;
      String line = Py.strip(s.substring(from, end));
      lineNo++;
      int number = lineNo;
      if (line.startsWith("*")) {
        inSentences = false;
        if (sentences < 2) {
          int found = sentences;
          return Verdict.notFollowed(() -> "the first bullet (line " + number + ") comes after "
              + found + " sentence" + (found == 1 ? "" : "s") + ", expected at least 2");
        }
        bullets++;
      } else if (inSentences) {
        if (punkt == null) punkt = response.tools().punkt();
        int here = punkt.countSentences(line);
        sentences += here;
        // The reference stores the sentence list itself in its flag: an empty list is false.
        inSentences = here > 0;
      } else {
        boolean afterBullets = bullets > 0;
        return Verdict.notFollowed(() -> afterBullets
            ? "line " + number + " follows the bullets but is not a bullet"
            : "line " + number + " follows a blank line but is not a bullet");
      }
      if (nl < 0) break;
      from = nl + 1;
    }
    int b = bullets;
    return Verdict.of(b >= 2, () -> "found " + b + " bullet" + (b == 1 ? "" : "s")
        + " after the sentences, expected at least 2");
  }
}
