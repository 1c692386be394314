package dev.if4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.if4j.autoif.FunctionVerification;
import dev.if4j.data.io.JsonlReader;
import dev.if4j.sandbox.PythonSandbox;
import dev.if4j.sandbox.SandboxUnavailableException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  @Override
  public Integer call() throws Exception {
    Path funcsIn = FileArgs.existingFile(spec, env, functions, "--functions");
    Path respIn = FileArgs.existingFile(spec, env, responses, "--responses");
    Path out = FileArgs.writableFile(spec, env, output, "--output");
    PythonSandbox.Options opts = sandbox.options(spec);
    List<FunctionVerification.Function> funcs = read(funcsIn, "func", FunctionVerification.Function::new);
    List<FunctionVerification.Response> resps = read(respIn, "response", FunctionVerification.Response::new);
    PythonSandbox box;
    try {
      box = PythonSandbox.start(opts);
    } catch (SandboxUnavailableException e) {
      env.err().println("if4j: " + e.getMessage());
      return Main.INTERNAL;
    }
    FunctionVerification.Result r = FunctionVerification.run(funcs, resps, box, out);
    env.out().printf(Locale.ROOT, "%d functions x %d responses: %d true, %d false, %d null -> %s"
            + " (%.0f calls/s, %d workers, sandbox %s)%n",
        r.functions(), r.responses(), r.trues(), r.falses(), r.nulls(), out, r.callsPerSecond(), r.workers(),
        r.sandboxLayers());
    env.out().flush();
    return Main.OK;
  }

  /** The rows of {@code file}: each its {@code id} and its {@code textField} string. */
  private static <T> List<T> read(Path file, String textField, BiFunction<JsonNode, String, T> row) throws IOException {
    List<T> out = new ArrayList<>();
    try (JsonlReader r = new JsonlReader(file)) {
      for (JsonlReader.Line line = r.next(); line != null; line = r.next()) {
        out.add(row.apply(id(line), text(line, textField)));
      }
    }
    return out;
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
