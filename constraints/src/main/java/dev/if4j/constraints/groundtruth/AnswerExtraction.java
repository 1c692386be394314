package dev.if4j.constraints.groundtruth;

import dev.if4j.text.Py;

/**
 * The part of a model's output that a format's own verifier judges. RL rollouts often carry a
 * thinking section; the trainers that publish these formats cut it off before checking, so judging
 * their rows the same way is part of reading the format.
 */
public enum AnswerExtraction {
  /** The response as given (IFEval, IFBench, verl). */
  NONE,
  /**
   * open-instruct's {@code remove_thinking_section}: drop every {@code <|assistant|>}, strip, keep
   * what follows the last {@code </think>}, drop {@code <answer>} and {@code </answer>}, strip.
   */
  OPEN_INSTRUCT,
  /** VerIF's reward function: what follows the last {@code </think>}, stripped. */
  VERIF;

  private static final String END_THINK = "</think>";

  /** The answer in {@code response}. Python's {@code str.strip()} whitespace. */
  public String apply(String response) {
    return switch (this) {
      case NONE -> response;
      case OPEN_INSTRUCT -> {
        String s = Py.strip(response.replace("<|assistant|>", ""));
        s = afterLastThink(s);
        yield Py.strip(s.replace("<answer>", "").replace("</answer>", ""));
      }
      case VERIF -> Py.strip(afterLastThink(response));
    };
  }

  /** {@code s.split("</think>")[-1]}: the separator cannot overlap itself, so the last match decides. */
  private static String afterLastThink(String s) {
    int at = s.lastIndexOf(END_THINK);
    return at < 0 ? s : s.substring(at + END_THINK.length());
  }
}
