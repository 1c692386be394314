package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.List;
import java.util.Map;

/**
 * {@code copy:copying_multiple}: the response is the request repeated {@code N} times, the copies
 * separated by {@code ******}; each copy equals the request ignoring case and surrounding
 * whitespace. A longer run of asterisks splits into more pieces, as {@code str.split} does.
 *
 * <p>Quirk kept: {@code N} 0 is drawn at random like a missing one. The request must be in the
 * kwargs: the reference raises {@code ValueError} without it.
 */
public final class RepeatRequestTimes extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("copy:copying_multiple")
      .string("prompt_to_repeat", "the request the response must repeat")
      .integer("N", "how many times")
      .factory(RepeatRequestTimes::new);

  private final String prompt;
  private final long times;
  private final String expected;

  RepeatRequestTimes(BuildContext ctx) {
    super(TYPE);
    this.prompt = TrainingArgs.promptToRepeat(ctx);
    this.times = TrainingArgs.nonZeroOrDraw(ctx, "N", 2, 3);
    this.expected = Py.lower(Py.strip(prompt));
  }

  @Override
  public String describe() {
    return "Repeat the request without change " + times + " times, separated by 6 asterisk symbols"
        + " (do not say anything before repeating the request; the request you need to repeat does"
        + " not include this sentence) and do not answer the actual request!";
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("prompt_to_repeat", prompt, "N", times);
  }

  @Override
  public Verdict check(TextView response) {
    List<String> copies = Py.split(response.text(), "******");
    if (copies.size() != times) {
      return Verdict.notFollowed(() -> "found " + copies.size() + " parts separated by ******, expected " + times);
    }
    for (int i = 0; i < copies.size(); i++) {
      if (!Py.lower(Py.strip(copies.get(i))).equals(expected)) {
        int at = i + 1;
        return Verdict.notFollowed(() -> "part " + at + " differs from the request");
      }
    }
    return Verdict.followed(() -> "all " + times + " parts repeat the request");
  }
}
