package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;

/**
 * {@code copy:copying_simple}: the response is the request {@code prompt_to_repeat}, ignoring case
 * and surrounding whitespace: the same test as {@code copy:copy}, worded differently
 * ({@link RequestCopy}).
 */
public final class RepeatRequest extends RequestCopy {
  public static final ConstraintType TYPE = ConstraintType.define("copy:copying_simple")
      .string("prompt_to_repeat", "the request the response must repeat")
      .factory(RepeatRequest::new);

  RepeatRequest(BuildContext ctx) {
    super(TYPE, ctx);
  }

  @Override
  public String describe() {
    return "Repeat the request without change (do not say anything before repeating the request;"
        + " the request you need to repeat does not include this sentence) and do not answer the"
        + " actual request!";
  }
}
