package dev.if4j.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.ifeval.IfEval;
import dev.if4j.eval.benchmark.IfEvalBenchmark;
import dev.if4j.eval.benchmark.Match;
import dev.if4j.eval.check.RowJudge;
import dev.if4j.text.TextTools;
import dev.if4j.text.resources.ResourceStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code if4j eval} on the IFEval prompts with the GPT-4 responses published with the benchmark
 * reproduces the reference's figures. The reference's seed-0 run gives 0.7708 / 0.8369 / 0.7948 /
 * 0.8549; its two random-letter rows (keys 1122, 1129) vary from run to run, and with if4j's rule
 * for them (count the character the prompt asked for) the figures are 0.7708 / 0.8369 / 0.7967 /
 * 0.8561.
 */
class IfEvalGpt4EvalTest {
  private static final Path SHARED = Path.of(System.getProperty("if4j.shared")).normalize();

  @TempDir static Path out;

  private static final List<String> warnings = new ArrayList<>();
  private static IfEvalBenchmark.Result result;

  @BeforeAll
  static void evaluate() throws IOException {
    Path data = SHARED.resolve("datasets/ifeval/input_data.jsonl");
    Path responses = SHARED.resolve("datasets/ifeval/input_response_data_gpt4_20231107_145030.jsonl");
    RowJudge judge = new RowJudge(new Evaluator(IfEval.registry(),
        new TextTools(ResourceStore.offline(SHARED.resolve("resources")))));
    result = new IfEvalBenchmark(judge, Runtime.getRuntime().availableProcessors(), warnings::add)
        .run(data, responses, out);
    System.out.print(result.table());
  }

  private static String round4(double d) {
    return String.format(Locale.ROOT, "%.4f", d);
  }

  @Test
  void scoresAreTheReferencesWithTheLiteralLetterRule() {
    assertThat(round4(result.strict().promptLevel().accuracy())).isEqualTo("0.7708");
    assertThat(round4(result.strict().instructionLevel().accuracy())).isEqualTo("0.8369");
    assertThat(round4(result.loose().promptLevel().accuracy())).isEqualTo("0.7967");
    assertThat(round4(result.loose().instructionLevel().accuracy())).isEqualTo("0.8561");
  }

  @Test
  void everyPromptHasItsResponseAndTheRewordedOneIsMatchedByPosition() {
    assertThat(result.prompts()).isEqualTo(541);
    assertThat(result.unmatched()).isEmpty();
    assertThat(result.matchCounts().get(Match.How.PROMPT)).isEqualTo(540);
    assertThat(result.positional()).extracting(IfEvalBenchmark.Positional::key).containsExactly("2785");
    assertThat(warnings).anySatisfy(w -> assertThat(w).contains("prompt 2785"));
  }

  @Test
  void theTwoRandomLetterRowsAreMarkedReferenceRandom() {
    assertThat(result.referenceRandom()).extracting(IfEvalBenchmark.ReferenceRandom::key)
        .containsExactlyInAnyOrder("1122", "1129");
  }
}
