package dev.if4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.if4j.data.io.JsonlReader;
import dev.if4j.sandbox.PythonSandbox;
import dev.if4j.sandbox.SandboxUnavailableException;
import dev.if4j.sandbox.SandboxVerdict;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Runs every verification function on every response in the Python sandbox (no file, network, process"
          + " or environment access; wall-time and memory limits) and writes one row per pair:"
          + " {\"func_id\", \"response_id\", \"result\": true|false|null, \"reason\"}. result is null when the"
          + " function raised, timed out, returned a non-bool or was stopped by the sandbox; reason says which.",
      "FUNCS rows: {\"id\", \"func\"} (Python source defining evaluate(response)); RESPONSES rows: {\"id\", \"response\"}."
    })
final class AutoifVerifyCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CliEnv env;

  @Spec CommandSpec spec;

  @Option(names = "--functions", required = true, paramLabel = "FUNCS.jsonl", description = "Verification functions.")
  String functions;

  @Option(names = "--responses", required = true, paramLabel = "RESPONSES.jsonl", description = "Responses to verify.")
  String responses;

  @Option(names = "--output", required = true, paramLabel = "OUT.jsonl", description = "One verdict per function and response.")
  String output;

  @Mixin SandboxOptions sandbox;

  AutoifVerifyCommand(CliEnv env) {
    this.env = env;
  }

  private record Func(JsonNode id, String source) {}

  private record Response(JsonNode id, String text) {}

  @Override
  public Integer call() throws Exception {
    Path funcsIn = FileArgs.existingFile(spec, env, functions, "--functions");
    Path respIn = FileArgs.existingFile(spec, env, responses, "--responses");
    Path out = FileArgs.writableFile(spec, env, output, "--output");
    PythonSandbox.Options opts = sandbox.options(spec);
    List<Func> funcs = new ArrayList<>();
    try (JsonlReader r = new JsonlReader(funcsIn)) {
      for (JsonlReader.Line line = r.next(); line != null; line = r.next()) {
        funcs.add(new Func(id(line), text(line, "func")));
      }
    }
    List<Response> resps = new ArrayList<>();
    try (JsonlReader r = new JsonlReader(respIn)) {
      for (JsonlReader.Line line = r.next(); line != null; line = r.next()) {
        resps.add(new Response(id(line), text(line, "response")));
      }
    }

    PythonSandbox box;
    try {
      box = PythonSandbox.start(opts);
    } catch (SandboxUnavailableException e) {
      env.err().println("if4j: " + e.getMessage());
      return Main.INTERNAL;
    }
    long t0 = System.nanoTime();
    long trues = 0;
    long falses = 0;
    long nulls = 0;
    // Written next to the output and moved into place at the end: a stopped run leaves no half file.
    Path tmp = out.resolveSibling(out.getFileName() + ".part");
    int n = box.options().workers();
    try (box;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      // A window of calls in flight keeps every worker busy while rows are written in input order.
      ArrayDeque<Future<ObjectNode>> window = new ArrayDeque<>();
      int limit = n * 4;
      for (Func f : funcs) {
        for (Response resp : resps) {
          if (window.size() >= limit) {
            ObjectNode row = take(window);
            trues += count(row, true);
            falses += count(row, false);
            nulls += row.get("result").isNull() ? 1 : 0;
            write(w, row);
          }
          window.add(pool.submit(() -> row(f, resp, box.evaluate(f.source(), resp.text()))));
        }
      }
      while (!window.isEmpty()) {
        ObjectNode row = take(window);
        trues += count(row, true);
        falses += count(row, false);
        nulls += row.get("result").isNull() ? 1 : 0;
        write(w, row);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    double secs = (System.nanoTime() - t0) / 1e9;
    long calls = trues + falses + nulls;
    env.out().printf(Locale.ROOT, "%d functions x %d responses: %d true, %d false, %d null -> %s"
            + " (%.0f calls/s, %d workers, sandbox %s)%n",
        funcs.size(), resps.size(), trues, falses, nulls, out, secs > 0 ? calls / secs : 0.0, n,
        box.describeLayers());
    env.out().flush();
    return Main.OK;
  }

  private static ObjectNode take(ArrayDeque<Future<ObjectNode>> window) throws InterruptedException {
    try {
      return window.removeFirst().get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw new IllegalStateException(e.getCause());
    }
  }

  private static int count(ObjectNode row, boolean value) {
    JsonNode r = row.get("result");
    return r.isBoolean() && r.booleanValue() == value ? 1 : 0;
  }

  private static ObjectNode row(Func f, Response r, SandboxVerdict v) {
    ObjectNode o = JSON.createObjectNode();
    o.set("func_id", f.id());
    o.set("response_id", r.id());
    if (v.result() == null) o.putNull("result");
    else o.put("result", v.result());
    if (v.reason() == null) o.putNull("reason");
    else o.put("reason", v.reason());
    return o;
  }

  private static void write(BufferedWriter w, ObjectNode row) throws IOException {
    w.write(JSON.writeValueAsString(row));
    w.write('\n');
  }

  private static JsonNode id(JsonlReader.Line line) {
    JsonNode id = line.node().get("id");
    if (id == null || id.isNull() || !id.isValueNode()) throw line.bad("\"id\" must be a string or a number");
    return id;
  }

  private static String text(JsonlReader.Line line, String field) {
    JsonNode v = line.node().get(field);
    if (v == null || !v.isTextual()) throw line.bad("\"" + field + "\" must be a string");
    return v.asText();
  }
}
