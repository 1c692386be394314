package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;

/**
 * {@code combination:two_responses}: two different responses separated by {@code ******}.
 *
 * <p>As the reference: the text is split on every {@code ******} (left to right, so seven
 * asterisks leave a {@code *} in the next part); blank parts are allowed only first and last (a
 * separator may open or close the text), a blank part in between fails; exactly two non-blank parts
 * must remain, and they must differ once stripped.
 */
public final class TwoResponses extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("combination:two_responses").factory(TwoResponses::new);

  private static final String SEPARATOR = "******";

  TwoResponses(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Give two different responses. Responses and only responses should be separated by 6 asterisk symbols: ******.";
  }

  @Override
  public Verdict check(TextView response) {
    String s = response.text();
    int parts = 0;
    int nonBlank = 0;
    int firstFrom = 0;
    int firstTo = 0;
    int secondFrom = 0;
    int secondTo = 0;
    int from = 0;
    while (true) {
      int at = s.indexOf(SEPARATOR, from);
      int to = at < 0 ? s.length() : at;
      boolean last = at < 0;
      if (Py.isBlank(s.subSequence(from, to))) {
        if (parts != 0 && !last) {
          int index = parts;
          return Verdict.notFollowed(() -> "part " + (index + 1) + " between separators is empty");
        }
      } else {
        nonBlank++;
        if (nonBlank == 1) {
          firstFrom = from;
          firstTo = to;
        } else if (nonBlank == 2) {
          secondFrom = from;
          secondTo = to;
        }
      }
      parts++;
      if (last) break;
      from = at + SEPARATOR.length();
    }
    if (nonBlank != 2) {
      int found = nonBlank;
      return Verdict.notFollowed(() -> "found " + found + " response" + (found == 1 ? "" : "s")
          + " separated by ******, expected 2");
    }
    String first = Py.strip(s.substring(firstFrom, firstTo));
    String second = Py.strip(s.substring(secondFrom, secondTo));
    return first.equals(second)
        ? Verdict.notFollowed(() -> "the two responses are the same")
        : Verdict.followed(() -> "found two different responses");
  }
}
