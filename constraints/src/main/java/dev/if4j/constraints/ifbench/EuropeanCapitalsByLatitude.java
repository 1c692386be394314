package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.List;

/**
 * {@code custom:european_capitals_sort}: the 27 European capitals north of 45°, comma-separated,
 * from north to south.
 *
 * <p>As the reference: accents are removed and other non-ASCII characters dropped from the whole
 * response ("Reykjavík" is "Reykjavik"), which is then cut at commas; blank pieces are ignored
 * (so ", ," and a trailing comma are harmless), and the stripped pieces must be exactly the
 * reference's 27 names in its order, spelled as it spells them ("Kyiv", "Rome" or a final period
 * fail the response).
 */
public final class EuropeanCapitalsByLatitude extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("custom:european_capitals_sort").factory(EuropeanCapitalsByLatitude::new);

  /** The reference's answer, north to south. */
  static final List<String> CAPITALS = List.of("Reykjavik", "Helsinki", "Oslo", "Tallinn",
      "Stockholm", "Riga", "Moscow", "Copenhagen", "Vilnius", "Minsk", "Dublin", "Berlin",
      "Amsterdam", "Warsaw", "London", "Brussels", "Prague", "Luxembourg", "Paris", "Vienna",
      "Bratislava", "Budapest", "Vaduz", "Chisinau", "Bern", "Ljubljana", "Zagreb");

  EuropeanCapitalsByLatitude(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Give me the names of all capital cities of european countries whose latitude is higher"
        + " than than 45 degrees? List the capital cities without country names, separated by"
        + " commas, sorted by latitude, from highest to lowest.";
  }

  @Override
  public Verdict check(TextView response) {
    String text = CustomTexts.asciiFold(response.text());
    int count = 0;
    String mismatch = null;
    int mismatchAt = -1;
    int n = text.length();
    for (int start = 0; start <= n; ) {
      int comma = text.indexOf(',', start);
      int end = comma < 0 ? n : comma;
      String name = Py.strip(text.substring(start, end));
      if (!name.isEmpty()) {
        if (count < CAPITALS.size() && mismatch == null && !name.equals(CAPITALS.get(count))) {
          mismatch = name;
          mismatchAt = count;
        }
        count++;
        if (count > CAPITALS.size()) break;
      }
      if (comma < 0) break;
      start = comma + 1;
    }
    if (count != CAPITALS.size()) {
      int found = count;
      return Verdict.notFollowed(() -> "found " + (found > CAPITALS.size() ? "more than 27" : found)
          + " comma-separated names, expected 27");
    }
    if (mismatch != null) {
      String got = mismatch;
      int at = mismatchAt;
      return Verdict.notFollowed(() -> "name " + (at + 1) + " is \"" + got + "\", expected \""
          + CAPITALS.get(at) + "\"");
    }
    return Verdict.followed(() -> "the 27 capitals, north to south");
  }
}
