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
  },
  /**
   * evalscope with the filter its documentation gives for reasoning models on ifeval, {@code
   * "filters": {"remove_until": "</think>"}} ({@code docs/en/get_started/parameters.md} at fde259d2):
   * {@code RemoveUntilFilter} keeps {@code resp.split(delimiter, 1)[-1]}, the text after the
   * <em>first</em> {@code </think>}, not stripped; without it, the response as given ({@code
   * evalscope/filters/extraction.py}). Its ifeval adapter sets no filter of its own ({@code
   * evalscope/benchmarks/ifeval/ifeval_adapter.py}), so without that option evalscope scores as
   * {@link #REFERENCE} does.
   */
  EVALSCOPE("evalscope", "kept the text after the first </think> (remove_until), not stripped") {
    @Override
    public String apply(String response) {
      int end = response.indexOf(THINK_END);
      return end < 0 ? response : response.substring(end + THINK_END.length());
    }
  },
  /**
   * OpenCompass with {@code pred_postprocessor=dict(type=extract_non_reasoning_content)}, as its
   * reasoning models' configurations set it (e.g. {@code
   * opencompass/configs/models/deepseek/hf_deepseek_r1_distill_qwen_7b.py} at a5acc4bb): with a
   * {@code </think>} but no {@code <think>}, {@code text.split('</think>')[-1].strip()}; otherwise
   * {@code re.sub(r'<think>(.*?)</think>', '', text, flags=re.DOTALL).strip()}: every closed trace
   * removed, an unclosed one kept, and the result always stripped ({@code
   * opencompass/utils/text_postprocessors.py}). Its IFEval configuration sets no postprocessor of
   * its own ({@code opencompass/configs/datasets/IFEval/IFEval_gen_353ae7.py}).
   */
  OPENCOMPASS("opencompass", "removed <think>…</think> (or all before a lone </think>) and stripped whitespace") {
    @Override
    public String apply(String response) {
      if (!response.contains(THINK_START) && response.contains(THINK_END)) {
        return Py.strip(response.substring(response.lastIndexOf(THINK_END) + THINK_END.length()));
      }
      return Py.strip(removeClosedTraces(response));
    }
  },
  /**
   * IFBench's own evaluator: the response as given; a prompt without one fails every instruction
   * (allenai/IFBench at db69a6f, {@code evaluation_lib.py}, {@code test_instruction_following_strict}).
   */
  IFBENCH("ifbench", "scored the response as given"),
  /**
   * open-instruct's IFEval reward ({@code IFEvalVerifier}): {@code remove_thinking_section}, i.e.
   * {@code <|assistant|>} removed and the text stripped, the text after the <em>last</em> {@code
   * </think>} kept, {@code <answer>} and {@code </answer>} removed, stripped again; an empty answer
   * scores 0 (allenai/open-instruct at e6c3044a, {@code open_instruct/ground_truth_utils.py}). Its
   * reward is the fraction of instructions followed (strict only); the figures here are IFEval's.
   */
  OPEN_INSTRUCT("open-instruct", "kept the text after the last </think>, removed <answer> tags and <|assistant|>,"
      + " stripped") {
    @Override
    public String apply(String response) {
      String answer = Py.strip(response.replace("<|assistant|>", ""));
      answer = answer.substring(answer.lastIndexOf(THINK_END) < 0 ? 0
          : answer.lastIndexOf(THINK_END) + THINK_END.length());
      return Py.strip(answer.replace("<answer>", "").replace("</answer>", ""));
    }
  },
  /**
   * OLMES, as allenai/olmo-eval's {@code ifeval} task runs it (it states that it mirrors oe-eval's
   * {@code ifeval::hamish_zs_reasoning_deepseek}; {@code src/olmo_eval/evals/tasks/ifeval.py} at
   * 079b006c: {@code answer_extractor = extract_think_answer}). {@code extract_think_answer}
   * ({@code src/olmo_eval/evals/extract/reasoning.py} at 37f0852f) applies three substitutions in
   * turn: {@code re.sub("(?ms).*</think>", "", text)}, everything up to the <em>last</em> {@code
   * </think>} removed; {@code re.sub("(?ms)^\\s*<answer>\\s*", "", answer)}, an {@code <answer>}
   * opening <em>any line</em> removed with the whitespace around it; {@code
   * re.sub("(?ms)</answer>\\s*$", "", answer)}, an {@code </answer>} closing any line removed with
   * the whitespace after it up to that line's end. Nothing else is stripped; an unclosed trace stays.
   */
  OLMES("olmes", "kept the text after the last </think> and removed <answer> at a line's start and </answer> at"
      + " a line's end (extract_think_answer)") {
    @Override
    public String apply(String response) {
      return OlmesAnswer.extract(response);
    }

    /** Its task's {@code primary_metric = IFEvalPromptLooseAccuracy()} ({@code tasks/ifeval.py} at 079b006c). */
    @Override
    public Benchmark.Headline headline() {
      return Benchmark.Headline.PROMPT_LEVEL_LOOSE;
    }
  };

  /**
   * {@code re.sub(r'<think>(.*?)</think>', '', text, flags=re.DOTALL)}: each {@code <think>}, from
   * the left, removed with everything up to the first {@code </think>} after it; once a {@code
   * <think>} has no {@code </think>} after it, no later one has either, so the rest stays.
   */
  static String removeClosedTraces(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    while (true) {
      int start = text.indexOf(THINK_START, from);
      int end = start < 0 ? -1 : text.indexOf(THINK_END, start + THINK_START.length());
      if (end < 0) break;
      out.append(text, from, start);
      from = end + THINK_END.length();
    }
    return out.append(text, from, text.length()).toString();
  }

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

  /**
   * The figure this framework leads with when it differs from the benchmark's own (OLMES: prompt-level
   * loose); null when it reports the benchmark's figures alike.
   */
  public Benchmark.Headline headline() {
    return null;
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
