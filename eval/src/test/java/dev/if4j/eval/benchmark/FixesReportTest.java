package dev.if4j.eval.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Evaluator;
import dev.if4j.text.TextTools;
import dev.if4j.text.resources.ResourceStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code if4j fixes report} on hand-made rows whose changes are known. */
class FixesReportTest {
  private static final Path SHARED = Path.of(System.getProperty("if4j.shared", "../../shared")).normalize();

  @TempDir Path dir;

  @Test
  void countsChangedVerdictsRefusedRowsAndAccuracyDeltas() throws IOException {
    Path rows = Files.writeString(dir.resolve("rows.jsonl"), String.join("\n",
        // ratio-needs-sentences: passes faithfully (0 == 2 * 0), fails fixed.
        "{\"id\": \"a\", \"prompt\": \"p\", \"response\": \"Wow!\", \"instruction_id_list\": [\"ratio:sentence_type\"], \"kwargs\": [{}]}",
        // no-random-args: a missing relation is refused.
        "{\"id\": \"b\", \"prompt\": \"p\", \"response\": \"one two\", \"instruction_id_list\": [\"length_constraints:number_words\"], \"kwargs\": [{\"num_words\": 1}]}",
        // unchanged by every fix
        "{\"id\": \"c\", \"prompt\": \"p\", \"response\": \"no comma here\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}") + "\n");
    FixesReport report = new FixesReport(new TextTools(ResourceStore.offline(SHARED.resolve("resources"))), 1, m -> { });
    FixesReport.Input input = FixesReport.Input.rows(Benchmark.IFBENCH, rows, "hand-made rows");
    List<FixesReport.Delta> deltas = report.measure(input);

    FixesReport.Delta ratio = deltas.stream().filter(d -> d.flavour().equals("ratio-needs-sentences")).findFirst().orElseThrow();
    assertThat(ratio.strictChanged()).isEqualTo(1);
    assertThat(ratio.promptsStrictChanged()).isEqualTo(1);
    assertThat(ratio.refused()).isZero();
    assertThat(ratio.changes()).containsExactly("key a: ratio:sentence_type strict true -> false, loose true -> false");
    assertThat(ratio.after().promptStrict() - ratio.before().promptStrict()).isCloseTo(-1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));

    FixesReport.Delta draws = deltas.stream().filter(d -> d.flavour().equals("no-random-args")).findFirst().orElseThrow();
    assertThat(draws.refused()).isEqualTo(1);
    assertThat(draws.changes()).containsExactly("key b: refused: length_constraints:number_words: argument"
        + " 'relation': missing (the reference would draw it at random)");

    FixesReport.Delta all = deltas.get(deltas.size() - 1);
    assertThat(all.flavour()).isEqualTo("ifbench-fixed");
    assertThat(all.refused()).isEqualTo(1);
    assertThat(all.strictChanged()).isEqualTo(1);
    assertThat(deltas).extracting(FixesReport.Delta::flavour).doesNotContain("data");

    String md = FixesReport.markdown(List.of(input), List.of(deltas));
    assertThat(md).contains("### hand-made rows", "| `ratio-needs-sentences` | 1 / 1 | 1 / 1 | 0 | -0.3333 |",
        "- key a: ratio:sentence_type strict true -> false, loose true -> false");
  }
}
