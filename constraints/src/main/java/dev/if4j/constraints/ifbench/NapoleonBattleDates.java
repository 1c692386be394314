package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;

/**
 * {@code custom:date_format_list}: nothing but comma-separated dates written YYYY-MM-DD, within
 * Napoleon's lifetime.
 *
 * <p>The reference's rules, reproduced (it does not use {@code datetime}):
 *
 * <ul>
 *   <li>The stripped response is cut at commas; every stripped piece must be four, two and two
 *       {@code \d} digits joined by hyphens. Any Unicode decimal digit counts, and its value is
 *       read as Python's {@code int()} reads it ("١٨٠٠-٠١-٠١" is a date). An empty piece (a
 *       trailing comma) fails.
 *   <li>The year is 1769 to 1821; the month at most 12; the day at most 31, 30 or 29 as the month
 *       has (29 for any February). Month 00 and day 00 are accepted, as in the reference.
 * </ul>
 */
public final class NapoleonBattleDates extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("custom:date_format_list").factory(NapoleonBattleDates::new);

  NapoleonBattleDates(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "List the start dates of all the battles Napoleon fought separated by commas, use the"
        + " following date format: YYYY-MM-DD. Do not provide an explanation.";
  }

  @Override
  public Verdict check(TextView response) {
    String text = response.stripped();
    int n = text.length();
    int count = 0;
    for (int start = 0; start <= n; ) {
      int comma = text.indexOf(',', start);
      int end = comma < 0 ? n : comma;
      String date = Py.strip(text.substring(start, end));
      count++;
      String problem = problem(date);
      if (problem != null) {
        int number = count;
        return Verdict.notFollowed(() -> "item " + number + " (\"" + date + "\") " + problem);
      }
      if (comma < 0) break;
      start = comma + 1;
    }
    int dates = count;
    return Verdict.followed(() -> dates + " dates, all YYYY-MM-DD between 1769 and 1821");
  }

  /** Why {@code date} fails, or null when it passes. */
  private static String problem(String date) {
    int[] parts = new int[3];
    int[] widths = {4, 2, 2};
    int i = 0;
    int n = date.length();
    for (int p = 0; p < 3; p++) {
      if (p > 0) {
        if (i >= n || date.charAt(i) != '-') return "is not YYYY-MM-DD";
        i++;
      }
      int value = 0;
      for (int d = 0; d < widths[p]; d++) {
        if (i >= n) return "is not YYYY-MM-DD";
        int cp = date.codePointAt(i);
        if (!Py.isDecimal(cp)) return "is not YYYY-MM-DD";
        value = value * 10 + Character.digit(cp, 10);
        i += Character.charCount(cp);
      }
      parts[p] = value;
    }
    if (i != n) return "is not YYYY-MM-DD";
    int year = parts[0];
    int month = parts[1];
    int day = parts[2];
    if (year < 1769 || year > 1821) return "has a year outside 1769-1821";
    if (month > 12) return "has a month over 12";
    int maxDay = switch (month) {
      case 1, 3, 5, 7, 8, 10, 12 -> 31;
      case 4, 6, 9, 11 -> 30;
      case 2 -> 29;
      default -> Integer.MAX_VALUE;
    };
    if (day > maxDay) return "has a day past the end of its month";
    return null;
  }
}
