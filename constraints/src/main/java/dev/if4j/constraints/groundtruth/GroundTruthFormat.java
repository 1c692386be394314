package dev.if4j.constraints.groundtruth;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where a row keeps its ground truth, and how it is written. Each format is recognised by one
 * field (its {@linkplain #decidingField() deciding field}); {@link GroundTruthParser#detect} says
 * which formats a row's fields point to.
 */
public enum GroundTruthFormat {
  /**
   * Google's IFEval jsonl, Hugging Face {@code google/IFEval} (every argument key present, unused
   * ones {@code null}), IFBench's jsonl, and verl exports that keep these two columns at the top:
   * {@code "instruction_id_list": [...], "kwargs": [{...}, ...]}.
   */
  IFEVAL("ifeval", "instruction_id_list",
      "top-level \"instruction_id_list\" and \"kwargs\" (IFEval, google/IFEval, IFBench)"),
  /**
   * verl parquet rows exported to jsonl: {@code "reward_model": {"ground_truth": G}} where G is an
   * object or a JSON string of one: {@code {"instruction_id_list", "kwargs"}}, or VerIF's {@code
   * {"checkers", "functions"}}, or RLVR-IFeval's {@code {"func_name", ...}}.
   */
  VERL("verl", "reward_model.ground_truth",
      "\"reward_model\": {\"ground_truth\": {\"instruction_id_list\", \"kwargs\"}} (object or JSON string)"),
  /**
   * open-instruct's {@code IF_multi_constraints_upto*}: {@code "ground_truth"} is {@code str()} of a
   * Python list whose first element is {@code {'instruction_id': [...], 'kwargs': [...]}} (or a JSON
   * string of it), read as open-instruct's {@code IFEvalVerifier} reads it.
   */
  OPEN_INSTRUCT("open-instruct", "ground_truth",
      "\"ground_truth\": a Python-literal list \"[{'instruction_id': [...], 'kwargs': [...]}]\""),
  /**
   * open-instruct's {@code RLVR-IFeval}: {@code "ground_truth"} is a JSON object (or a JSON string
   * of one) {@code {"func_name": "validate_lowercase", ...arguments}} naming one function of
   * open-instruct's {@code if_functions.py}.
   */
  RLVR_IFEVAL("rlvr-ifeval", "ground_truth",
      "\"ground_truth\": a JSON object (or JSON string) with \"func_name\""),
  /**
   * VerIF's VerInstruct: {@code "checkers": ["[rule] ...", "[llm] ..."]} and {@code "functions":
   * ["python source", ...]}, one function per checker.
   */
  VERINSTRUCT("verinstruct", "checkers", "top-level \"checkers\" and \"functions\" (VerInstruct)");

  private final String cliName;
  private final String decidingField;
  private final String shape;

  GroundTruthFormat(String cliName, String decidingField, String shape) {
    this.cliName = cliName;
    this.decidingField = decidingField;
    this.shape = shape;
  }

  /** The name {@code --format} takes: {@code ifeval}, {@code verl}, {@code open-instruct}... */
  public String cliName() {
    return cliName;
  }

  /** The field whose presence points to this format ({@code reward_model.ground_truth}: nested). */
  public String decidingField() {
    return decidingField;
  }

  /** What a row of this format looks like, for messages. */
  public String shape() {
    return shape;
  }

  /** The format {@code --format NAME} names (any case); an unknown name lists the known ones. */
  public static GroundTruthFormat byName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (GroundTruthFormat f : values()) {
      if (f.cliName.equals(n)) return f;
    }
    throw new IllegalArgumentException("unknown ground-truth format '" + name + "'; known: auto, " + String.join(", ", names()));
  }

  /** The names, in declaration order. */
  public static List<String> names() {
    return Arrays.stream(values()).map(GroundTruthFormat::cliName).collect(Collectors.toList());
  }

  @Override
  public String toString() {
    return cliName;
  }
}
