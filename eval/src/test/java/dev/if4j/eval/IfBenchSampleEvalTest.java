package dev.if4j.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.constraints.ArgSpec;
import dev.if4j.constraints.ArgType;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.Row;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifbench.IfBench;
import dev.if4j.eval.benchmark.Benchmark;
import dev.if4j.eval.benchmark.IfEvalBenchmark;
import dev.if4j.eval.benchmark.Match;
import dev.if4j.eval.check.RowJudge;
import dev.if4j.eval.io.JsonlLines;
import dev.if4j.eval.io.RowParser;
import dev.if4j.eval.io.SourceLine;
import dev.if4j.text.TextTools;
import dev.if4j.text.TextView;
import dev.if4j.text.resources.ResourceStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
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
  private static Set<String> standIns;
  private static IfEvalBenchmark.Result partial;

  private static RowJudge judge(Registry registry) {
    return new RowJudge(new Evaluator(registry, new TextTools(ResourceStore.offline(SHARED.resolve("resources")))));
  }

  /**
   * The IFBench registry as this build has it, with a stand-in that never follows for each id of
   * the test set it does not know yet: the run then exercises matching, scoring and the outputs on
   * the real files, and the instructions that exist are checked against the reference row by row.
   */
  private static Registry withStandIns(Registry real) throws IOException {
    Map<String, Set<String>> missing = new LinkedHashMap<>();
    try (JsonlLines lines = JsonlLines.open(DATA)) {
      for (SourceLine l = lines.next(); l != null; l = lines.next()) {
        Row row = RowParser.BENCHMARK.parse(DATA.toString(), l).row();
        for (int i = 0; i < row.instructionIds().size(); i++) {
          String id = row.instructionIds().get(i);
          if (!real.contains(id)) {
            missing.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(row.kwargs().get(i).asMap().keySet());
          }
        }
      }
    }
    List<ConstraintType> stubs = new ArrayList<>();
    missing.forEach((id, args) -> {
      ConstraintType.Builder b = ConstraintType.define(id);
      for (String a : args) b.arg(new ArgSpec(a, ArgType.ANY, "stand-in"));
      stubs.add(b.factory(ctx -> new StandIn(id)));
    });
    standIns = missing.keySet();
    return real.flavour(real.name(), stubs);
  }

  private record StandIn(String id) implements Constraint {
    @Override
    public String describe() {
      return id;
    }

    @Override
    public Map<String, Object> args() {
      return Map.of();
    }

    @Override
    public Verdict check(TextView response) {
      return Verdict.notFollowed(() -> "not in this build yet");
    }
  }

  @BeforeAll
  static void evaluateWithTheRegistryAsItStands() throws IOException {
    partial = new IfEvalBenchmark(Benchmark.IFBENCH, judge(withStandIns(IfBench.registry())), 2, warnings::add)
        .run(DATA, RESPONSES, out.resolve("partial"));
  }

  private static String round4(double d) {
    return String.format(Locale.ROOT, "%.4f", d);
  }

  @Test
  void responsesAreMatchedAsTheReferenceMatchesThemEvenAcrossSurroundingWhitespace() {
    assertThat(partial.prompts()).isEqualTo(300);
    assertThat(partial.strict().instructionLevel().total()).isEqualTo(344);
    assertThat(partial.matchCounts().get(Match.How.PROMPT)).isEqualTo(290);
    assertThat(partial.matchCounts().get(Match.How.STRIPPED_PROMPT)).isEqualTo(3);
    assertThat(partial.positional()).isEmpty();
    assertThat(partial.unmatched()).extracting(IfEvalBenchmark.Unmatched::key)
        .containsExactly("268", "269", "270", "271", "272", "273", "274");
    assertThat(partial.unusedResponses()).isEqualTo(1);
    assertThat(warnings).anySatisfy(w -> assertThat(w).contains("prompt 268: no response found"));
  }

  @Test
  void promptsWhoseInstructionsAllExistGetTheReferencesVerdicts() throws IOException {
    Map<String, JsonNode> golden = new HashMap<>();
    for (String line : Files.readAllLines(GOLDEN)) {
      JsonNode g = JSON.readTree(line);
      golden.put(g.get("prompt").asText(), g);
    }
    List<String> strict = Files.readAllLines(out.resolve("partial/eval_results_strict.jsonl"));
    List<String> loose = Files.readAllLines(out.resolve("partial/eval_results_loose.jsonl"));
    int compared = 0;
    for (int i = 0; i < strict.size(); i++) {
      JsonNode s = JSON.readTree(strict.get(i));
      JsonNode l = JSON.readTree(loose.get(i));
      boolean real = true;
      for (JsonNode id : s.get("instruction_id_list")) real &= !standIns.contains(id.asText());
      JsonNode g = golden.get(s.get("prompt").asText());
      if (!real || g == null) continue;
      compared++;
      assertThat(s.get("response").asText()).isEqualTo(g.get("response").asText());
      assertThat(s.get("follow_instruction_list")).as("strict, " + g.get("id")).isEqualTo(g.get("strict"));
      assertThat(l.get("follow_instruction_list")).as("loose, " + g.get("id")).isEqualTo(g.get("loose"));
    }
    assertThat(compared).isPositive().isEqualTo(293 - (int) golden.values().stream()
        .filter(g -> {
          for (JsonNode id : g.get("instruction_id_list")) if (standIns.contains(id.asText())) return true;
          return false;
        }).count());
  }

  @Test
  @Disabled("needs all 58 IFBench constraints in the ifbench registry; enable once the counting,"
      + " ratio, words, sentence and format constraints are merged")
  void scoresAreTheReferencesAndTheHeadlineIsPromptLevelLoose() throws IOException {
    IfEvalBenchmark.Result r = new IfEvalBenchmark(Benchmark.IFBENCH, judge(IfBench.registry()), 2, msg -> {})
        .run(DATA, RESPONSES, out.resolve("full"));
    System.out.print(r.table());

    assertThat(r.strict().promptLevel().followed()).isEqualTo(76);
    assertThat(r.strict().instructionLevel().followed()).isEqualTo(92);
    assertThat(r.loose().promptLevel().followed()).isEqualTo(86);
    assertThat(r.loose().instructionLevel().followed()).isEqualTo(107);
    assertThat(round4(r.strict().promptLevel().accuracy())).isEqualTo("0.2533");
    assertThat(round4(r.strict().instructionLevel().accuracy())).isEqualTo("0.2674");
    assertThat(round4(r.loose().promptLevel().accuracy())).isEqualTo("0.2867");
    assertThat(round4(r.loose().instructionLevel().accuracy())).isEqualTo("0.3110");
    assertThat(r.headline()).isSameAs(r.loose().promptLevel());
    assertThat(r.table()).contains("headline (prompt-level loose, the figure IFBench reports): 0.2867 86/300");
    assertThat(r.unmatched()).hasSize(7);
  }
}
