package dev.if4j.constraints.mifeval.ja;

import dev.if4j.constraints.ArgSpec;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.Analysis;
import dev.if4j.text.TextView;
import dev.if4j.text.japanese.JanomeTokenizer.Token;
import java.util.List;
import java.util.Map;

/**
 * {@code detectable_format:nominal_ending} (体言止め): at least N sentence marks ({@code 。！？})
 * right after a noun. With quotations removed, the text is tokenized by janome; a token whose surface
 * is within {@code "。！？"} (upstream tests {@code surface in '。！？'}) counts when the token before
 * it is a noun ({@code 名詞…}).
 */
public final class NominalEnding extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("ja:detectable_format:nominal_ending")
      .arg(ArgSpec.integer("count", "the least number of sentences ending in a noun; missing or negative: random 1-5"))
      .factory(NominalEnding::new);

  /** janome's tokens of the text without its quotations. */
  private static final Analysis<List<Token>> UNQUOTED_TOKENS = Analysis.of("mifeval.ja.unquotedTokens",
      v -> v.tools().loaded(JaText.JANOME).tokenize(JaText.withoutQuotes(v.text())));

  private final long expected;

  private NominalEnding(BuildContext ctx) {
    super(TYPE);
    this.expected = IfEvalArgs.longCountOrDraw(ctx, "count", 1, 5);
  }

  @Override
  public String describe() {
    return "応答の中で体言止めを" + expected + "回は使用してください。";
  }

  @Override
  public Map<String, Object> args() {
    return Map.of("count", expected);
  }

  @Override
  public Verdict check(TextView response) {
    List<Token> tokens = response.get(UNQUOTED_TOKENS);
    int found = 0;
    for (int i = 1; i < tokens.size(); i++) {
      if ("。！？".contains(tokens.get(i).surface()) && tokens.get(i - 1).partOfSpeech().startsWith("名詞")) found++;
    }
    int count = found;
    return Verdict.of(count >= expected, () -> "found " + count + " sentences ending in a noun, expected at least " + expected);
  }
}
