package dev.if4j.constraints.groundtruth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.groundtruth.GroundTruth.Kind;
import dev.if4j.text.io.InputProblemException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroundTruthParserTest {
  private static Map<String, Object> row(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }

  private static final Map<String, Object> IFEVAL_PAYLOAD =
      row("instruction_id_list", List.of("punctuation:no_comma"), "kwargs", List.of(Map.of()));

  @Test
  void detectionFollowsTheDecidingFieldOnly() {
    assertThat(GroundTruthParser.detect(IFEVAL_PAYLOAD)).isEqualTo(GroundTruthFormat.IFEVAL);
    assertThat(GroundTruthParser.detect(row("reward_model", row("ground_truth", IFEVAL_PAYLOAD))))
        .isEqualTo(GroundTruthFormat.VERL);
    assertThat(GroundTruthParser.detect(row("ground_truth", "  [{'instruction_id': [], 'kwargs': []}]")))
        .isEqualTo(GroundTruthFormat.OPEN_INSTRUCT);
    assertThat(GroundTruthParser.detect(row("ground_truth", List.of()))).isEqualTo(GroundTruthFormat.OPEN_INSTRUCT);
    assertThat(GroundTruthParser.detect(row("ground_truth", "{\"func_name\": \"validate_lowercase\"}")))
        .isEqualTo(GroundTruthFormat.RLVR_IFEVAL);
    assertThat(GroundTruthParser.detect(row("ground_truth", row("func_name", "x")))).isEqualTo(GroundTruthFormat.RLVR_IFEVAL);
    assertThat(GroundTruthParser.detect(row("checkers", List.of(), "functions", List.of())))
        .isEqualTo(GroundTruthFormat.VERINSTRUCT);

    // A reward_model without ground_truth (verl exports of IFEval rows) is no verl ground truth.
    Map<String, Object> both = new HashMap<>(IFEVAL_PAYLOAD);
    both.put("reward_model", row("style", "rule"));
    assertThat(GroundTruthParser.detect(both)).isEqualTo(GroundTruthFormat.IFEVAL);
    // A null field points nowhere.
    assertThat(GroundTruthParser.candidates(row("instruction_id_list", null, "checkers", null))).isEmpty();
  }

  @Test
  void noneOrSeveralFormatsIsAnErrorNamingThem() {
    assertThatThrownBy(() -> GroundTruthParser.detect(row("response", "x")))
        .isInstanceOf(InputProblemException.class)
        .hasMessageStartingWith("no ground truth found; formats tried: ifeval (")
        .hasMessageContaining("; verl (").hasMessageContaining("; open-instruct (")
        .hasMessageContaining("; rlvr-ifeval (").hasMessageContaining("; verinstruct (");
    Map<String, Object> two = new HashMap<>(IFEVAL_PAYLOAD);
    two.put("checkers", List.of());
    assertThatThrownBy(() -> GroundTruthParser.detect(two))
        .hasMessage("ambiguous ground truth: the row has 'instruction_id_list' (ifeval) and 'checkers' (verinstruct);"
            + " choose the format explicitly (--format ifeval|verl|open-instruct|rlvr-ifeval|verinstruct)");
  }

  @Test
  void openInstructIsReadAsItsVerifierReadsIt() {
    GroundTruth gt = GroundTruthParser.parse(row("ground_truth",
        "[{'instruction_id': ['a:b', 'c:d'], 'kwargs': [None, {'n': 2, 'flag': True, 'x': None}]}, 'ignored']"), null);
    GroundTruth.Instructions in = (GroundTruth.Instructions) gt;
    assertThat(in.format()).isEqualTo(GroundTruthFormat.OPEN_INSTRUCT);
    assertThat(in.ids()).containsExactly("a:b", "c:d");
    assertThat(in.args().get(0).asMap()).isEmpty();
    assertThat(in.args().get(1).asMap()).isEqualTo(Map.of("n", 2L, "flag", true));
    assertThat(in.args().get(1).instructionId()).isEqualTo("c:d");
    assertThat(in.extraction()).isEqualTo(AnswerExtraction.OPEN_INSTRUCT);

    assertThatThrownBy(() -> GroundTruthParser.parse(row("ground_truth", "[{'instruction_id': ['a:b'], 'kwargs': [{}]}"), null))
        .hasMessage("field 'ground_truth': not a Python literal: at position 0 ('['): '[' was never closed (open-instruct format)");
    assertThatThrownBy(() -> GroundTruthParser.parse(row("ground_truth", "({'instruction_id': 5, 'kwargs': []},)"), null))
        .hasMessage("field 'ground_truth[0].instruction_id': expected an array of strings, got a number (5) (open-instruct format)");
    assertThatThrownBy(() -> GroundTruthParser.parse(row("ground_truth", "['not json']"), null))
        .hasMessageStartingWith("field 'ground_truth[0]': a string that is not JSON: malformed JSON at column 4: Unrecognized token 'not'");
    assertThatThrownBy(() -> GroundTruthParser.parse(row("ground_truth", "{'instruction_id': []}"), GroundTruthFormat.OPEN_INSTRUCT))
        .hasMessage("field 'ground_truth': expected a list (open-instruct reads its element 0), got a dict (open-instruct format)");
  }

  @Test
  void rlvrArgumentsDropNullsAndKeepTheJsonForTheFunctionJudge() {
    String json = "{\"func_name\": \"validate_word_constraint\", \"N\": 17, \"quantifier\": \"at least\", \"word\": null}";
    GroundTruth.FunctionCall call = (GroundTruth.FunctionCall) GroundTruthParser.parse(row("ground_truth", json), null);
    assertThat(call.funcName()).isEqualTo("validate_word_constraint");
    assertThat(call.args()).isEqualTo(Map.of("N", 17L, "quantifier", "at least"));
    assertThat(call.json()).isEqualTo(json);

    GroundTruth.FunctionCall fromObject = (GroundTruth.FunctionCall) GroundTruthParser.parse(
        row("ground_truth", row("func_name", "validate_lowercase", "N", null)), null);
    assertThat(fromObject.json()).isEqualTo("{\"func_name\":\"validate_lowercase\",\"N\":null}");
  }

  @Test
  void verinstructCheckersAreSortedByTheirTag() {
    GroundTruth.Checkers c = (GroundTruth.Checkers) GroundTruthParser.parse(row(
        "checkers", List.of("[rule] Answer with at least 3 words.", " [llm] Be kind. ", "[rule] also [llm]", "Plain_Name"),
        "functions", List.of("f0", "f1", "f2", "f3")), null);
    assertThat(c.checkers()).extracting(GroundTruth.Checker::kind)
        .containsExactly(Kind.RULE, Kind.LLM, Kind.LLM, Kind.UNTAGGED);
    assertThat(c.checkers()).extracting(GroundTruth.Checker::text)
        .containsExactly("Answer with at least 3 words.", "Be kind.", "[rule] also", "Plain_Name");
    assertThat(c.checkers().get(2).function()).isEqualTo("f2");
    assertThat(c.extraction()).isEqualTo(AnswerExtraction.VERIF);
  }

  @Test
  void thePromptIsAStringOrTheLastUserMessageOfAChat() {
    assertThat(GroundTruthParser.prompt(row("prompt", "P", "messages", "M"))).isEqualTo("P");
    assertThat(GroundTruthParser.prompt(row("messages", List.of(
        row("role", "user", "content", "first"), row("role", "assistant", "content", "reply"),
        row("role", "user", "content", "second"), row("role", "assistant", "content", "")))))
        .isEqualTo("second");
    assertThat(GroundTruthParser.prompt(row("id", 1))).isNull();
    List<Object> parts = new ArrayList<>();
    parts.add(row("role", "user", "content", List.of(row("type", "text"))));
    assertThatThrownBy(() -> GroundTruthParser.prompt(row("prompt", parts)))
        .hasMessage("field 'prompt[0].content': expected a string, got an array");
    assertThatThrownBy(() -> GroundTruthParser.prompt(row("prompt", 3)))
        .hasMessageStartingWith("field 'prompt': expected a string or a chat");
  }

  @Test
  void formatsAreNamedAsTheCommandLineNamesThem() {
    assertThat(GroundTruthFormat.byName("Open-Instruct")).isEqualTo(GroundTruthFormat.OPEN_INSTRUCT);
    assertThat(GroundTruthFormat.names()).containsExactly("ifeval", "verl", "open-instruct", "rlvr-ifeval", "verinstruct");
    assertThatThrownBy(() -> GroundTruthFormat.byName("jsonl"))
        .hasMessage("unknown ground-truth format 'jsonl'; known: auto, ifeval, verl, open-instruct, rlvr-ifeval, verinstruct");
  }

  @Test
  void answersAreCutAsEachVerifierCutsThem() {
    String out = "<|assistant|>  <think>a, b</think> x <think>c</think>\n<answer> The answer. </answer>\n";
    assertThat(AnswerExtraction.NONE.apply(out)).isEqualTo(out);
    assertThat(AnswerExtraction.OPEN_INSTRUCT.apply(out)).isEqualTo("The answer.");
    assertThat(AnswerExtraction.VERIF.apply(out)).isEqualTo("<answer> The answer. </answer>");
    assertThat(AnswerExtraction.OPEN_INSTRUCT.apply("no thinking at all ")).isEqualTo("no thinking at all");
    assertThat(AnswerExtraction.VERIF.apply("<think>only</think>\u3000")).isEmpty();
  }

  @Test
  void softConstraintsAreAnOptionalListOfStringsNextToTheInstructions() {
    var plain = (GroundTruth.Instructions) GroundTruthParser.parse(IFEVAL_PAYLOAD, null);
    assertThat(plain.hasSoftConstraints()).isFalse();

    Map<String, Object> hybrid = new LinkedHashMap<>(IFEVAL_PAYLOAD);
    hybrid.put("soft_constraints", List.of("Write in a formal tone.", "Use a metaphor."));
    var parsed = (GroundTruth.Instructions) GroundTruthParser.parse(hybrid, null);
    assertThat(parsed.softConstraints()).containsExactly("Write in a formal tone.", "Use a metaphor.");

    Map<String, Object> empty = new LinkedHashMap<>(IFEVAL_PAYLOAD);
    empty.put("soft_constraints", List.of());
    assertThat(((GroundTruth.Instructions) GroundTruthParser.parse(empty, null)).hasSoftConstraints()).isTrue();

    var verl = (GroundTruth.Instructions) GroundTruthParser.parse(row("reward_model", Map.of("ground_truth",
        "{\"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}], \"soft_constraints\": [\"Be kind.\"]}")), null);
    assertThat(verl.softConstraints()).containsExactly("Be kind.");
  }

  @Test
  void softConstraintsThatAreNotStringsAreAnErrorNamingTheField() {
    Map<String, Object> bad = new LinkedHashMap<>(IFEVAL_PAYLOAD);
    bad.put("soft_constraints", List.of("ok", 3L));
    assertThatThrownBy(() -> GroundTruthParser.parse(bad, null))
        .isInstanceOf(InputProblemException.class)
        .satisfies(e -> assertThat(((InputProblemException) e).field()).isEqualTo("soft_constraints[1]"));
    Map<String, Object> notList = new LinkedHashMap<>(IFEVAL_PAYLOAD);
    notList.put("soft_constraints", "Be kind.");
    assertThatThrownBy(() -> GroundTruthParser.parse(notList, null))
        .satisfies(e -> assertThat(((InputProblemException) e).field()).isEqualTo("soft_constraints"))
        .hasMessageContaining("expected an array of strings");
  }
}
