package dev.if4j.data.synth;

import dev.if4j.text.PyLiteral;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Registry;
import dev.if4j.constraints.ifeval.IfEval;
import dev.if4j.constraints.ifevalg.IfEvalG;
import dev.if4j.data.TestData;
import dev.if4j.data.verl.JsonlSinks;
import dev.if4j.data.verl.KwargsSchema;
import dev.if4j.data.verl.TaskSink;
import dev.if4j.data.verl.VerlOptions;
import dev.if4j.data.verl.VerlParquetSink;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synthesis through every output format: golden bytes for a fixed seed, and every format read back. */
class SynthesisOutputTest {
  static final List<Registry> REGISTRIES = List.of(IfEval.registry(), IfEvalG.registry());
  static final String PROMPTS = String.join("\n",
      "{\"key\": 1, \"prompt\": \"Write a short story about a lighthouse keeper.\"}",
      "{\"id\": \"b\", \"prompt\": \"Explain how tides work to a ten-year-old.\"}",
      "{\"messages\": [{\"role\": \"system\", \"content\": \"Be brief.\"}, {\"role\": \"user\", \"content\": \"List three uses of copper.\"}]}",
      "{\"prompt\": \"Draft an email asking a neighbour to water my plants.\"}",
      "{\"prompt\": \"Compare trains and buses for a daily commute.\"}",
      "{\"prompt\": \"Write a product description for a \\\"smart\\\" teapot, it's new.\"}",
      "{\"prompt\": \"Summarise the rules of chess.\"}",
      "{\"prompt\": \"Give advice to someone starting to run.\"}") + "\n";

  @TempDir Path dir;

  Path run(String name, long seed, SinkFactory f) throws IOException {
    Path in = dir.resolve("prompts.jsonl");
    Files.writeString(in, PROMPTS);
    Path out = dir.resolve(name);
    Synthesizer s = new Synthesizer(new Synthesizer.Config(REGISTRIES, 1, 6, ArgRanges.none(), ConflictRules.builtIn(),
        false, seed, " ", Set.of()));
    try (TaskSink sink = f.open(out)) {
      SynthesisRun.run(in, s, sink);
    }
    return out;
  }

  interface SinkFactory {
    TaskSink open(Path out) throws IOException;
  }

  static TaskSink ifeval(Path out) throws IOException {
    return JsonlSinks.ifeval(new BufferedOutputStream(Files.newOutputStream(out)));
  }

  static TaskSink openInstruct(Path out) throws IOException {
    return JsonlSinks.openInstruct(new BufferedOutputStream(Files.newOutputStream(out)), SynthesisRun.describer(REGISTRIES, " "));
  }

  static final VerlOptions VERL = new VerlOptions("if4j/synth", VerlOptions.ABILITY, false, null);

  @Test
  void aFixedSeedGivesTheGoldenRows() throws IOException {
    for (String[] f : new String[][] {{"ifeval", "golden-seed2024.ifeval.jsonl"}, {"oi", "golden-seed2024.open-instruct.jsonl"}}) {
      Path out = run(f[1], 2024, f[0].equals("ifeval") ? SynthesisOutputTest::ifeval : SynthesisOutputTest::openInstruct);
      String got = Files.readString(out, StandardCharsets.UTF_8);
      try (InputStream golden = getClass().getResourceAsStream(f[1])) {
        if (golden == null) {
          Path fresh = Path.of("target", f[1]);
          Files.writeString(fresh, got);
          throw new AssertionError("no golden file " + f[1] + "; wrote the current output to " + fresh.toAbsolutePath());
        }
        assertThat(got).isEqualTo(new String(golden.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
  }

  @Test
  void everyFormatIsByteIdenticalForTheSameSeed() throws IOException {
    assertThat(Files.readAllBytes(run("a.parquet", 9, o -> new VerlParquetSink(o, KwargsSchema.of(REGISTRIES), VERL))))
        .isEqualTo(Files.readAllBytes(run("b.parquet", 9, o -> new VerlParquetSink(o, KwargsSchema.of(REGISTRIES), VERL))));
    assertThat(Files.readAllBytes(run("a.oi.jsonl", 9, SynthesisOutputTest::openInstruct)))
        .isEqualTo(Files.readAllBytes(run("b.oi.jsonl", 9, SynthesisOutputTest::openInstruct)));
    assertThat(Files.readAllBytes(run("a.jsonl", 9, SynthesisOutputTest::ifeval)))
        .isNotEqualTo(Files.readAllBytes(run("c.jsonl", 10, SynthesisOutputTest::ifeval)));
  }

  @Test
  void verlParquetReadsBackAsVerlJsonlRowByRow() throws IOException {
    for (long seed = 0; seed < 5; seed++) {
      List<Object> pq = TestData.parquet(run("s" + seed + ".parquet", seed, o -> new VerlParquetSink(o, KwargsSchema.of(REGISTRIES), VERL)));
      List<Object> js = TestData.jsonl(run("s" + seed + ".jsonl", seed, o -> JsonlSinks.verl(Files.newOutputStream(o), VERL)));
      assertThat(pq).hasSize(8);
      for (int i = 0; i < js.size(); i++) assertThat(pq.get(i)).as("seed %d row %d", seed, i).isEqualTo(js.get(i));
    }
  }

  @Test
  void openInstructGroundTruthReadsBackAsTheIfevalRows() throws IOException {
    for (long seed = 0; seed < 5; seed++) {
      List<Object> oi = TestData.jsonl(run("o" + seed + ".jsonl", seed, SynthesisOutputTest::openInstruct));
      List<Object> ie = TestData.jsonl(run("i" + seed + ".jsonl", seed, SynthesisOutputTest::ifeval));
      for (int i = 0; i < oi.size(); i++) {
        Map<?, ?> o = (Map<?, ?>) oi.get(i);
        Map<?, ?> e = (Map<?, ?>) ie.get(i);
        Map<?, ?> gt = (Map<?, ?>) ((List<?>) PyLiteral.parse((String) o.get("ground_truth"))).get(0);
        assertThat(gt.get("instruction_id")).isEqualTo(e.get("instruction_id_list"));
        assertThat(gt.get("kwargs")).isEqualTo(e.get("kwargs"));
        assertThat(o.get("messages")).isEqualTo(List.of(Map.of("role", "user", "content", e.get("prompt"))));
        assertThat((String) e.get("prompt")).endsWith((String) o.get("constraint"));
        assertThat(o.get("dataset")).isEqualTo("ifeval");
      }
    }
  }
}
