package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.IgnoreCase;
import dev.if4j.text.PyRepr;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * The instructions that count a keyword: {@code keyword}, {@code frequency} and {@code relation}
 * read and checked as {@code keywords:frequency} does. IFEvalG's {@code
 * keywords:word_count_different_numbers} is the same test with other wording, so each class keeps
 * its type and description and shares the rest here.
 *
 * <p>The keyword is counted non-overlapping and case-insensitively, also inside longer words ("art"
 * counts in "start"). Difference from the reference: it counts {@code re.findall(keyword, ...)}, a
 * regular expression; we count the keyword literally (with Python's case-insensitive equality), so
 * metacharacters ({@code C++}, {@code e.g.}) mean what they say. Keywords of letters, digits,
 * spaces and ordinary punctuation count the same in both.
 */
public abstract class KeywordCount extends TypedConstraint {
  protected final String keyword;
  protected final int frequency;
  protected final Relation relation;
  private final String folded;

  protected KeywordCount(ConstraintType type, BuildContext ctx) {
    super(type);
    this.keyword = IfEvalArgs.keywordOrDraw(ctx, "keyword");
    this.folded = IgnoreCase.fold(keyword);
    this.frequency = IfEvalArgs.countOrDraw(ctx, "frequency", 1, 3);
    this.relation = Relation.from(ctx, "relation");
  }

  @Override
  public final Map<String, Object> args() {
    return IfEvalArgs.ordered("keyword", keyword, "frequency", (long) frequency,
        "relation", relation.words());
  }

  @Override
  public final Verdict check(TextView response) {
    int found = IgnoreCase.count(response.get(Counts.FOLDED), folded);
    return Verdict.of(relation.holds(found, frequency), () -> "found " + PyRepr.repr(keyword)
        + " " + found + " times, expected " + relation.words(frequency));
  }
}
