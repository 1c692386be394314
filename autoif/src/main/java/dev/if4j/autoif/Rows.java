package dev.if4j.autoif;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The rows the steps write from scratch, as records, turned into JSON by the pipeline's one mapper
 * ({@link Jsonl#JSON}); field names and order are AutoIF's. Rows that extend an input row (the
 * back-translation, the sampled queries, the responses, the scores) stay copies of that row, so
 * that fields we do not know pass through.
 */
final class Rows {
  private Rows() {}

  static ObjectNode node(Record row) {
    return Jsonl.JSON.valueToTree(row);
  }

  static List<ObjectNode> nodes(List<? extends Record> rows) {
    return rows.stream().map(Rows::node).toList();
  }

  /** {@code eval_func_rft.jsonl}: the function-writing answers of one instruction. */
  record FuncsRow(String prompt, String instruction, @JsonProperty("gpt-answer") List<String> gptAnswer,
      List<ParsedAnswer> parsed) {}

  /** One answer read as {@code {"func", "cases"}}, or {@code {"error"}}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ParsedAnswer(String func, List<CaseRow> cases, String error) {
    static ParsedAnswer of(Parsing.FuncAnswer answer) {
      if (!answer.ok()) return new ParsedAnswer(null, null, answer.error());
      return new ParsedAnswer(answer.func(), answer.cases().stream().map(c -> new CaseRow(c.input(), c.output())).toList(),
          null);
    }
  }

  record CaseRow(String input, JsonNode output) {}

  /** {@code cross_validation.jsonl}: a kept instruction, its accurate functions and its cases. */
  record CrossValidatedRow(String instruction, @JsonProperty("eval_func") List<ScoredFunction> evalFunc,
      List<CasePair> cases) {}

  /** {@code [func, accuracy]}. */
  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
  @JsonPropertyOrder({"func", "accuracy"})
  record ScoredFunction(String func, double accuracy) {}

  /** {@code [input, output]}. */
  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
  @JsonPropertyOrder({"input", "output"})
  record CasePair(String input, JsonNode output) {}

  /** {@code cross_validation.dropped.jsonl}: a dropped instruction and why. */
  record DroppedRow(String instruction, String reason, int functions, int cases) {}

  /** {@code query_wo_score.jsonl}: a response that passes at least one function. */
  record VerifiedRow(String instruction, String query, String response, double accuracy) {}

  /** {@code eval_score_results.jsonl}: every response of a prompt with its accuracy (AutoIF's DPO input). */
  record EvalScoresRow(String query, String instruction, String prompt, List<ScoredResponse> response) {}

  /** {@code [text, accuracy]}. */
  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
  @JsonPropertyOrder({"text", "accuracy"})
  record ScoredResponse(String text, double accuracy) {}

  /** {@code IF_sft_data.json}: LLaMA-Factory's alpaca format. */
  record SftRow(String instruction, String input, String output, List<String> history) {}

  /** {@code dpo_pairs.jsonl}: AutoIF's shape. */
  record DpoPairRow(String instruction, String positive, String negative) {}

  /** {@code IF_dpo_data.json}: LLaMA-Factory's ranking format. */
  record DpoRow(String instruction, String input, String chosen, String rejected) {}
}
