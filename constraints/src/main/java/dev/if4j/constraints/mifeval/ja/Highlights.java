package dev.if4j.constraints.mifeval.ja;

import dev.if4j.constraints.ArgSpec;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code detectable_format:number_highlighted_sections} in Japanese: at least N sections in
 * {@code 《…》} on one line ({@code 《[^\n《》]*》}), not blank inside.
 */
public final class Highlights extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("ja:detectable_format:number_highlighted_sections")
      .arg(ArgSpec.integer("num_highlights", "the least number of 《highlighted》 sections; missing or negative: random 1-4"))
      .factory(Highlights::new);

  private final long expected;

  private Highlights(BuildContext ctx) {
    super(TYPE);
    this.expected = IfEvalArgs.longCountOrDraw(ctx, "num_highlights", 1, 4);
  }

  @Override
  public String describe() {
    return "例えば《強調されたセクション》のように、回答の中で少なくとも" + expected + "つのセクションを《》の記号を用いて強調してください。";
  }

  @Override
  public Map<String, Object> args() {
    return Map.of("num_highlights", expected);
  }

  @Override
  public Verdict check(TextView response) {
    String s = response.text();
    int n = s.length();
    int found = 0;
    int open = s.indexOf('《');
    while (open >= 0) {
      int j = open + 1;
      while (j < n && s.charAt(j) != '\n' && s.charAt(j) != '《' && s.charAt(j) != '》') j++;
      if (j < n && s.charAt(j) == '》') {
        if (!Py.isBlank(s.subSequence(open + 1, j))) found++;
        open = s.indexOf('《', j + 1);
      } else {
        open = j < n && s.charAt(j) == '《' ? j : s.indexOf('《', j);
      }
    }
    int count = found;
    return Verdict.of(count >= expected, () -> "found " + count + " 《highlighted》 sections, expected at least " + expected);
  }
}
