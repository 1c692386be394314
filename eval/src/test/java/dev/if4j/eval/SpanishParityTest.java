package dev.if4j.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.Registries;
import dev.if4j.eval.check.CheckPipeline;
import dev.if4j.eval.check.RowJudge;
import dev.if4j.text.io.JsonlLines;
import dev.if4j.text.TextTools;
import dev.if4j.text.resources.ResourceStore;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parity of the Spanish, Catalan and English slices of the multilingual goldens: M-IFEval's
 * {@code en} and {@code es} rows ({@code mifeval}, {@code mifeval_real}) under registry {@code
 * mifeval}, lm-eval's {@code ifeval_es} and {@code ifeval_ca} rows under {@code lmeval-es} and
 * {@code lmeval-ca}. Each slice goes through {@link CheckPipeline} ({@code if4j check --registry});
 * every strict and loose verdict of a stable row must equal the reference's, and on {@code
 * mifeval_real} also the verdict M-IFEval itself published ({@code upstream_strict/_loose}).
 */
class SpanishParityTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SHARED = Path.of(System.getProperty("if4j.shared")).normalize();
  private static final int EXAMPLES = 8;

  @TempDir Path tmp;

  static Stream<Arguments> slices() {
    Path mifeval = SHARED.resolve("parity/mifeval");
    Path lmeval = SHARED.resolve("parity/lmeval-ml/lmeval_ml.golden.jsonl");
    return Stream.of(
        Arguments.of("mifeval", mifeval.resolve("mifeval.golden.jsonl"), "en"),
        Arguments.of("mifeval", mifeval.resolve("mifeval.golden.jsonl"), "es"),
        Arguments.of("mifeval", mifeval.resolve("mifeval_real.golden.jsonl"), "es"),
        Arguments.of("lmeval-es", lmeval, "es"),
        Arguments.of("lmeval-ca", lmeval, "ca"));
  }

  @ParameterizedTest(name = "{0}: {2} rows of {1}")
  @MethodSource("slices")
  void everyStableVerdictEqualsTheReferences(String registry, Path golden, String language)
      throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(golden)) {
      if (line.isBlank()) continue;
      JsonNode row = JSON.readTree(line);
      if (!language.equals(row.path("language").asText())) continue;
      rows.add(row);
      lines.add(line);
    }
    assertThat(rows).as(language + " rows of " + golden).isNotEmpty();
    Path slice = tmp.resolve("slice.jsonl");
    Files.write(slice, lines);

    RowJudge judge = new RowJudge(new Evaluator(Registries.byName(registry),
        new TextTools(ResourceStore.offline(SHARED.resolve("resources")))));
    CheckPipeline pipeline = new CheckPipeline(judge, CheckPipeline.Options.defaults().withExplain(true));
    Path out = tmp.resolve("verdicts.jsonl");
    CheckPipeline.Stats stats;
    try (JsonlLines in = JsonlLines.open(slice);
        OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
      stats = pipeline.run(in, o, null);
    }
    List<String> got = Files.readAllLines(out);
    assertThat(got).hasSize(rows.size());
    assertThat(stats.rows()).isEqualTo(rows.size());

    Map<String, List<String>> mismatches = new TreeMap<>();
    int stable = 0;
    int verdicts = 0;
    int upstreamChecked = 0;
    for (int r = 0; r < rows.size(); r++) {
      JsonNode want = rows.get(r);
      JsonNode have = JSON.readTree(got.get(r));
      if (!want.get("stable").asBoolean()) continue;
      stable++;
      JsonNode ids = want.get("instruction_id_list");
      for (int i = 0; i < ids.size(); i++) {
        verdicts++;
        boolean gs = have.get("strict").get(i).asBoolean();
        boolean gl = have.get("loose").get(i).asBoolean();
        compare(mismatches, "reference", want, have, i, want.get("strict").get(i).asBoolean(),
            want.get("loose").get(i).asBoolean(), gs, gl);
        if (want.has("upstream_strict")) {
          upstreamChecked++;
          compare(mismatches, "M-IFEval's published", want, have, i,
              want.get("upstream_strict").get(i).asBoolean(), want.get("upstream_loose").get(i).asBoolean(), gs, gl);
        }
      }
    }
    int mismatched = mismatches.values().stream().mapToInt(List::size).sum();
    StringBuilder report = new StringBuilder(String.format(
        "%s %s rows of %s: %d rows (%d stable); %d of %d stable verdicts agree%s%n", registry, language,
        golden.getFileName(), rows.size(), stable, verdicts - mismatched, verdicts,
        upstreamChecked > 0 ? "; checked against the published verdicts too (" + upstreamChecked + ")" : ""));
    mismatches.forEach((id, list) -> {
      report.append(String.format("  %s: %d mismatches%n", id, list.size()));
      list.stream().limit(EXAMPLES).forEach(m -> report.append(m).append(System.lineSeparator()));
    });
    System.out.print(report);
    assertThat(mismatches).as(report.toString()).isEmpty();
  }

  private static void compare(Map<String, List<String>> mismatches, String whose, JsonNode want,
      JsonNode have, int i, boolean ws, boolean wl, boolean gs, boolean gl) {
    if (ws == gs && wl == gl) return;
    String response = want.get("response").asText();
    mismatches.computeIfAbsent(want.get("instruction_id_list").get(i).asText(), k -> new ArrayList<>())
        .add(String.format("    row %s (%s): expected strict=%s loose=%s, got strict=%s loose=%s (%s)%n"
                + "      kwargs %s%n      response: %s", want.get("id").asText(), whose, ws, wl, gs, gl,
            have.at("/reasons/" + i + "/strict").asText(), want.get("kwargs").get(i),
            (response.length() > 300 ? response.substring(0, 300) + "..." : response).replace("\n", "\\n")));
  }
}
