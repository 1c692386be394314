package dev.if4j.eval.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Args;
import dev.if4j.constraints.InstructionVerdict;
import dev.if4j.constraints.Row;
import dev.if4j.constraints.groundtruth.GroundTruth;
import dev.if4j.constraints.groundtruth.GroundTruthFormat;
import dev.if4j.eval.TestRegistry;
import dev.if4j.eval.io.RowParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A benchmark judges a row whose data it patched under its prompt's ground truth ({@code
 * IfEvalBenchmark} with IFEval's data patches): the row's instructions are what is judged.
 */
class RowJudgePatchedRowTest {
  @TempDir Path resources;

  @Test
  void theRowsOwnArgumentsAreJudgedNotTheGroundTruthsItCameWith() {
    RowJudge judge = TestRegistry.judge(resources);
    GroundTruth asRead = new GroundTruth.Instructions(GroundTruthFormat.IFEVAL, List.of("test:contains"),
        List.of(Args.of("test:contains", Map.of("word", "x"))));
    Row patched = new Row("a", "p", "has y", List.of("test:contains"),
        List.of(Args.of("test:contains", Map.of("word", "y"))));

    var verdict = judge.judge("rows.jsonl", new RowParser.Parsed(1, patched, true, asRead), false);

    assertThat(verdict.instructions()).extracting(InstructionVerdict::strict).containsExactly(true);
  }
}
