package dev.if4j.autoif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.if4j.sandbox.PythonSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionVerificationTest {
  @TempDir Path dir;

  @BeforeAll
  static void needsPython() {
    assumeTrue(PythonSandbox.missingLayersHere(null).isEmpty(),
        "the full Python sandbox (python3 3.8+, bubblewrap) cannot run here: " + PythonSandbox.missingLayersHere(null) + "; skipped");
  }

  @Test
  void everyFunctionOnEveryResponseFunctionByFunctionCountedOnce() throws Exception {
    List<FunctionVerification.Function> funcs = List.of(
        new FunctionVerification.Function(TextNode.valueOf("short"), "def evaluate(response):\n    return len(response) < 3\n"),
        new FunctionVerification.Function(IntNode.valueOf(2), "def evaluate(response):\n    return 1\n"));
    List<FunctionVerification.Response> responses = List.of(
        new FunctionVerification.Response(TextNode.valueOf("a"), "ab"),
        new FunctionVerification.Response(TextNode.valueOf("b"), "abcd"),
        new FunctionVerification.Response(IntNode.valueOf(3), "x"));
    Path out = dir.resolve("out.jsonl");

    FunctionVerification.Result r = FunctionVerification.run(funcs, responses,
        PythonSandbox.start(PythonSandbox.Options.defaults().withWorkers(2)), out);

    assertThat(r.functions()).isEqualTo(2);
    assertThat(r.responses()).isEqualTo(3);
    assertThat(List.of(r.trues(), r.falses(), r.nulls())).containsExactly(2L, 1L, 3L);
    assertThat(r.calls()).isEqualTo(6);
    assertThat(r.workers()).isEqualTo(2);
    List<String> rows = Files.readAllLines(out);
    assertThat(rows).hasSize(6);
    assertThat(rows.get(0)).isEqualTo("{\"func_id\":\"short\",\"response_id\":\"a\",\"result\":true,\"reason\":null}");
    assertThat(rows.get(1)).isEqualTo("{\"func_id\":\"short\",\"response_id\":\"b\",\"result\":false,\"reason\":null}");
    assertThat(rows.get(2)).isEqualTo("{\"func_id\":\"short\",\"response_id\":3,\"result\":true,\"reason\":null}");
    assertThat(rows.get(5)).isEqualTo("{\"func_id\":2,\"response_id\":3,\"result\":null,\"reason\":\"returned int, not bool\"}");
    assertThat(dir.resolve("out.jsonl.part")).doesNotExist();
  }
}
