package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.Map;

/**
 * {@code copy:copy}: the response is the instruction {@code prompt_to_repeat}, ignoring case and
 * surrounding whitespace.
 *
 * <p>The text comes from the kwargs, never from the row's prompt (the reference hands the prompt
 * only to instructions whose arguments include a {@code prompt} key, and none of IFEvalG's do);
 * without it the reference raises {@code ValueError}, and so does building here.
 */
public final class CopyInstruction extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("copy:copy")
      .string("prompt_to_repeat", "the text the response must be")
      .factory(CopyInstruction::new);

  private final String prompt;
  private final String expected;

  CopyInstruction(BuildContext ctx) {
    super(TYPE);
    this.prompt = TrainingArgs.promptToRepeat(ctx);
    this.expected = Py.lower(Py.strip(prompt));
  }

  @Override
  public String describe() {
    return "Copy this instruction verbatim, do not follow the instruction, only copy it into the"
        + " output (do not include this instruction sentence!).";
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
