package dev.if4j.constraints.mifeval.ja;

import dev.if4j.constraints.ArgSpec;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.List;
import java.util.Map;

/**
 * {@code startend:end_checker} in Japanese: the response, stripped and without closing quotes
 * {@code 」』} at either end, ends with the phrase (stripped the same way). Case matters (Google's
 * lower-cases both; this one does not).
 */
public final class JaEndPhrase extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("ja:startend:end_checker")
      .arg(ArgSpec.string("end_phrase", "the phrase the response ends with"))
      .factory(JaEndPhrase::new);

  private static final List<String> ENDINGS =
      List.of("他にご質問はありますか？", "他に何かご不明な点はありますか？", "他に何かございますか？", "他にお聞きになりたいことはありますか？");

  private final String phrase;
  private final String expectedEnd;

  private JaEndPhrase(BuildContext ctx) {
    super(TYPE);
    String given = ctx.args().string("end_phrase");
    this.phrase = given == null ? ctx.choice(ENDINGS) : Py.strip(given);
    this.expectedEnd = Py.strip(Py.strip(phrase), "」』");
  }

  @Override
  public String describe() {
    return "応答の最後に次のフレーズをそのまま出力してください: " + phrase + "。このフレーズの後に他の言葉を続けてはいけません。";
  }

  @Override
  public Map<String, Object> args() {
    return Map.of("end_phrase", phrase);
  }

  @Override
  public Verdict check(TextView response) {
    String text = Py.strip(response.stripped(), "」』");
    boolean ok = text.endsWith(expectedEnd);
    return Verdict.of(ok, () -> ok ? "the response ends with '" + expectedEnd + "'"
        : "the response does not end with '" + expectedEnd + "'");
  }
}
