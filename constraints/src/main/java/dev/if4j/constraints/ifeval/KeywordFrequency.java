package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.IgnoreCase;
import dev.if4j.text.Py;
import dev.if4j.text.PyRepr;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code keywords:frequency}: the number of non-overlapping, case-insensitive occurrences of a
 * keyword (also inside longer words: "art" counts in "start") compares as asked.
 *
 * <p>Difference from the reference: it counts {@code re.findall(keyword, ...)}, a regular
 * expression; we count the keyword literally (with Python's case-insensitive equality), so
 * metacharacters ({@code C++}, {@code e.g.}) mean what they say. Keywords of letters, digits,
 * spaces and ordinary punctuation count the same in both.
 */
public final class KeywordFrequency extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("keywords:frequency")
      .string("keyword", "the word to count (case-insensitive, surrounding spaces ignored)")
      .integer("frequency", "the count to compare with")
      .string("relation", "'less than' or 'at least'")
      .factory(KeywordFrequency::new);

  private final String keyword;
  private final String folded;
  private final int frequency;
  private final Relation relation;

  KeywordFrequency(BuildContext ctx) {
    super(TYPE);
    String given = ctx.args().string("keyword");
    this.keyword = given == null || given.isEmpty()
        ? IfEvalArgs.drawKeywords(ctx, 1).get(0)
        : Py.strip(given);
    this.folded = IgnoreCase.fold(keyword);
    this.frequency = IfEvalArgs.countOrDraw(ctx, "frequency", 1, 3);
    this.relation = Relation.from(ctx, "relation");
  }

  @Override
  public String describe() {
    return "In your response, the word " + keyword + " should appear " + relation.words() + " "
        + frequency + " times.";
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("keyword", keyword, "frequency", (long) frequency,
        "relation", relation.words());
  }

  @Override
  public Verdict check(TextView response) {
    int found = IgnoreCase.count(response.get(Counts.FOLDED), folded);
    return Verdict.of(relation.holds(found, frequency), () -> "found " + PyRepr.repr(keyword)
        + " " + found + " times, expected " + relation.words() + " " + frequency);
  }
}
