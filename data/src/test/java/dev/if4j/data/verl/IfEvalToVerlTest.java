package dev.if4j.data.verl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.ifeval.IfEval;
import dev.if4j.data.TestData;
import dev.if4j.text.io.InputProblemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IfEvalToVerlTest {
  @TempDir Path dir;

  @Test
  void splitsIfEvalEightyTwentyIntoParquetThatReadsBackAsTheJsonlRows() throws Exception {
    Path input = TestData.ifevalInput();
    var pq = new IfEvalToVerl(IfEval.registry(), 0.2, 42, IfEvalToVerl.Format.PARQUET, null).run(input, dir.resolve("pq"));
    var js = new IfEvalToVerl(IfEval.registry(), 0.2, 42, IfEvalToVerl.Format.JSONL, null).run(input, dir.resolve("js"));
    assertThat(pq.trainRows()).isEqualTo(432);
    assertThat(pq.testRows()).isEqualTo(109);
    assertThat(js.trainRows()).isEqualTo(432);

    List<Object> trainParquet = TestData.parquet(pq.train());
    List<Object> trainJsonl = TestData.jsonl(js.train());
    assertThat(trainParquet).hasSize(432);
    for (int i = 0; i < trainJsonl.size(); i++) {
      assertThat(trainParquet.get(i)).as("train row %d", i).isEqualTo(trainJsonl.get(i));
    }
    List<Object> testParquet = TestData.parquet(pq.test());
    List<Object> testJsonl = TestData.jsonl(js.test());
    assertThat(testParquet).isEqualTo(testJsonl).hasSize(109);
  }

  @Test
  void rowsCarryTheInputsGroundTruthInVerlsSchema() throws Exception {
    var js = new IfEvalToVerl(IfEval.registry(), 0.2, 42, IfEvalToVerl.Format.JSONL, null)
        .run(TestData.ifevalInput(), dir);
    List<Object> input = TestData.jsonl(TestData.ifevalInput());
    List<Object> rows = new ArrayList<>(TestData.jsonl(js.train()));
    rows.addAll(TestData.jsonl(js.test()));
    assertThat(rows).hasSize(input.size());
    @SuppressWarnings("unchecked")
    Map<String, Object> row = (Map<String, Object>) rows.get(0);
    assertThat(row.keySet()).containsExactly("data_source", "prompt", "ability", "reward_model", "extra_info");
    assertThat(row.get("data_source")).isEqualTo("google/IFEval");
    assertThat(row.get("ability")).isEqualTo("instruction_following");
    @SuppressWarnings("unchecked")
    Map<String, Object> extra = (Map<String, Object>) row.get("extra_info");
    assertThat(extra.keySet()).containsExactly("key", "split", "index", "instruction_id_list", "kwargs", "prompt");
    // Every input row appears once, its ids and (null-free) kwargs unchanged, in both places.
    for (Object o : rows) {
      @SuppressWarnings("unchecked")
      Map<String, Object> r = (Map<String, Object>) o;
      @SuppressWarnings("unchecked")
      Map<String, Object> ex = (Map<String, Object>) r.get("extra_info");
      Map<?, ?> src = (Map<?, ?>) input.stream().filter(x -> ((Map<?, ?>) x).get("key").equals(ex.get("key"))).findFirst().orElseThrow();
      @SuppressWarnings("unchecked")
      Map<String, Object> gt = (Map<String, Object>) ((Map<String, Object>) r.get("reward_model")).get("ground_truth");
      assertThat(gt.get("instruction_id_list")).isEqualTo(src.get("instruction_id_list"));
      assertThat(gt.get("kwargs")).isEqualTo(TestData.withoutNulls(src.get("kwargs")));
      assertThat(ex.get("prompt")).isEqualTo(src.get("prompt"));
      assertThat(r.get("prompt")).isEqualTo(List.of(Map.of("role", "user", "content", src.get("prompt"))));
    }
  }

  @Test
  void theSameSeedGivesByteIdenticalFilesAndAnotherSeedAnotherSplit() throws Exception {
    var a = new IfEvalToVerl(IfEval.registry(), 0.2, 7, IfEvalToVerl.Format.PARQUET, null).run(TestData.ifevalInput(), dir.resolve("a"));
    var b = new IfEvalToVerl(IfEval.registry(), 0.2, 7, IfEvalToVerl.Format.PARQUET, null).run(TestData.ifevalInput(), dir.resolve("b"));
    var c = new IfEvalToVerl(IfEval.registry(), 0.2, 8, IfEvalToVerl.Format.PARQUET, null).run(TestData.ifevalInput(), dir.resolve("c"));
    assertThat(Files.readAllBytes(a.train())).isEqualTo(Files.readAllBytes(b.train()));
    assertThat(Files.readAllBytes(a.test())).isEqualTo(Files.readAllBytes(b.test()));
    assertThat(Files.readAllBytes(a.test())).isNotEqualTo(Files.readAllBytes(c.test()));
  }

  @Test
  void anInstructionPromptIsAppendedToTheUserMessageOnly() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"key\": 1, \"prompt\": \"Write a poem.\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}\n");
    var r = new IfEvalToVerl(IfEval.registry(), 0, 1, IfEvalToVerl.Format.JSONL, "Think first.").run(in, dir.resolve("o"));
    @SuppressWarnings("unchecked")
    Map<String, Object> row = (Map<String, Object>) TestData.jsonl(r.train()).get(0);
    assertThat(row.get("prompt")).isEqualTo(List.of(Map.of("role", "user", "content", "Write a poem.\n\nThink first.")));
    assertThat(((Map<?, ?>) row.get("extra_info")).get("prompt")).isEqualTo("Write a poem.");
    assertThat(r.testRows()).isZero();
  }

  @Test
  void aRowWithAnUnknownInstructionStopsTheRunNamingTheLine() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"key\": 1, \"prompt\": \"p\", \"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}\n"
        + "{\"key\": 2, \"prompt\": \"p\", \"instruction_id_list\": [\"punctuation:no_commas\"], \"kwargs\": [{}]}\n");
    assertThatThrownBy(() -> new IfEvalToVerl(IfEval.registry(), 0.2, 1, IfEvalToVerl.Format.PARQUET, null).run(in, dir.resolve("o")))
        .isInstanceOf(InputProblemException.class)
        .hasMessageContaining("in.jsonl:2: instruction 1 (punctuation:no_commas)");
    assertThat(dir.resolve("o")).doesNotExist();
  }

  @Test
  void splitTakesTheCeilingOfTheFractionAndIsAPermutationPrefix() {
    assertThat(IfEvalToVerl.testRows(10, 0.2, 3).cardinality()).isEqualTo(2);
    assertThat(IfEvalToVerl.testRows(11, 0.2, 3).cardinality()).isEqualTo(3);
    assertThat(IfEvalToVerl.testRows(5, 0, 3).cardinality()).isZero();
    assertThat(IfEvalToVerl.testRows(5, 1, 3).cardinality()).isEqualTo(5);
  }
}
