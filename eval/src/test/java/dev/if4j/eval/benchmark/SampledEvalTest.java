package dev.if4j.eval.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.eval.TestRegistry;
import dev.if4j.text.io.InputProblemException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several responses per prompt: one evaluation per sample, their spread, and pass@k. */
class SampledEvalTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path write(String name, String... lines) throws IOException {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
  }

  private SampledEval sampled() {
    return new SampledEval(new IfEvalBenchmark(TestRegistry.judge(dir), 2, w -> {}));
  }

  private Path data() throws IOException {
    return write("input_data.jsonl",
        "{\"key\": 1, \"prompt\": \"A\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}",
        "{\"key\": 2, \"prompt\": \"B\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}");
  }

  @Test
  void passAtKIsTheUnbiasedEstimator() {
    assertThat(SampledEval.passAtK(4, 0, 1)).isZero();
    assertThat(SampledEval.passAtK(4, 4, 3)).isEqualTo(1.0);
    assertThat(SampledEval.passAtK(4, 1, 1)).isCloseTo(0.25, within(1e-12));
    // 1 - C(3, 2) / C(4, 2) = 1 - 3/6
    assertThat(SampledEval.passAtK(4, 1, 2)).isCloseTo(0.5, within(1e-12));
    // k larger than the failures: some draw always holds a pass
    assertThat(SampledEval.passAtK(4, 2, 3)).isEqualTo(1.0);
  }

  @Test
  void eachSampleIsItsOwnEvaluationAndTheSummaryHoldsTheSpreadAndPassAtK() throws IOException {
    // Prompt A: followed in samples 0 and 2 of 3; prompt B: never.
    Path responses = write("responses.jsonl",
        "{\"key\": 1, \"sample\": 0, \"prompt\": \"A\", \"response\": \"no commas\"}",
        "{\"key\": 1, \"sample\": 1, \"prompt\": \"A\", \"response\": \"a, b\"}",
        "{\"key\": 1, \"sample\": 2, \"prompt\": \"A\", \"response\": \"fine\"}",
        "{\"key\": 2, \"sample\": 0, \"prompt\": \"B\", \"response\": \"x, y\"}",
        "{\"key\": 2, \"sample\": 1, \"prompt\": \"B\", \"response\": \"x, y\"}",
        "{\"key\": 2, \"sample\": 2, \"prompt\": \"B\", \"response\": \"x, y\"}");

    SampledEval.Result r = sampled().run(data(), responses, 3, dir.resolve("out"));

    assertThat(r.perSample()).extracting(s -> s.strict().promptLevel().accuracy()).containsExactly(0.5, 0.0, 0.5);
    for (int s = 0; s < 3; s++) {
      assertThat(dir.resolve("out/sample-" + s + "/" + IfEvalBenchmark.STRICT_RESULTS)).exists();
      assertThat(dir.resolve("out/sample-" + s + "/" + IfEvalBenchmark.SUMMARY)).exists();
    }
    // pass@1 = mean over prompts of c/n = (2/3 + 0) / 2; pass@3 = (1 + 0) / 2.
    assertThat(r.passAtKStrict()).containsOnlyKeys(1, 2, 3);
    assertThat(r.passAtKStrict().get(1)).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(r.passAtKStrict().get(3)).isEqualTo(0.5);

    JsonNode summary = JSON.readTree(dir.resolve("out/" + SampledEval.SUMMARY).toFile());
    assertThat(summary.get("samples").asInt()).isEqualTo(3);
    assertThat(summary.at("/accuracy/prompt_strict/mean").asDouble()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(summary.at("/accuracy/prompt_strict/std").asDouble()).isCloseTo(Math.sqrt(1.0 / 12), within(1e-12));
    assertThat(summary.at("/pass_at_k/strict/3").asDouble()).isEqualTo(0.5);
    assertThat(summary.at("/stamp/registry").asText()).isNotBlank();
    assertThat(r.table()).contains("2 prompts x 3 samples").contains("pass@k");
  }

  @Test
  void aLineWithoutItsSampleIsBadInputNamingTheLineAndField() throws IOException {
    Path responses = write("responses.jsonl",
        "{\"key\": 1, \"sample\": 0, \"prompt\": \"A\", \"response\": \"x\"}",
        "{\"key\": 1, \"prompt\": \"A\", \"response\": \"y\"}");
    assertThatThrownBy(() -> sampled().run(data(), responses, 2, dir.resolve("out")))
        .isInstanceOf(InputProblemException.class)
        .hasMessageContaining("responses.jsonl:2: field 'sample': missing");

    Path outOfRange = write("range.jsonl", "{\"key\": 1, \"sample\": 2, \"prompt\": \"A\", \"response\": \"x\"}");
    assertThatThrownBy(() -> sampled().run(data(), outOfRange, 2, dir.resolve("out2")))
        .hasMessageContaining("range.jsonl:1: field 'sample': 2 is outside 0..1");
  }
}
