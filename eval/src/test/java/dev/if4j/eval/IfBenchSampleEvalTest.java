package dev.if4j.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.ifbench.IfBench;
import dev.if4j.eval.benchmark.Benchmark;
import dev.if4j.eval.benchmark.IfEvalBenchmark;
import dev.if4j.eval.benchmark.Match;
import dev.if4j.eval.check.RowJudge;
import dev.if4j.text.TextTools;
import dev.if4j.text.resources.ResourceStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code if4j eval --benchmark ifbench} on the IFBench test prompts with the sample responses
 * published with IFBench ({@code ../shared/datasets/ifbench/}) reproduces the reference's figures.
 *
 * <p>The reference ({@code run_eval.py} of allenai/IFBench, langdetect seeded 0; the figures are
 * the same for seeds 0 to 3) scores the 300 prompts: prompt-level strict 76/300 = 0.2533,
 * instruction-level strict 92/344 = 0.2674, prompt-level loose 86/300 = 0.2867 (the headline),
 * instruction-level loose 107/344 = 0.3110. 293 prompts find their response (290 by text, 3 only
 * after {@code strip()}); keys 268 to 274 have none in the sample file and count as not followed,
 * as in the reference.
 */
class IfBenchSampleEvalTest {
  private static final Path SHARED = Path.of(System.getProperty("if4j.shared")).normalize();
  private static final Path DATA = SHARED.resolve("datasets/ifbench/IFBench_test.jsonl");
  private static final Path RESPONSES = SHARED.resolve("datasets/ifbench/sample_output.jsonl");
  private static final Path GOLDEN = SHARED.resolve("parity/ifbench/sample.golden.jsonl");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path out;

  private static final List<String> warnings = new ArrayList<>();
  private static IfEvalBenchmark.Result result;

  @BeforeAll
  static void evaluate() throws IOException {
    RowJudge judge = new RowJudge(new Evaluator(IfBench.registry(),
        new TextTools(ResourceStore.offline(SHARED.resolve("resources")))));
    result = new IfEvalBenchmark(Benchmark.IFBENCH, judge, Runtime.getRuntime().availableProcessors(),
        warnings::add).run(DATA, RESPONSES, out);
    System.out.print(result.table());
  }

  private static String round4(double d) {
    return String.format(Locale.ROOT, "%.4f", d);
  }

  @Test
  void scoresAreTheReferencesAndTheHeadlineIsPromptLevelLoose() throws IOException {
    assertThat(result.strict().promptLevel().followed()).isEqualTo(76);
    assertThat(result.strict().instructionLevel().followed()).isEqualTo(92);
    assertThat(result.loose().promptLevel().followed()).isEqualTo(86);
    assertThat(result.loose().instructionLevel().followed()).isEqualTo(107);
    assertThat(round4(result.strict().promptLevel().accuracy())).isEqualTo("0.2533");
    assertThat(round4(result.strict().instructionLevel().accuracy())).isEqualTo("0.2674");
    assertThat(round4(result.loose().promptLevel().accuracy())).isEqualTo("0.2867");
    assertThat(round4(result.loose().instructionLevel().accuracy())).isEqualTo("0.3110");

    assertThat(result.headline()).isSameAs(result.loose().promptLevel());
    assertThat(result.table()).contains("headline (prompt-level loose, the figure IFBench reports): 0.2867 86/300");
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertThat(summary.at("/headline/metric").asText()).isEqualTo("prompt_level_loose");
    assertThat(round4(summary.at("/headline/accuracy").asDouble())).isEqualTo("0.2867");
  }

  @Test
  void responsesAreMatchedAsTheReferenceMatchesThemEvenAcrossSurroundingWhitespace() {
    assertThat(result.prompts()).isEqualTo(300);
    assertThat(result.strict().instructionLevel().total()).isEqualTo(344);
    assertThat(result.matchCounts().get(Match.How.PROMPT)).isEqualTo(290);
    assertThat(result.matchCounts().get(Match.How.STRIPPED_PROMPT)).isEqualTo(3);
    assertThat(result.positional()).isEmpty();
    assertThat(result.unmatched()).extracting(IfEvalBenchmark.Unmatched::key)
        .containsExactly("268", "269", "270", "271", "272", "273", "274");
    assertThat(result.unusedResponses()).isEqualTo(1);
    assertThat(warnings).anySatisfy(w -> assertThat(w).contains("prompt 268: no response found"));
  }

  @Test
  void everyMatchedPromptGetsTheReferencesVerdictsInTheResultFiles() throws IOException {
    Map<String, JsonNode> golden = new HashMap<>();
    for (String line : Files.readAllLines(GOLDEN)) {
      JsonNode g = JSON.readTree(line);
      golden.put(g.get("prompt").asText(), g);
    }
    List<String> strict = Files.readAllLines(out.resolve(IfEvalBenchmark.STRICT_RESULTS));
    List<String> loose = Files.readAllLines(out.resolve(IfEvalBenchmark.LOOSE_RESULTS));
    assertThat(strict).hasSize(300);
    int compared = 0;
    for (int i = 0; i < strict.size(); i++) {
      JsonNode s = JSON.readTree(strict.get(i));
      JsonNode l = JSON.readTree(loose.get(i));
      JsonNode g = golden.get(s.get("prompt").asText());
      if (g == null) {
        // unmatched: the reference's empty output
        assertThat(s.get("response").asText()).isEmpty();
        assertThat(l.get("follow_all_instructions").asBoolean()).isFalse();
        continue;
      }
      compared++;
      assertThat(s.get("response").asText()).isEqualTo(g.get("response").asText());
      assertThat(s.get("follow_instruction_list")).as("strict, " + g.get("id")).isEqualTo(g.get("strict"));
      assertThat(l.get("follow_instruction_list")).as("loose, " + g.get("id")).isEqualTo(g.get("loose"));
    }
    assertThat(compared).isEqualTo(293);
  }
}
