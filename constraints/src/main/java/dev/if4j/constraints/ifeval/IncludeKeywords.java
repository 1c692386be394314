package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.IgnoreCase;
import dev.if4j.text.Needles;
import dev.if4j.text.PyRepr;
import dev.if4j.text.TextView;
import java.util.List;
import java.util.Map;

/**
 * {@code keywords:existence}: every keyword occurs in the response, ignoring case, anywhere (also
 * inside a longer word).
 *
 * <p>Difference from the reference: it hands each keyword to {@code re.search} as a regular
 * expression; we match it literally (with Python's case-insensitive equality), so a keyword with
 * metacharacters ({@code C++}, {@code e.g.}) means what it says instead of failing or matching
 * something else. The two agree on every keyword made of letters, digits, spaces and ordinary
 * punctuation.
 */
public final class IncludeKeywords extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("keywords:existence")
      .stringList("keywords", "words that must all appear (case-insensitive)")
      .factory(IncludeKeywords::new);

  private final List<String> keywords;
  /** The keywords folded ({@link IgnoreCase}), searched for together. */
  private final Needles folded;

  IncludeKeywords(BuildContext ctx) {
    super(TYPE);
    List<String> given = ctx.args().stringList("keywords");
    if (given == null || given.isEmpty()) given = IfEvalArgs.drawKeywords(ctx, 2);
    this.keywords = IfEvalArgs.sortedPy(given);
    this.folded = Needles.of(keywords.stream().map(IgnoreCase::fold).toList());
  }

  @Override
  public String describe() {
    return "Include keywords " + PyRepr.repr(keywords) + " in the response.";
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("keywords", keywords);
  }

  @Override
  public Verdict check(TextView response) {
    boolean[] found = folded.occurIn(response.get(Counts.FOLDED));
    for (int i = 0; i < found.length; i++) {
      if (!found[i]) {
        String missing = keywords.get(i);
        return Verdict.notFollowed(() -> "keyword " + PyRepr.repr(missing) + " not found");
      }
    }
    return Verdict.followed(() -> "found all " + keywords.size() + " keywords");
  }
}
