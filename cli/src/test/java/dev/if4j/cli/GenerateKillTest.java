package dev.if4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.if4j.llm.loopback.LoopbackServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generation killed mid-run (the process, with SIGKILL) and resumed ends with exactly one
 * response per (prompt, sample), byte for byte what an uninterrupted run writes, when the endpoint
 * is deterministic.
 */
class GenerateKillTest {
  private static final int PROMPTS = 150;
  private static final int SAMPLES = 2;

  @TempDir Path dir;

  @Test
  void aKilledRunResumedEqualsAnUninterruptedOne() throws Exception {
    StringBuilder data = new StringBuilder();
    for (int i = 0; i < PROMPTS; i++) data.append("{\"key\": \"p").append(i).append("\", \"prompt\": \"Prompt number ")
        .append(i).append(" with an accent: é\"}\n");
    Files.writeString(dir.resolve("prompts.jsonl"), data);
    // Deterministic answers, with uneven delays so that completion order differs from job order.
    LoopbackServer.Script script = r -> new LoopbackServer.Ok(LoopbackServer.echo(r), null, "stop", 5 + r.number() % 13);
    try (LoopbackServer server = LoopbackServer.start(script, 32)) {
      String[] args = {"generate", "--endpoint", server.base().toString(), "--model", "m", "--benchmark", "prompts.jsonl",
          "--samples", Integer.toString(SAMPLES), "--seed", "3", "--concurrency", "8"};

      CliHarness cli = new CliHarness(dir);
      assertThat(cli.run(concat(args, "--output", "whole.jsonl"))).as(cli.err()).isZero();

      Path killed = dir.resolve("killed.jsonl");
      Process child = childJvm(concat(args, "--output", "killed.jsonl"));
      try {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lines(killed) < 40 && child.isAlive() && System.nanoTime() < deadline) Thread.sleep(5);
        assertThat(child.isAlive()).as("the child ran to its end before it could be killed").isTrue();
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      } finally {
        child.destroyForcibly();
      }
      int written = lines(killed);
      assertThat(written).isBetween(40, PROMPTS * SAMPLES - 1);

      assertThat(cli.run(concat(args, "--output", "killed.jsonl"))).as(cli.err()).isZero();
      assertThat(cli.err()).containsPattern("\\d+ new, \\d+ already there");
    }
    byte[] whole = Files.readAllBytes(dir.resolve("whole.jsonl"));
    assertThat(Files.readAllBytes(dir.resolve("killed.jsonl"))).isEqualTo(whole);
    ObjectMapper json = new ObjectMapper();
    Set<String> keys = new HashSet<>();
    for (String l : Files.readAllLines(dir.resolve("killed.jsonl"))) {
      JsonNode n = json.readTree(l);
      assertThat(keys.add(n.get("key").asText() + "#" + n.get("sample").asInt())).isTrue();
    }
    assertThat(keys).hasSize(PROMPTS * SAMPLES);
  }

  private Process childJvm(String... args) throws IOException {
    String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> cmd = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile()).start();
  }

  /** Complete lines written so far. */
  private static int lines(Path f) throws IOException {
    if (!Files.exists(f)) return 0;
    byte[] b = Files.readAllBytes(f);
    int n = 0;
    for (byte x : b) if (x == '\n') n++;
    return n;
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
