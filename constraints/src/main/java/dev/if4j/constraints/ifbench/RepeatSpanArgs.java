package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import java.util.Map;

/**
 * The arguments of {@code repeat:repeat_span} that its versions read alike ({@link
 * RepeatPromptSpan}'s character indices, {@link RepeatPromptWordSpan}'s word indices): the
 * required request and the two indices as given or drawn, a float kept as given because the
 * reference's slice raises TypeError on it.
 */
record RepeatSpanArgs(String prompt, Object startArg, Object endArg, boolean floatIndex) {

  /** {@code prompt_to_repeat}, which the reference requires and cannot be empty. */
  static String requiredPrompt(Args args) {
    String prompt = args.string("prompt_to_repeat");
    if (prompt == null || prompt.isEmpty()) {
      throw args.invalid("prompt_to_repeat", "must be set to the request to copy a span from");
    }
    return prompt;
  }

  /** The indices {@code start} and {@code end} as the reference sees them: a given float stays one. */
  static RepeatSpanArgs of(Args args, String prompt, long start, long end) {
    Object givenStart = args.raw("n_start");
    Object givenEnd = args.raw("n_end");
    return new RepeatSpanArgs(prompt, givenStart instanceof Double d ? d : start,
        givenEnd instanceof Double d ? d : end, givenStart instanceof Double || givenEnd instanceof Double);
  }

  Map<String, Object> json() {
    return IfEvalArgs.ordered("n_start", startArg, "n_end", endArg, "prompt_to_repeat", prompt);
  }

  /** Not followed: the reference's slice raises TypeError on a float index. */
  static Verdict floatIndexRaises() {
    return Verdict.notFollowed(() -> "the reference raises TypeError here: slice indices must be"
        + " integers, and n_start or n_end is a float");
  }
}
