package dev.if4j.eval.benchmark;

import dev.if4j.text.Py;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a framework does to a generation before its IFEval checkers see it. The checkers, the
 * empty-response rule ({@code response.strip()} must be non-empty) and the aggregation are the
 * reference's in every framework read here, so the response is where their scores part.
 *
 * <p>Each rule is cited to the framework's code; the default is the reference evaluator's (the
 * response as given).
 */
public enum ResponseProfile {
  /**
   * Google's {@code evaluation_main}: the response as given
   * ({@code instruction_following_eval/evaluation_lib.py}, {@code test_instruction_following_strict}).
   */
  REFERENCE("reference", "scored the response as given"),
  /**
   * lm-evaluation-harness's ifeval task: {@code filtered_resps[0]}, the generation as given (the task
   * has no filter: {@code lm_eval/tasks/ifeval/ifeval.yaml} at 4e7e0d47).
   */
  LM_EVAL("lm-eval", "scored the response as given"),
  /**
   * lm-evaluation-harness with the model argument {@code think_end_token=</think>}: the text after
   * the last {@code </think>}, left-stripped ({@code generation.split(think_end_token)[-1].lstrip()},
   * {@code lm_eval/models/utils.py} {@code postprocess_generated_text} at 4e7e0d47).
   */
  LM_EVAL_THINK("lm-eval-think", "kept the text after the last </think>, left-stripped") {
    @Override
    public String apply(String response) {
      int end = response.lastIndexOf(THINK_END);
      return end < 0 ? response : Py.lstrip(response.substring(end + THINK_END.length()));
    }
  },
  /**
   * lighteval: {@code remove_reasoning_tags} on by default with {@code [("<think>", "</think>")]}
   * ({@code src/lighteval/cli_args.py} at 3fd15266): while both tags are present, the text from the
   * first {@code <think>} to the first {@code </think>} after it is cut out; an unclosed trace is
   * kept; nothing is stripped ({@code src/lighteval/utils/utils.py}, {@code remove_reasoning_tags}).
   */
  LIGHTEVAL("lighteval", "removed <think>…</think>") {
    @Override
    public String apply(String response) {
      String result = response;
      while (result.contains(THINK_START) && result.contains(THINK_END)) {
        int start = result.indexOf(THINK_START);
        int end = result.indexOf(THINK_END, start);
        if (end < 0) break;
        result = result.substring(0, start) + result.substring(end + THINK_END.length());
      }
      return result;
    }
  };

  static final String THINK_START = "<think>";
  static final String THINK_END = "</think>";

  private final String id;
  private final String rule;

  ResponseProfile(String id, String rule) {
    this.id = id;
    this.rule = rule;
  }

  /** The name {@code --profile} takes. */
  public String id() {
    return id;
  }

  /** The response this framework's checkers see. */
  public String apply(String response) {
    return response;
  }

  /** What this profile did to {@code response}, in words (for a report). */
  public String explain(String response) {
    String after = apply(response);
    if (after.equals(response)) {
      return id + " scored the response as given" + (response.contains(THINK_START) || response.contains(THINK_END)
          ? " (reasoning trace included)" : "");
    }
    return id + " " + rule + " (" + (response.length() - after.length()) + " characters fewer)";
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(ResponseProfile::id).toList();
  }

  /** The profile called {@code id}; an unknown name is an error listing the known ones. */
  public static ResponseProfile byId(String id) {
    for (ResponseProfile p : values()) {
      if (p.id.equals(id.toLowerCase(Locale.ROOT))) return p;
    }
    throw new IllegalArgumentException("unknown profile '" + id + "'; known: " + String.join(", ", ids()));
  }
}
