package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code custom:reverse_newline}: African countries, one a line, in reverse alphabetical order.
 *
 * <p>The reference does not know the countries; it checks a shape:
 *
 * <ul>
 *   <li>Lines are cut at {@code \n}; each loses ASCII punctuation and spaces (only {@code ' '}: a
 *       tab or {@code \r} stays) at both ends, and lines left empty are dropped.
 *   <li>The list starts at the first line containing "Zimbabwe" (case-sensitive); lines before it
 *       are ignored. From there on at least 52 lines are needed (the reference's comment says 53).
 *   <li>Those lines, with accents removed and other non-ASCII characters dropped, never increase
 *       (equal neighbours are fine), comparing ASCII strings by code: "Zambia" after "Zimbabwe"
 *       is fine, but so is any list that starts with Zimbabwe and descends.
 * </ul>
 */
public final class AfricanCountriesReversed extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("custom:reverse_newline").factory(AfricanCountriesReversed::new);

  private static final String TRIM = Py.PUNCTUATION + " ";
  private static final int MIN_LINES = 52;

  AfricanCountriesReversed(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "List the countries of Africa in reverse alphabetical order, each on a new line.";
  }

  @Override
  public Verdict check(TextView response) {
    String text = response.text();
    List<String> lines = new ArrayList<>();
    boolean started = false;
    int n = text.length();
    for (int start = 0; start <= n; ) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? n : nl;
      String line = Py.strip(text.substring(start, end), TRIM);
      if (!line.isEmpty()) {
        if (!started && line.contains("Zimbabwe")) started = true;
        if (started) lines.add(line);
      }
      if (nl < 0) break;
      start = nl + 1;
    }
    if (!started) return Verdict.notFollowed(() -> "no line contains \"Zimbabwe\"");
    if (lines.size() < MIN_LINES) {
      int found = lines.size();
      return Verdict.notFollowed(() -> "found " + found
          + " lines from the \"Zimbabwe\" line on, expected at least 52");
    }
    String previous = null;
    for (int i = 0; i < lines.size(); i++) {
      String folded = CustomTexts.asciiFold(lines.get(i));
      if (previous != null && folded.compareTo(previous) > 0) {
        String before = previous;
        int number = i + 1;
        return Verdict.notFollowed(() -> "line " + number + " of the list (\"" + folded
            + "\") comes after \"" + before + "\" in reverse alphabetical order");
      }
      previous = folded;
    }
    return Verdict.followed(() -> "the lines from \"Zimbabwe\" on are in reverse alphabetical order");
  }
}
