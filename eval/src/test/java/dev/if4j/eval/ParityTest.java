package dev.if4j.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.constraints.Evaluator;
import dev.if4j.constraints.Registries;
import dev.if4j.constraints.Registry;
import dev.if4j.eval.check.CheckPipeline;
import dev.if4j.eval.check.RowJudge;
import dev.if4j.text.io.JsonlLines;
import dev.if4j.text.TextTools;
import dev.if4j.text.resources.ResourceStore;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
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
 * Parity with the reference: every {@code *.golden.jsonl} under {@code shared/parity/<registry>/}
 * goes through {@link CheckPipeline} (the code path of {@code if4j check --registry <registry>})
 * and every strict and loose verdict of a {@code stable} row must equal the reference's. Rows
 * marked unstable (langdetect's sampling, reference-random arguments) are reported, not required.
 */
class ParityTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SHARED = Path.of(System.getProperty("if4j.shared")).normalize();
  private static final int EXAMPLES_PER_INSTRUCTION = 10;

  @TempDir Path tmp;

  static Stream<Arguments> goldens() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String registry : List.of("ifeval", "ifbench", "ifevalg", "multiif")) {
      Path dir = SHARED.resolve("parity").resolve(registry);
      List<Path> files;
      try (Stream<Path> s = Files.list(dir)) {
        files = s.filter(p -> p.getFileName().toString().endsWith(".golden.jsonl")).sorted().toList();
      }
      assertThat(files).as("golden files under " + dir).isNotEmpty();
      for (Path f : files) out.add(Arguments.of(registry, f));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("goldens")
  void everyStableVerdictEqualsTheReferences(String registryName, Path golden) throws IOException {
    Registry registry = Registries.byName(registryName);
    assertCoversEveryRow(registry, golden);
    RowJudge judge = new RowJudge(new Evaluator(registry,
        new TextTools(ResourceStore.offline(SHARED.resolve("resources")))));
    CheckPipeline pipeline = new CheckPipeline(judge, CheckPipeline.Options.defaults().withExplain(true));
    Path out = tmp.resolve("verdicts.jsonl");
    CheckPipeline.Stats stats;
    try (JsonlLines in = JsonlLines.open(golden);
        OutputStream o = new BufferedOutputStream(Files.newOutputStream(out))) {
      stats = pipeline.run(in, o, null);
    }

    Map<String, List<String>> mismatches = new TreeMap<>();
    int rows = 0;
    int stable = 0;
    int unstable = 0;
    int unstableAgreeing = 0;
    int stableVerdicts = 0;
    try (BufferedReader expected = Files.newBufferedReader(golden);
        BufferedReader actual = Files.newBufferedReader(out)) {
      for (String e = expected.readLine(); e != null; e = expected.readLine()) {
        if (e.isBlank()) continue;
        JsonNode want = JSON.readTree(e);
        String a = actual.readLine();
        assertThat(a).as("verdict line for golden row " + want.get("id")).isNotNull();
        JsonNode got = JSON.readTree(a);
        rows++;
        assertThat(got.get("id").asText()).isEqualTo(idOf(want));
        boolean isStable = want.get("stable").asBoolean();
        if (isStable) {
          stable++;
        } else {
          unstable++;
        }
        boolean agrees = true;
        JsonNode ids = want.get("instruction_id_list");
        for (int i = 0; i < ids.size(); i++) {
          boolean ws = want.get("strict").get(i).asBoolean();
          boolean wl = want.get("loose").get(i).asBoolean();
          boolean gs = got.get("strict").get(i).asBoolean();
          boolean gl = got.get("loose").get(i).asBoolean();
          if (isStable) stableVerdicts++;
          if (ws == gs && wl == gl) continue;
          agrees = false;
          if (!isStable) continue;
          String response = want.get("response").asText();
          mismatches.computeIfAbsent(ids.get(i).asText(), k -> new ArrayList<>()).add(String.format(
              "    row %s: expected strict=%s loose=%s, got strict=%s loose=%s (%s)%n      kwargs %s%n      response: %s",
              idOf(want), ws, wl, gs, gl, got.at("/reasons/" + i + "/strict").asText(), want.get("kwargs").get(i),
              oneLine(response.length() > 200 ? response.substring(0, 200) + "..." : response)));
        }
        if (!isStable && agrees) unstableAgreeing++;
      }
      assertThat(actual.readLine()).as("extra verdict lines").isNull();
    }

    int mismatched = mismatches.values().stream().mapToInt(List::size).sum();
    StringBuilder report = new StringBuilder();
    report.append(String.format("%s: %d rows (%d stable, %d unstable); stable verdicts: %d of %d instructions"
            + " agree; unstable rows agreeing with the stored seed-0 verdicts: %d of %d%n",
        golden.getFileName(), rows, stable, unstable, stableVerdicts - mismatched, stableVerdicts,
        unstableAgreeing, unstable));
    mismatches.forEach((id, list) -> {
      report.append(String.format("  %s: %d mismatches%n", id, list.size()));
      list.stream().limit(EXAMPLES_PER_INSTRUCTION).forEach(m -> report.append(m).append(System.lineSeparator()));
    });
    System.out.print(report);

    assertThat(stats.rows()).isEqualTo(rows);
    assertThat(mismatches).as(report.toString()).isEmpty();
  }

  /** A registry must know every id its golden rows use: a row it cannot judge is a gap, not a skip. */
  private static void assertCoversEveryRow(Registry registry, Path golden) throws IOException {
    Map<String, Integer> missing = new TreeMap<>();
    for (String line : Files.readAllLines(golden)) {
      if (line.isBlank()) continue;
      for (JsonNode id : JSON.readTree(line).get("instruction_id_list")) {
        if (!registry.contains(id.asText())) missing.merge(id.asText(), 1, Integer::sum);
      }
    }
    assertThat(missing).as("registry " + registry.name() + " lacks ids used by " + golden).isEmpty();
  }

  private static String idOf(JsonNode golden) {
    JsonNode id = golden.hasNonNull("id") ? golden.get("id") : golden.get("key");
    return id.asText();
  }

  private static String oneLine(String s) {
    return s.replace("\n", "\\n");
  }
}
