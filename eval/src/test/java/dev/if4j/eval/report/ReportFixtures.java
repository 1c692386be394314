package dev.if4j.eval.report;

import dev.if4j.eval.TestRegistry;
import dev.if4j.eval.benchmark.IfEvalBenchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntPredicate;

/**
 * Two scored runs on a 40-prompt benchmark of the test registry: each prompt asks for no commas
 * and the word "ok". Run "base" follows everything except on prompts 0, 4, 8, ...; run "tuned"
 * except on prompts 0, 5, 10, ... (30 and 32 of 40: 6 prompts only the base follows, 8 only the
 * tuned run).
 */
final class ReportFixtures {
  private ReportFixtures() {}

  static final int PROMPTS = 40;

  static Path data(Path dir) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < PROMPTS; i++) {
      b.append("{\"key\": ").append(100 + i).append(", \"prompt\": \"Prompt ").append(i)
          .append(": answer ok without commas\", \"instruction_id_list\": [\"punctuation:no_comma\", \"test:contains\"],"
              + " \"kwargs\": [{}, {\"word\": \"ok\"}]}\n");
    }
    return Files.writeString(dir.resolve("input_data.jsonl"), b);
  }

  /** Scores a run whose response to prompt i follows both instructions when {@code follows(i)}. */
  static Path run(Path dir, String name, Path data, IntPredicate follows) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < PROMPTS; i++) {
      String response = follows.test(i) ? "ok fine" : i == 0 ? "ok, but </script><img src=x onerror=alert(1)> & more"
          : "ok, no";
      b.append("{\"prompt\": \"Prompt ").append(i).append(": answer ok without commas\", \"response\": \"")
          .append(response).append("\"}\n");
    }
    Path responses = Files.writeString(dir.resolve(name + ".responses.jsonl"), b);
    Path out = dir.resolve(name);
    new IfEvalBenchmark(TestRegistry.judge(dir), 1, w -> {}).run(data, responses, out);
    return out;
  }

  static Path base(Path dir, Path data) throws IOException {
    return run(dir, "base", data, i -> i % 4 != 0);
  }

  static Path tuned(Path dir, Path data) throws IOException {
    return run(dir, "tuned", data, i -> i % 5 != 0);
  }
}
