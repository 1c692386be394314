package dev.if4j.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.constraints.iffunctions.IfFunctions;
import dev.if4j.text.TextTools;
import dev.if4j.text.resources.ResourceStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Parity with open-instruct's {@code IFEvalVerifierOld} on the RLVR-IFeval golden rows
 * ({@code shared/parity/iffunctions/fuzz.golden.jsonl}): every row whose reference result is
 * true/false must get the same verdict. Rows where the reference raised ({@code "error:<Type>"})
 * have no verdict to match; for those the verdict must be "not followed" and name the same
 * exception type, and they are counted apart.
 */
class IfFunctionsParityTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SHARED = Path.of(System.getProperty("if4j.shared")).normalize();
  private static final Path GOLDEN = SHARED.resolve("parity/iffunctions/fuzz.golden.jsonl");

  @Test
  void everyVerdictEqualsTheReferences() throws IOException {
    IfFunctions judge = new IfFunctions(new TextTools(ResourceStore.offline(SHARED.resolve("resources"))));
    Map<String, List<String>> mismatches = new TreeMap<>();
    Map<String, Integer> errorRows = new TreeMap<>();
    int rows = 0;
    int verdictRows = 0;
    int unstable = 0;
    int unstableAgreeing = 0;
    long nanos = 0;
    for (String line : Files.readAllLines(GOLDEN)) {
      if (line.isBlank()) continue;
      rows++;
      JsonNode want = JSON.readTree(line);
      String groundTruth = want.get("ground_truth").asText();
      String response = want.get("response").asText();
      String func = funcName(groundTruth);
      long t0 = System.nanoTime();
      IfFunctions.Outcome got = judge.outcome(groundTruth, response);
      nanos += System.nanoTime() - t0;
      JsonNode result = want.get("result");
      if (result.isTextual()) {
        String raised = result.asText().substring("error:".length());
        errorRows.merge(func + " raises " + raised, 1, Integer::sum);
        if (got.followed() || !raised.equals(got.raises())) {
          mismatches.computeIfAbsent(func, k -> new ArrayList<>()).add(String.format(
              "    row %s: the reference raises %s, got %s", want.get("id").asText(), raised, got.verdict()));
        }
        continue;
      }
      boolean agrees = result.asBoolean() == got.followed() && !got.referenceRaises();
      if (!want.path("stable").asBoolean(true)) {
        unstable++;
        if (agrees) unstableAgreeing++;
        continue;
      }
      verdictRows++;
      if (!agrees) {
        mismatches.computeIfAbsent(func, k -> new ArrayList<>()).add(String.format(
            "    row %s: expected %s, got %s%n      ground truth %s%n      response: %s", want.get("id").asText(),
            result.asBoolean(), got.verdict(), groundTruth, oneLine(response)));
      }
    }

    int mismatched = mismatches.values().stream().mapToInt(List::size).sum();
    StringBuilder report = new StringBuilder(String.format(
        "iffunctions/fuzz.golden.jsonl: %d rows; true/false verdicts: %d of %d agree (%d unstable rows,"
            + " %d agreeing); rows where the reference raises: %d %s; %.0f rows/s%n",
        rows, verdictRows - mismatched, verdictRows, unstable, unstableAgreeing,
        errorRows.values().stream().mapToInt(Integer::intValue).sum(), errorRows, rows / (nanos / 1e9)));
    mismatches.forEach((f, list) -> {
      report.append(String.format("  %s: %d mismatches%n", f, list.size()));
      list.stream().limit(10).forEach(m -> report.append(m).append(System.lineSeparator()));
    });
    System.out.print(report);
    assertThat(mismatches).as(report.toString()).isEmpty();
  }

  private static String funcName(String groundTruth) {
    try {
      return JSON.readTree(groundTruth).path("func_name").asText("?");
    } catch (IOException e) {
      return "?";
    }
  }

  private static String oneLine(String s) {
    s = s.length() > 200 ? s.substring(0, 200) + "..." : s;
    return s.replace("\n", "\\n");
  }
}
