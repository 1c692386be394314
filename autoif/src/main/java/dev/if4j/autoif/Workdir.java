package dev.if4j.autoif;

import java.nio.file.Path;
import java.util.Objects;

/**
 * AutoIF's working directory: the names of every step's inputs and outputs in one place (AutoIF's
 * own names, so that its scripts and ours read each other's files; docs/autoif.md lists them).
 */
public record Workdir(Path dir) {
  public static final String SEEDS = "seed_instruction.txt";
  public static final String AUGMENT_GEN = "augment_instructions.gen.jsonl";
  public static final String AUGMENTED = "augment_instructions.txt";
  public static final String FUNCS_GEN = "eval_func_rft.gen.jsonl";
  public static final String FUNCS = "eval_func_rft.jsonl";
  public static final String CROSS = "cross_validation.jsonl";
  public static final String CROSS_DROPPED = "cross_validation.dropped.jsonl";
  public static final String BACK_GEN = "back_trans.gen.jsonl";
  public static final String BACK = "back_trans.jsonl";
  public static final String NLI_GEN = "back_trans_nli.gen.jsonl";
  public static final String BACK_FILTER = "back_trans_filter.jsonl";
  public static final String QUERY_SAMPLED = "query_sampled.jsonl";
  public static final String RESPONSES_GEN = "query_rft.gen.jsonl";
  public static final String RESPONSES = "query_rft.jsonl";
  public static final String VERIFIED = "query_wo_score.jsonl";
  public static final String EVAL_SCORES = "eval_score_results.jsonl";
  public static final String SCORE_GEN = "query_rft_score.gen.jsonl";
  public static final String SCORED = "query_rft_score.jsonl";
  public static final String SCORE_FILTER = "query_score_filter.jsonl";
  public static final String SFT = "IF_sft_data.json";
  public static final String DPO_PAIRS = "dpo_pairs.jsonl";
  public static final String DPO = "IF_dpo_data.json";
  public static final String DATASET_INFO = "dataset_info.json";

  public Workdir {
    Objects.requireNonNull(dir);
  }

  /** The file of the pipeline called {@code name} (one of the constants above). */
  public Path file(String name) {
    return dir.resolve(name);
  }
}
