package dev.if4j.eval.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.fixes.Fixes;
import dev.if4j.constraints.ifeval.IfEval;
import dev.if4j.constraints.Registries;
import dev.if4j.eval.check.RowJudge;
import dev.if4j.text.TextTools;
import dev.if4j.text.resources.ResourceStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval} with fixes: the IFEval data fix, and the version stamp of summary.json. */
class FixedEvalTest {
  private static final Path SHARED = Path.of(System.getProperty("if4j.shared", "../../shared")).normalize();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private final List<String> warnings = new ArrayList<>();

  /** Key 337 (checks 336 words, asks for 400) and a response of 350 words. */
  private Path[] key337() throws IOException {
    Path data = Files.writeString(dir.resolve("input_data.jsonl"), "{\"key\": 337, \"prompt\": \"Write a riddle,"
        + " at least 400 words.\", \"instruction_id_list\": [\"length_constraints:number_words\"],"
        + " \"kwargs\": [{\"relation\": \"at least\", \"num_words\": 336}]}\n");
    Path responses = Files.writeString(dir.resolve("responses.jsonl"), "{\"prompt\": \"Write a riddle, at least"
        + " 400 words.\", \"response\": \"" + "word ".repeat(350).trim() + "\"}\n");
    return new Path[] {data, responses};
  }

  private IfEvalBenchmark.Result eval(Registry registry, String out) throws IOException {
    Path[] in = key337();
    RowJudge judge = new RowJudge(new Evaluator(registry, new TextTools(ResourceStore.offline(SHARED.resolve("resources")))));
    return new IfEvalBenchmark(Benchmark.IFEVAL, judge, 1, warnings::add).run(in[0], in[1], dir.resolve(out));
  }

  @Test
  void theDataFixJudgesTheCorrectedRow() throws IOException {
    IfEvalBenchmark.Result faithful = eval(IfEval.registry(), "faithful");
    IfEvalBenchmark.Result corrected = eval(Fixes.enable(IfEval.registry(), List.of(Fixes.DATA)), "data");
    assertThat(faithful.strict().promptLevel().followed()).isEqualTo(1);
    assertThat(corrected.strict().promptLevel().followed()).isZero();
    JsonNode summary = JSON.readTree(dir.resolve("data/summary.json").toFile());
    assertThat(summary.get("data_patches").toString())
        .isEqualTo("[{\"key\":\"337\",\"field\":\"kwargs[0].num_words\",\"from\":336,\"to\":400}]");
    assertThat(JSON.readTree(dir.resolve("faithful/summary.json").toFile()).has("data_patches")).isFalse();
  }

  @Test
  void theFixedFlavourAppliesTheDataFixToo() throws IOException {
    assertThat(eval(Registries.byName("ifeval-fixed"), "fixed").strict().promptLevel().followed()).isZero();
  }

  @Test
  void summaryCarriesTheVersionStamp() throws IOException {
    eval(Registries.byName("ifeval-fixed"), "fixed");
    JsonNode stamp = JSON.readTree(dir.resolve("fixed/summary.json").toFile()).get("stamp");
    assertThat(stamp.get("registry").asText()).isEqualTo("ifeval-fixed");
    assertThat(stamp.get("if4j_version").asText()).isNotBlank();
    assertThat(stamp.get("fixes").toString()).contains("\"data\"", "\"no-random-args\"", "\"nth-paragraph-non-blank\"");
    assertThat(stamp.get("data_patches").asText()).startsWith("ifeval v1 sha256:");
    // number_words reads no language data: the run read none, and the stamp says so.
    assertThat(stamp.get("resources").size()).isZero();
  }

  @Test
  void theStampListsTheLanguageDataARunRead() throws IOException {
    Path data = Files.writeString(dir.resolve("d.jsonl"), "{\"key\": 1, \"prompt\": \"p\", \"instruction_id_list\":"
        + " [\"length_constraints:number_sentences\"], \"kwargs\": [{\"relation\": \"at least\", \"num_sentences\": 1}]}\n");
    Path responses = Files.writeString(dir.resolve("r.jsonl"), "{\"prompt\": \"p\", \"response\": \"One. Two.\"}\n");
    RowJudge judge = new RowJudge(new Evaluator(IfEval.registry(), new TextTools(ResourceStore.offline(SHARED.resolve("resources")))));
    new IfEvalBenchmark(Benchmark.IFEVAL, judge, 1, warnings::add).run(data, responses, dir.resolve("s"));
    JsonNode stamp = JSON.readTree(dir.resolve("s/summary.json").toFile()).get("stamp");
    assertThat(stamp.get("registry").asText()).isEqualTo("ifeval");
    assertThat(stamp.get("fixes").size()).isZero();
    JsonNode punkt = stamp.get("resources").get(0);
    assertThat(punkt.get("directory").asText()).isEqualTo("nltk/tokenizers/punkt_tab/english");
    assertThat(punkt.get("release").asText()).isEqualTo("nltk_data gh-pages");
    assertThat(punkt.get("files").asInt()).isEqualTo(4);
    assertThat(punkt.get("sha256").asText()).hasSize(64);
  }
}
