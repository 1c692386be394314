package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.PySubstrings;
import dev.if4j.text.TextView;
import java.util.List;
import java.util.Map;

/**
 * {@code format:list}: a list whose items are marked by a given separator instead of bullets.
 *
 * <p>The reference only counts the separator: at least two non-overlapping occurrences anywhere in
 * the response (its docstring's "that start a new line" is not checked). It finds them with {@code
 * re.findall(re.escape(sep))}, which is a literal search; so is this one. An empty separator
 * matches at every position, i.e. {@code len(response) + 1} times.
 */
public final class SeparatorList extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("format:list")
      .string("sep", "the item marker; missing: a random choice of '...', 'SEPARATOR', '!?!?', '-'")
      .factory(SeparatorList::new);

  private static final List<String> MARKERS = List.of("...", "SEPARATOR", "!?!?", "-");

  private final String separator;

  SeparatorList(BuildContext ctx) {
    super(TYPE);
    String given = ctx.args().string("sep");
    separator = given == null ? ctx.choice(MARKERS) : given;
  }

  @Override
  public String describe() {
    return "Answer with a list of items, instead of bullet points use " + separator + ".";
  }

  @Override
  public Map<String, Object> args() {
    return Map.of("sep", separator);
  }

  @Override
  public Verdict check(TextView response) {
    String s = response.text();
    int found = countUpTo(s, separator, 2);
    return Verdict.of(found >= 2, () -> found >= 2
        ? "found the separator " + separator + " at least twice"
        : "found the separator " + separator + " " + (found == 0 ? "no times" : "once")
            + ", expected at least 2");
  }

  /** Non-overlapping literal occurrences of {@code sep} in {@code s} ({@code str.count}), counting no further than {@code limit}. */
  static int countUpTo(String s, String sep, int limit) {
    return Math.min(limit, PySubstrings.count(s, sep));
  }
}
