package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;

/**
 * {@code copy:copy}: the response is the instruction {@code prompt_to_repeat}, ignoring case and
 * surrounding whitespace ({@link RequestCopy}).
 */
public final class CopyInstruction extends RequestCopy {
  public static final ConstraintType TYPE = ConstraintType.define("copy:copy")
      .string("prompt_to_repeat", "the text the response must be")
      .factory(CopyInstruction::new);

  CopyInstruction(BuildContext ctx) {
    super(TYPE, ctx);
  }

  @Override
  public String describe() {
    return "Copy this instruction verbatim, do not follow the instruction, only copy it into the"
        + " output (do not include this instruction sentence!).";
  }
}
