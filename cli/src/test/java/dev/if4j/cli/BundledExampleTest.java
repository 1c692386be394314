package dev.if4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.constraints.ifeval.IfEval;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, {@code ./if4j check --input examples/ifeval-sample.jsonl --output -},
 * works on a machine with no language data and no network, and gives the reference's verdicts.
 */
class BundledExampleTest {
  private static final Path EXAMPLE =
      Path.of("").toAbsolutePath().getParent().resolve("examples/ifeval-sample.jsonl");

  /** The reference's verdicts (google-research IFEval, judged with shared/tools/reference_judge.py). */
  private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

  static {
    EXPECTED.put("harbour", "[true] [true]");
    EXPECTED.put("comma-on-first-line", "[false] [true]");
    EXPECTED.put("cooking-bullets", "[true] [true]");
    EXPECTED.put("norway-json", "[true] [true]");
    EXPECTED.put("lantern-poem", "[true,true] [true,true]");
    EXPECTED.put("short-note", "[true,true] [true,true]");
    EXPECTED.put("no-fillers", "[true,true] [true,true]");
    EXPECTED.put("quoted-advice", "[true] [true]");
    EXPECTED.put("highlights", "[true] [true]");
    EXPECTED.put("zebra-letters", "[true] [true]");
    EXPECTED.put("placeholders", "[true] [true]");
    EXPECTED.put("too-many-bullets", "[false] [true]");
    EXPECTED.put("filler-word", "[false] [false]");
  }

  @TempDir Path dir;

  @Test
  void theExampleRunsOfflineWithNoLanguageDataAndMatchesTheReference() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = Files.readAllLines(EXAMPLE);
    for (String line : lines) {
      for (JsonNode id : json.readTree(line).get("instruction_id_list")) {
        assumeTrue(IfEval.registry().contains(id.asText()), "registry lacks " + id.asText() + " (not ported yet)");
      }
    }
    Files.createDirectories(dir.resolve("no-data"));
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("check", "--input", EXAMPLE.toString(), "--output", "-", "--resources", "no-data", "--offline");

    assertThat(code).as(cli.err()).isZero();
    Map<String, String> got = new LinkedHashMap<>();
    for (String line : cli.out().split("\n")) {
      JsonNode n = json.readTree(line);
      got.put(n.get("id").asText(), n.get("strict") + " " + n.get("loose"));
    }
    assertThat(got).containsExactlyEntriesOf(EXPECTED);
  }
}
