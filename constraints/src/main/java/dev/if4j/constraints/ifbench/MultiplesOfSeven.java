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
 * {@code custom:multiples}: the numbers in the response are exactly 14, 21, 28, 35, 42, 49, in
 * that order, and nothing else.
 *
 * <p>As the reference, a number is a maximal run of {@code re}'s {@code \d} (any Unicode decimal
 * digit), compared as text: "014" or Arabic-Indic "١٤" is not "14", and any other digit anywhere
 * (a list marker "1.", a year) fails the response. The reference first turns every comma into
 * ", ", which cannot change where a run of digits starts or ends, so it is not repeated here.
 */
public final class MultiplesOfSeven extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("custom:multiples").factory(MultiplesOfSeven::new);

  private static final List<String> EXPECTED = List.of("14", "21", "28", "35", "42", "49");

  MultiplesOfSeven(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Count from 10 to 50 but only print multiples of 7.";
  }

  @Override
  public Verdict check(TextView response) {
    String text = response.text();
    // One more than expected is enough to know the answer; the total is kept for the reason.
    List<String> numbers = new ArrayList<>(EXPECTED.size() + 1);
    int total = 0;
    int n = text.length();
    for (int i = 0; i < n; ) {
      int cp = text.codePointAt(i);
      if (!Py.isDecimal(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n && Py.isDecimal(cp = text.codePointAt(i))) i += Character.charCount(cp);
      total++;
      if (numbers.size() <= EXPECTED.size()) numbers.add(text.substring(start, i));
    }
    if (numbers.equals(EXPECTED)) return Verdict.followed(() -> "found exactly 14, 21, 28, 35, 42, 49");
    int found = total;
    return Verdict.notFollowed(() -> "found " + found + " numbers " + numbers
        + (found > numbers.size() ? " (and more)" : "") + ", expected exactly " + EXPECTED);
  }
}
