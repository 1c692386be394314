package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.Counts;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.IgnoreCase;
import dev.if4j.text.PyRepr;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code keywords:word_once}: the keyword occurs exactly once, case-insensitively, also inside
 * longer words ("art" in "start"), non-overlapping.
 *
 * <p>Difference from the reference: it counts {@code re.findall(keyword, ..., re.IGNORECASE)}, a
 * regular expression; we count the keyword literally, so metacharacters mean what they say. A
 * blank keyword matches between every two characters, as an empty pattern does.
 */
public final class WordOnce extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("keywords:word_once")
      .string("keyword", "the word that must occur exactly once (case-insensitive)")
      .factory(WordOnce::new);

  private final String keyword;
  private final String folded;

  WordOnce(BuildContext ctx) {
    super(TYPE);
    this.keyword = IfEvalArgs.keywordOrDraw(ctx, "keyword");
    this.folded = IgnoreCase.fold(keyword);
  }

  @Override
  public String describe() {
    return "Include keyword " + keyword + " in your response.";
  }

  @Override
  public Map<String, Object> args() {
    return Map.of("keyword", keyword);
  }

  @Override
  public Verdict check(TextView response) {
    int found = IgnoreCase.count(response.get(Counts.FOLDED), folded);
    return Verdict.of(found == 1, () -> "found " + PyRepr.repr(keyword) + " " + found
        + " times, expected exactly once");
  }
}
