package dev.if4j.constraints.mifeval.ja;

import dev.if4j.constraints.ArgSpec;
import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code combination:repeat_prompt} in Japanese: the stripped response starts with the stripped
 * request, character for character (Google's compares lower-cased texts; this one does not).
 */
public final class JaRepeatPrompt extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("ja:combination:repeat_prompt")
      .arg(ArgSpec.string("prompt_to_repeat", "the request the response must start with (required)"))
      .factory(JaRepeatPrompt::new);

  private final String prompt;
  private final String expectedStart;

  private JaRepeatPrompt(BuildContext ctx) {
    super(TYPE);
    String p = ctx.args().string("prompt_to_repeat");
    if (p == null || p.isEmpty()) {
      throw ctx.args().invalid("prompt_to_repeat", "ValueError in the reference: prompt_to_repeat must be set");
    }
    this.prompt = p;
    this.expectedStart = Py.strip(p);
  }

  @Override
  public String describe() {
    return "最初にリクエストを一言一句変えずに繰り返し、その後に答えを述べてください（1. 繰り返す前に言葉や文字を追加しないこと; "
        + "2. 繰り返すべきリクエストにはこの文を含めないこと）";
  }

  @Override
  public Map<String, Object> args() {
    return Map.of("prompt_to_repeat", prompt);
  }

  @Override
  public Verdict check(TextView response) {
    boolean ok = response.stripped().startsWith(expectedStart);
    return Verdict.of(ok, () -> ok ? "the response starts with the request" : "the response does not start with the request");
  }
}
