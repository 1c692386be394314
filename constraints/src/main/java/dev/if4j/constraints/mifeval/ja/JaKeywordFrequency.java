package dev.if4j.constraints.mifeval.ja;

import dev.if4j.constraints.ArgSpec;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.mifeval.Description;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.constraints.mifeval.LocalRelation;
import dev.if4j.constraints.mifeval.RelationWords;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import dev.if4j.text.japanese.JanomeTokenizer.Token;
import java.util.Map;

/**
 * {@code keywords:frequency} in Japanese: how many of janome's tokens have the keyword as their
 * surface, compared with {@code 未満} ({@code <}) or {@code 以上} ({@code >=}).
 */
public final class JaKeywordFrequency extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("ja:keywords:frequency")
      .arg(ArgSpec.string("keyword", "the morpheme to count (stripped)"))
      .arg(ArgSpec.integer("frequency", "the count to compare with"))
      .arg(ArgSpec.string("relation", RelationWords.JAPANESE.doc()))
      .factory(JaKeywordFrequency::new);

  private final String keyword;
  private final int frequency;
  private final LocalRelation relation;

  private JaKeywordFrequency(BuildContext ctx) {
    super(TYPE);
    String given = ctx.args().string("keyword");
    this.keyword = given == null || given.isEmpty() ? ctx.sample(TokenKeywords.WORD_LIST, 1).get(0) : Py.strip(given);
    this.frequency = IfEvalArgs.countOrDraw(ctx, "frequency", 1, 3);
    this.relation = RelationWords.JAPANESE.from(ctx, "relation");
  }

  @Override
  public String describe() {
    return new Description("応答の中で、{keyword} という単語を{frequency}回{relation}出現させてください。").fill(args());
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("keyword", keyword, "frequency", (long) frequency, "relation", relation.words());
  }

  @Override
  public Verdict check(TextView response) {
    int found = 0;
    for (Token t : response.get(JaText.TOKENS)) {
      if (t.surface().equals(keyword)) found++;
    }
    int count = found;
    return Verdict.of(relation.holds(count, frequency),
        () -> "found '" + keyword + "' as " + count + " tokens, expected " + frequency + " " + relation.words());
  }
}
