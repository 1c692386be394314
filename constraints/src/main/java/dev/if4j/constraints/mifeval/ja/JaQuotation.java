package dev.if4j.constraints.mifeval.ja;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;

/** {@code startend:quotation} in Japanese: once stripped, the response is {@code 「…」} (two characters at least). */
public final class JaQuotation extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("ja:startend:quotation").factory(JaQuotation::new);

  private JaQuotation(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "応答全体を鉤括弧で囲んでください。";
  }

  @Override
  public Verdict check(TextView response) {
    String s = response.stripped();
    int n = s.length();
    boolean ok = n > 1 && s.charAt(0) == '「' && s.charAt(n - 1) == '」';
    return Verdict.of(ok, () -> ok ? "the response is wrapped in 「」" : "the response is not wrapped in 「」");
  }
}
