package dev.if4j.eval.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.Registries;
import dev.if4j.eval.check.RowJudge;
import dev.if4j.text.TextTools;
import dev.if4j.text.resources.ResourceStore;
import dev.if4j.text.resources.Upstream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code eval --benchmark ifbench@VERSION} on IFBench's sample responses gives the figures each
 * upstream version gives (shared README's version map): on the July 2025 test file (294 prompts, the
 * one the 2025 and January 2026 versions ran) and on today's 300 (7 prompts without a response
 * counted as failures).
 */
class BenchmarkVersionEvalTest {
  private static final Path SHARED = Path.of(System.getProperty("if4j.shared")).normalize();
  private static final Path RESPONSES = SHARED.resolve("datasets/ifbench/sample_output.jsonl");
  private static final Path DATA_300 = SHARED.resolve("datasets/ifbench/IFBench_test.jsonl");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} on the {1}-prompt file")
  @CsvSource({
      "ifbench@8a66c06, 294, 0.2619, 0.2776, 0.2993, 0.3254",
      "ifbench@2025-07-paper, 300, 0.2567, 0.2703, 0.2900, 0.3140",
      "ifbench@c62b347, 294, 0.2619, 0.2776, 0.2993, 0.3254",
      "ifbench@leaderboard-2025-11, 300, 0.2567, 0.2703, 0.2900, 0.3140",
      "ifbench@8e6a9be, 294, 0.2585, 0.2746, 0.2959, 0.3224",
      "ifbench@8e6a9be, 300, 0.2533, 0.2674, 0.2867, 0.3110",
      "ifbench, 300, 0.2533, 0.2674, 0.2867, 0.3110",
  })
  void theSampleResponsesScoreAsThatVersionScoresThem(String benchmark, int prompts, String promptStrict,
      String instructionStrict, String promptLoose, String instructionLoose) throws IOException {
    BenchmarkVersion version = BenchmarkVersion.parse(benchmark);
    Path data = prompts == 294 ? july2025Prompts() : DATA_300;
    RowJudge judge = new RowJudge(new Evaluator(Registries.byName(version.registry()),
        new TextTools(ResourceStore.offline(SHARED.resolve("resources")))));
    List<String> warnings = new ArrayList<>();
    IfEvalBenchmark.Result r = new IfEvalBenchmark(version.benchmark(), judge, 2, warnings::add)
        .run(data, RESPONSES, dir.resolve("out"));

    assertThat(r.prompts()).isEqualTo(prompts);
    assertThat(round4(r.strict().promptLevel().accuracy())).isEqualTo(promptStrict);
    assertThat(round4(r.strict().instructionLevel().accuracy())).isEqualTo(instructionStrict);
    assertThat(round4(r.loose().promptLevel().accuracy())).isEqualTo(promptLoose);
    assertThat(round4(r.loose().instructionLevel().accuracy())).isEqualTo(instructionLoose);
    assertThat(r.headline()).isSameAs(r.loose().promptLevel());
    assertThat(r.unmatched()).hasSize(prompts == 294 ? 0 : 7);
    JsonNode stamp = JSON.readTree(dir.resolve("out/summary.json").toFile()).get("stamp");
    assertThat(stamp.get("registry").asText()).isEqualTo(version.registry());
    assertThat(stamp.get("upstream").get(0).asText()).startsWith(
        version.version().map(v -> v.name()).orElse("ifbench@db69a6f"));
  }

  @Test
  void eachVersionRunsThePromptFileOfItsTime() {
    assertThat(BenchmarkVersion.parse("ifbench@2025-07-paper").defaultInputData())
        .isEqualTo(Upstream.IFBENCH_2025_INPUT_DATA);
    assertThat(BenchmarkVersion.parse("ifbench@8e6a9be").defaultInputData())
        .isEqualTo(Upstream.IFBENCH_2025_INPUT_DATA);
    assertThat(BenchmarkVersion.parse("ifbench@0.2.0").defaultInputData()).isEqualTo(Upstream.IFBENCH_INPUT_DATA);
    assertThat(BenchmarkVersion.parse("ifbench").defaultInputData()).isEqualTo(Upstream.IFBENCH_INPUT_DATA);
    assertThat(BenchmarkVersion.parse("ifbench@8a66c06").registry()).isEqualTo("ifbench@8a66c06");
    assertThat(BenchmarkVersion.parse("ifbench@0.2.0").registry()).isEqualTo("ifbench");
    assertThat(BenchmarkVersion.parse("ifeval@45e9105").registry()).isEqualTo("ifeval@45e9105");
    assertThat(BenchmarkVersion.parse("ifbench@8a66c06").evaluatorAborts()).contains("KeyError");
    assertThat(BenchmarkVersion.parse("ifbench").evaluatorAborts()).isNull();
  }

  /**
   * The July 2025 test file (data/IFBench_test.jsonl at 8a66c06) as the shared goldens hold it:
   * the prompt rows of {@code sample294.golden.jsonl}.
   */
  private Path july2025Prompts() throws IOException {
    List<String> rows = new ArrayList<>();
    for (String line : Files.readAllLines(SHARED.resolve("parity/versions/ifbench@8a66c06/sample294.golden.jsonl"))) {
      JsonNode g = JSON.readTree(line);
      ObjectNode row = JSON.createObjectNode();
      row.put("key", g.get("key").asText());
      row.set("prompt", g.get("prompt"));
      row.set("instruction_id_list", g.get("instruction_id_list"));
      row.set("kwargs", g.get("kwargs"));
      rows.add(JSON.writeValueAsString(row));
    }
    Path file = dir.resolve("IFBench_test-2025-07.jsonl");
    Files.write(file, rows);
    return file;
  }

  private static String round4(double d) {
    return String.format(Locale.ROOT, "%.4f", d);
  }
}
