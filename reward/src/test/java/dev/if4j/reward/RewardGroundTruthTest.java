package dev.if4j.reward;

import static dev.if4j.reward.RewardTesting.fieldAndProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.groundtruth.AnswerExtraction;
import dev.if4j.text.io.InputProblemException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RewardGroundTruthTest {
  @Test
  void decodesAnObjectAndDropsNullArguments() {
    Map<String, Object> kw = new LinkedHashMap<>();
    kw.put("relation", "at least");
    kw.put("num_words", 300L);
    kw.put("num_bullets", null);
    RewardGroundTruth gt = RewardGroundTruth.decode(Map.of(
        "instruction_id_list", List.of("punctuation:no_comma", "length_constraints:number_words"),
        "kwargs", List.of(Map.of(), kw)));
    assertThat(gt.instructionIds()).containsExactly("punctuation:no_comma", "length_constraints:number_words");
    assertThat(gt.kwargs().get(1).asMap()).containsOnlyKeys("relation", "num_words");
    assertThat(gt.kwargs().get(1).integer("num_words")).isEqualTo(300L);
  }

  @Test
  void decodesAJsonStringAndATwiceEncodedOne() {
    String json = "{\"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [null]}";
    assertThat(RewardGroundTruth.decode(json).instructionIds()).containsExactly("punctuation:no_comma");
    String twice = "\"" + json.replace("\"", "\\\"") + "\"";
    assertThat(RewardGroundTruth.decode(twice).kwargs().get(0).asMap()).isEmpty();
  }

  @Test
  void isLenientWithAbsentKwargsNullEntriesAndEntriesAsJsonStrings() {
    assertThat(RewardGroundTruth.decode(Map.of("instruction_id_list", List.of("a:b"))).kwargs().get(0).asMap()).isEmpty();
    RewardGroundTruth gt = RewardGroundTruth.decode(Map.of("instruction_id_list", List.of("x:y", "z:w"),
        "kwargs", Arrays.asList("{\"n\": 3, \"m\": null}", null)));
    assertThat(gt.kwargs().get(0).asMap()).isEqualTo(Map.of("n", 3L));
    assertThat(gt.kwargs().get(1).asMap()).isEmpty();
    assertThat(gt.extraction()).isEqualTo(AnswerExtraction.NONE);
  }

  @Test
  void unwrapsVerlsRewardModelObjectOnce() {
    Map<String, Object> inner = Map.of("instruction_id_list", List.of("punctuation:no_comma"), "kwargs", List.of(Map.of()));
    assertThat(RewardGroundTruth.decode(Map.of("style", "rule", "ground_truth", inner)).instructionIds())
        .containsExactly("punctuation:no_comma");
    String text = "{\"style\": \"rule\", \"ground_truth\": \"[{'instruction_id': ['detectable_format:title'],"
        + " 'kwargs': [None]}]\"}";
    RewardGroundTruth literal = RewardGroundTruth.decode(text);
    assertThat(literal.instructionIds()).containsExactly("detectable_format:title");
    assertThat(literal.extraction()).isEqualTo(AnswerExtraction.OPEN_INSTRUCT);
    assertThatThrownBy(() -> RewardGroundTruth.decode(Map.of("ground_truth", Map.of("ground_truth", inner))))
        .isInstanceOf(InputProblemException.class)
        .satisfies(e -> assertThat(((InputProblemException) e).field()).isEqualTo("ground_truth"))
        .satisfies(e -> assertThat(fieldAndProblem(e)).contains("found keys [ground_truth]"));
  }

  @Test
  void readsOpenInstructsPythonLiteralListAndItsElementAlone() {
    String literal = "[{'instruction_id': ['punctuation:no_comma', 'detectable_format:title'], 'kwargs': [None, {'x': None}]}]";
    RewardGroundTruth gt = RewardGroundTruth.decode(literal);
    assertThat(gt.instructionIds()).containsExactly("punctuation:no_comma", "detectable_format:title");
    assertThat(gt.kwargs().get(1).asMap()).isEmpty();
    assertThat(gt.extraction()).isEqualTo(AnswerExtraction.OPEN_INSTRUCT);
    Map<String, Object> element = Map.of("instruction_id", List.of("punctuation:no_comma"), "kwargs", List.of(Map.of()));
    assertThat(RewardGroundTruth.decode(List.of(element)).instructionIds()).containsExactly("punctuation:no_comma");
    assertThat(RewardGroundTruth.decode(element).extraction()).isEqualTo(AnswerExtraction.OPEN_INSTRUCT);
  }

  @Test
  void openInstructProblemsNameTheFieldInsideTheList() {
    assertThatThrownBy(() -> RewardGroundTruth.decode("[{'instruction_id': ['a:b', 'c:d'], 'kwargs': [{}]}]"))
        .isInstanceOf(InputProblemException.class)
        .satisfies(e -> assertThat(((InputProblemException) e).field()).isEqualTo("[0].kwargs"))
        .satisfies(e -> assertThat(fieldAndProblem(e)).contains("1 entry but instruction_id has 2"))
        .satisfies(e -> assertThat(fieldAndProblem(e)).contains("(open-instruct format)"));
    assertThatThrownBy(() -> RewardGroundTruth.decode("[1, 2"))
        .satisfies(e -> assertThat(fieldAndProblem(e)).contains("not a Python literal"));
  }

  @Test
  void functionCallsAreNotJudgedHere() {
    assertThatThrownBy(() -> RewardGroundTruth.decode("{\"func_name\": \"validate_lowercase\"}"))
        .isInstanceOf(InputProblemException.class)
        .satisfies(e -> assertThat(fieldAndProblem(e)).startsWith("func_name: RLVR-IFeval function calls are not judged"));
  }

  @Test
  void verinstructCheckersAndSoftConstraintsAreHybrid() {
    RewardGroundTruth ch = RewardGroundTruth.decode("{\"checkers\": [\"[rule] Answer with at least 3 words.\","
        + " \"[llm] Be polite.\", \"note\"], \"functions\": [\"def check_following(i, r):\\n    return True\", \"\", \"\"]}");
    assertThat(ch.isCheckers()).isTrue();
    assertThat(ch.isHybrid()).isTrue();
    assertThat(ch.size()).isEqualTo(1);
    assertThat(ch.judgeConstraints()).containsExactly("[llm] Be polite.");
    assertThat(ch.extraction()).isEqualTo(AnswerExtraction.VERIF);

    RewardGroundTruth soft = RewardGroundTruth.decode(Map.of("instruction_id_list", List.of("punctuation:no_comma"),
        "kwargs", List.of(Map.of()), "soft_constraints", List.of("Be polite.")));
    assertThat(soft.isHybrid()).isTrue();
    assertThat(soft.isCheckers()).isFalse();
    assertThat(soft.judgeConstraints()).containsExactly("Be polite.");
    RewardGroundTruth onlySoft = RewardGroundTruth.decode(Map.of("instruction_id_list", List.of(),
        "kwargs", List.of(), "soft_constraints", List.of("Be polite.")));
    assertThat(onlySoft.size()).isZero();

    assertThatThrownBy(() -> RewardGroundTruth.decode(Map.of("instruction_id_list", List.of("punctuation:no_comma"),
        "kwargs", List.of(Map.of()), "soft_constraints", List.of(1L))))
        .isInstanceOf(InputProblemException.class)
        .satisfies(e -> assertThat(fieldAndProblem(e)).startsWith("soft_constraints[0]: expected a string"));
    assertThatThrownBy(() -> RewardGroundTruth.decode(Map.of("checkers", List.of("[llm] a"), "functions", List.of())))
        .satisfies(e -> assertThat(fieldAndProblem(e)).contains("functions"));
  }

  @Test
  void namesTheFieldOfEveryProblem() {
    assertThatThrownBy(() -> RewardGroundTruth.decode(Map.of("instruction_id_list", List.of("a:b", "c:d"),
        "kwargs", List.of(Map.of()))))
        .isInstanceOf(InputProblemException.class)
        .satisfies(e -> assertThat(fieldAndProblem(e)).isEqualTo("kwargs: 1 entry but instruction_id_list has 2"));
    assertThatThrownBy(() -> RewardGroundTruth.decode(Map.of("instruction_id_list", List.of())))
        .satisfies(e -> assertThat(fieldAndProblem(e)).contains("instruction_id_list: is empty"));
    assertThatThrownBy(() -> RewardGroundTruth.decode(Map.of("instruction_id_list", List.of("a:b", 7L))))
        .satisfies(e -> assertThat(fieldAndProblem(e)).isEqualTo("instruction_id_list[1]: expected a string, got a number (7)"));
    assertThatThrownBy(() -> RewardGroundTruth.decode(Map.of("instruction_id_list", List.of("a:b"),
        "kwargs", List.of(List.of()))))
        .satisfies(e -> assertThat(fieldAndProblem(e)).isEqualTo("kwargs[0]: expected an object, got an array"));
    assertThatThrownBy(() -> RewardGroundTruth.decode(Map.of("kwargs", List.of())))
        .satisfies(e -> assertThat(fieldAndProblem(e)).isEqualTo("expected instruction_id_list and kwargs; found keys [kwargs]"));
    assertThatThrownBy(() -> RewardGroundTruth.decode("{not json"))
        .satisfies(e -> assertThat(fieldAndProblem(e)).startsWith("a string that is not valid JSON"));
    assertThatThrownBy(() -> RewardGroundTruth.decode(42L))
        .satisfies(e -> assertThat(fieldAndProblem(e)).contains("expected an object with instruction_id_list and kwargs"));
    assertThatThrownBy(() -> RewardGroundTruth.decode(Map.of("instruction_id_list", List.of("a:b"), "kwargs", "{}")))
        .satisfies(e -> assertThat(fieldAndProblem(e)).isEqualTo("kwargs: expected an array of objects, got a string"));
    assertThatThrownBy(() -> RewardGroundTruth.decode(null)).hasMessageContaining("got null");
  }

  @Test
  void weightsComeAsAnAlignedArrayOrByInstructionId() {
    RewardGroundTruth gt = RewardTesting.gt("a:b", Map.of(), "c:d", Map.of());
    assertThat(RewardSample.decodeWeights(List.of(2L, 0.5), gt)).containsExactly(2.0, 0.5);
    assertThat(RewardSample.decodeWeights(Map.of("c:d", 3L), gt)).containsExactly(1.0, 3.0);
    assertThat(RewardSample.decodeWeights(null, gt)).isNull();
    assertThatThrownBy(() -> RewardSample.decodeWeights(List.of(1L), gt))
        .satisfies(e -> assertThat(fieldAndProblem(e)).isEqualTo("1 weights but the ground truth has 2 instructions"));
    assertThatThrownBy(() -> RewardSample.decodeWeights(Map.of("e:f", 1L), gt))
        .isInstanceOfSatisfying(InputProblemException.class, e -> assertThat(e.field() + ": " + e.problem())
            .startsWith("e:f: not an instruction of this sample's ground truth"));
    assertThatThrownBy(() -> RewardSample.decodeWeights(Arrays.asList(1L, "x"), gt))
        .isInstanceOfSatisfying(InputProblemException.class, e -> assertThat(e.field() + ": " + e.problem())
            .isEqualTo("[1]: expected a finite number, got a string"));
  }
}
