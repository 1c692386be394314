package dev.if4j.constraints.mifeval.ja;

import dev.if4j.constraints.ArgSpec;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;
import java.util.List;
import java.util.Map;

/**
 * {@code startend:sentence_unified_end}: with quotations ({@code 「…」}, {@code 『…』}) removed, every
 * non-empty piece between {@code 。！？} ends with the ending ({@code です} or {@code ます}). Pieces
 * are not stripped, so a line break or a space after the last sentence mark makes a piece that
 * does not end so; text after the last mark counts as a sentence too.
 */
public final class UnifiedEnding extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("ja:startend:sentence_unified_end")
      .arg(ArgSpec.string("ending", "the ending of every sentence, e.g. です"))
      .factory(UnifiedEnding::new);

  private final String ending;

  private UnifiedEnding(BuildContext ctx) {
    super(TYPE);
    String given = ctx.args().string("ending");
    this.ending = given == null ? ctx.choice(List.of("です", "ます")) : given;
  }

  @Override
  public String describe() {
    return "応答において、全ての文末が「" + ending + "」で統一された自然な文章にしてください。";
  }

  @Override
  public Map<String, Object> args() {
    return Map.of("ending", ending);
  }

  @Override
  public Verdict check(TextView response) {
    String s = JaText.withoutQuotes(response.text());
    int start = 0;
    int n = s.length();
    for (int i = 0; i <= n; i++) {
      if (i < n && "。！？".indexOf(s.charAt(i)) < 0) continue;
      String sentence = s.substring(start, i);
      if (!sentence.isEmpty() && !sentence.endsWith(ending)) {
        return Verdict.notFollowed(() -> "a sentence does not end with '" + ending + "': "
            + (sentence.length() > 40 ? "…" + sentence.substring(sentence.length() - 40) : sentence));
      }
      start = i + 1;
    }
    return Verdict.followed(() -> "every sentence ends with '" + ending + "'");
  }
}
