package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code copy:copying_simple}: the response is the request {@code prompt_to_repeat}, ignoring case
 * and surrounding whitespace (the same test as {@code copy:copy}, worded differently). The request
 * must be in the kwargs: the reference raises {@code ValueError} without it.
 */
public final class RepeatRequest extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("copy:copying_simple")
      .string("prompt_to_repeat", "the request the response must repeat")
      .factory(RepeatRequest::new);

  private final String prompt;
  private final String expected;

  RepeatRequest(BuildContext ctx) {
    super(TYPE);
    this.prompt = TrainingArgs.promptToRepeat(ctx);
    this.expected = Py.lower(Py.strip(prompt));
  }

  @Override
  public String describe() {
    return "Repeat the request without change (do not say anything before repeating the request;"
        + " the request you need to repeat does not include this sentence) and do not answer the"
        + " actual request!";
  }

  @Override
  public Map<String, Object> args() {
    return Map.of("prompt_to_repeat", prompt);
  }

  @Override
  public Verdict check(TextView response) {
    return TrainingTexts.copyVerdict(response, expected);
  }
}
