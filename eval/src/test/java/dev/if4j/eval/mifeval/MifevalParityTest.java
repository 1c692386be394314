package dev.if4j.eval.mifeval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.Registry;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parity with M-IFEval (lightblue-tech/M-IFEval @ 0bc3143): each language slice of the goldens under
 * {@code shared/parity/mifeval/} goes through {@link CheckPipeline} with the {@code mifeval}
 * registry (the path of {@code if4j check --registry mifeval}); every strict and loose verdict of a
 * stable row must equal the reference's, and on {@code mifeval_real} also the verdicts M-IFEval
 * published ({@code upstream_strict} / {@code upstream_loose}). A language is judged once the
 * registry has its ids.
 */
class MifevalParityTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SHARED = Path.of(System.getProperty("if4j.shared")).normalize();
  private static final int EXAMPLES_PER_INSTRUCTION = 8;

  @TempDir Path tmp;

  static Stream<Arguments> slices() throws IOException {
    Registry registry = Registries.byName("mifeval");
    List<Arguments> out = new ArrayList<>();
    for (String file : List.of("mifeval.golden.jsonl", "mifeval_real.golden.jsonl")) {
      Set<String> languages = new HashSet<>();
      for (String line : Files.readAllLines(SHARED.resolve("parity/mifeval").resolve(file))) {
        if (!line.isBlank()) languages.add(JSON.readTree(line).get("language").asText());
      }
      for (String language : List.of("fr", "ja", "es", "en")) {
        boolean known = registry.ids().stream().anyMatch(id -> id.startsWith(language + ":"));
        // mifeval_real has no English rows (M-IFEval shipped responses for es, fr and ja only).
        boolean hasRows = languages.contains(language);
        if (known && hasRows) out.add(Arguments.of(file, language));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} [{1}]")
  @MethodSource("slices")
  void everyStableVerdictEqualsTheReferences(String file, String language) throws IOException {
    Path golden = SHARED.resolve("parity/mifeval").resolve(file);
    List<JsonNode> rows = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(golden)) {
      if (line.isBlank()) continue;
      JsonNode row = JSON.readTree(line);
      if (!row.get("language").asText().equals(language)) continue;
      rows.add(row);
      lines.add(line);
    }
    assertThat(rows).as(language + " rows of " + file).isNotEmpty();
    Path in = tmp.resolve(language + "-" + file);
    Files.write(in, lines);

    Registry registry = Registries.byName("mifeval");
    RowJudge judge = new RowJudge(new Evaluator(registry,
        new TextTools(ResourceStore.offline(SHARED.resolve("resources")))));
    CheckPipeline pipeline = new CheckPipeline(judge, CheckPipeline.Options.defaults().withExplain(true));
    Path out = tmp.resolve("verdicts.jsonl");
    try (JsonlLines jl = JsonlLines.open(in);
        OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
      pipeline.run(jl, o, null);
    }
    List<String> verdicts = Files.readAllLines(out).stream().filter(l -> !l.isBlank()).toList();
    assertThat(verdicts).hasSize(rows.size());

    Map<String, List<String>> mismatches = new TreeMap<>();
    int stable = 0;
    int upstreamChecked = 0;
    for (int r = 0; r < rows.size(); r++) {
      JsonNode want = rows.get(r);
      JsonNode got = JSON.readTree(verdicts.get(r));
      assertThat(got.get("id").asText()).isEqualTo(want.get("id").asText());
      if (!want.get("stable").asBoolean()) continue;
      stable++;
      JsonNode ids = want.get("instruction_id_list");
      for (int i = 0; i < ids.size(); i++) {
        boolean gs = got.get("strict").get(i).asBoolean();
        boolean gl = got.get("loose").get(i).asBoolean();
        compare(mismatches, want, got, i, "reference", want.get("strict").get(i).asBoolean(),
            want.get("loose").get(i).asBoolean(), gs, gl);
        if (want.has("upstream_strict")) {
          upstreamChecked++;
          compare(mismatches, want, got, i, "published", want.get("upstream_strict").get(i).asBoolean(),
              want.get("upstream_loose").get(i).asBoolean(), gs, gl);
        }
      }
    }

    int mismatched = mismatches.values().stream().mapToInt(List::size).sum();
    StringBuilder report = new StringBuilder(String.format(
        "%s [%s]: %d rows, %d stable; %d disagreements (%d instructions also checked against the published verdicts)%n",
        file, language, rows.size(), stable, mismatched, upstreamChecked));
    mismatches.forEach((id, list) -> {
      report.append(String.format("  %s: %d%n", id, list.size()));
      list.stream().limit(EXAMPLES_PER_INSTRUCTION).forEach(m -> report.append(m).append(System.lineSeparator()));
    });
    System.out.print(report);
    assertThat(mismatches).as(report.toString()).isEmpty();
  }

  private static void compare(Map<String, List<String>> mismatches, JsonNode want, JsonNode got, int i,
      String against, boolean ws, boolean wl, boolean gs, boolean gl) {
    if (ws == gs && wl == gl) return;
    String response = want.get("response").asText();
    mismatches.computeIfAbsent(want.get("instruction_id_list").get(i).asText(), k -> new ArrayList<>()).add(
        String.format("    row %s (%s): expected strict=%s loose=%s, got strict=%s loose=%s (%s)%n      kwargs %s%n      response: %s",
            want.get("id").asText(), against, ws, wl, gs, gl, got.at("/reasons/" + i + "/strict").asText(),
            want.get("kwargs").get(i),
            (response.length() > 300 ? response.substring(0, 300) + "..." : response).replace("\n", "\\n")));
  }
}
