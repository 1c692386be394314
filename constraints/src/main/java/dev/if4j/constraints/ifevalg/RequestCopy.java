package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * The copy instructions whose response must be the request {@code prompt_to_repeat} itself,
 * ignoring case and surrounding whitespace. {@code copy:copy} and {@code copy:copying_simple} test
 * exactly that and differ only in wording, so each class keeps its type and description and
 * shares the rest here.
 *
 * <p>The text comes from the kwargs, never from the row's prompt (the reference hands the prompt
 * only to instructions whose arguments include a {@code prompt} key, and none of IFEvalG's do);
 * without it the reference raises {@code ValueError}, and so does building here.
 */
abstract class RequestCopy extends TypedConstraint {
  private final String prompt;
  private final String expected;

  RequestCopy(ConstraintType type, BuildContext ctx) {
    super(type);
    this.prompt = TrainingArgs.promptToRepeat(ctx);
    this.expected = Py.lower(Py.strip(prompt));
  }

  @Override
  public final Map<String, Object> args() {
    return Map.of("prompt_to_repeat", prompt);
  }

  @Override
  public final Verdict check(TextView response) {
    return TrainingTexts.copyVerdict(response, expected);
  }
}
