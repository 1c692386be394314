package dev.if4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.sandbox.PythonSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoifVerifyCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  CliHarness cli;

  @BeforeEach
  void setUp() {
    assumeTrue(PythonSandbox.missingLayersHere(null).isEmpty(),
        "the full Python sandbox (python3 3.8+, bubblewrap) cannot run here: " + PythonSandbox.missingLayersHere(null) + "; skipped");
    cli = new CliHarness(dir);
  }

  @Test
  void runsEveryFunctionOnEveryResponseInOrder() throws Exception {
    Files.writeString(dir.resolve("funcs.jsonl"), String.join("\n",
        json("id", "short", "func", "def evaluate(response):\n    return len(response.split()) < 3\n"),
        json("id", "loops", "func", "def evaluate(response):\n    while True:\n        pass\n"),
        json("id", "reads", "func", "def evaluate(response):\n    return open('/etc/hostname').read() in response\n"),
        "{\"id\": 7, \"func\": \"def evaluate(response):\\n    return response.count('a')\\n\"}")
        + "\n");
    Files.writeString(dir.resolve("resp.jsonl"), json("id", "r1", "response", "a b") + "\n"
        + json("id", "r2", "response", "a b c d") + "\n");

    int code = cli.run("autoif", "verify", "--functions", "funcs.jsonl", "--responses", "resp.jsonl",
        "--output", "out.jsonl", "--timeout-ms", "300", "--workers", "2");

    assertThat(code).as(cli.err()).isEqualTo(0);
    assertThat(cli.out()).contains("4 functions x 2 responses: 1 true, 1 false, 6 null");
    List<JsonNode> rows = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("out.jsonl"))) rows.add(JSON.readTree(line));
    assertThat(rows).hasSize(8);
    assertThat(rows.get(0).toString())
        .isEqualTo("{\"func_id\":\"short\",\"response_id\":\"r1\",\"result\":true,\"reason\":null}");
    assertThat(rows.get(1).get("result").booleanValue()).isFalse();
    assertThat(rows.get(2).get("result").isNull()).isTrue();
    assertThat(rows.get(2).get("reason").asText()).contains("timeout after 300 ms");
    assertThat(rows.get(4).get("reason").asText()).contains("open");
    assertThat(rows.get(6).get("func_id").intValue()).isEqualTo(7);
    assertThat(rows.get(6).get("reason").asText()).isEqualTo("returned int, not bool");
    assertThat(dir.resolve("out.jsonl.part")).doesNotExist();
  }

  @Test
  void aRowWithoutFunctionSourceIsBadInput() throws Exception {
    Files.writeString(dir.resolve("funcs.jsonl"), "{\"id\": \"f\", \"code\": \"x\"}\n");
    Files.writeString(dir.resolve("resp.jsonl"), json("id", "r1", "response", "a") + "\n");

    int code = cli.run("autoif", "verify", "--functions", "funcs.jsonl", "--responses", "resp.jsonl",
        "--output", "out.jsonl");

    assertThat(code).isEqualTo(Main.BAD_INPUT);
    assertThat(cli.err()).contains("\"func\" must be a string");
    assertThat(dir.resolve("out.jsonl")).doesNotExist();
  }

  @Test
  void aTimeoutBelowOneMillisecondIsAUsageError() throws Exception {
    Files.writeString(dir.resolve("funcs.jsonl"), "");
    Files.writeString(dir.resolve("resp.jsonl"), "");

    int code = cli.run("autoif", "verify", "--functions", "funcs.jsonl", "--responses", "resp.jsonl",
        "--output", "out.jsonl", "--timeout-ms", "0");

    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("timeout must be at least 1 ms");
  }

  private static String json(String k1, String v1, String k2, String v2) throws Exception {
    return JSON.writeValueAsString(java.util.Map.of(k1, v1, k2, v2));
  }
}
