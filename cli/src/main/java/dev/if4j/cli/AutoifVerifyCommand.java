package dev.if4j.cli;

import dev.if4j.autoif.FunctionVerification;
import dev.if4j.sandbox.PythonSandbox;
import dev.if4j.sandbox.SandboxUnavailableException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
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
    FunctionVerification.Result r;
    try {
      r = FunctionVerification.run(funcsIn, respIn, opts, out);
    } catch (SandboxUnavailableException e) {
      env.err().println("if4j: " + e.getMessage());
      return Main.INTERNAL;
    }
    env.out().printf(Locale.ROOT, "%d functions x %d responses: %d true, %d false, %d null -> %s"
            + " (%.0f calls/s, %d workers, sandbox %s)%n",
        r.functions(), r.responses(), r.trues(), r.falses(), r.nulls(), out, r.callsPerSecond(), r.workers(),
        r.sandboxLayers());
    env.out().flush();
    return Main.OK;
  }
}
