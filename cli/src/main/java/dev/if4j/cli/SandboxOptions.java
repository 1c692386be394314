package dev.if4j.cli;

import dev.if4j.sandbox.PythonSandbox;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of the Python sandbox that runs LLM-written functions ({@code autoif verify} and the
 * {@code autoif} steps): one mixin, so that the limits read and are checked alike everywhere.
 */
final class SandboxOptions {
  @Option(names = "--timeout-ms", paramLabel = "MS", defaultValue = "" + PythonSandbox.DEFAULT_TIMEOUT_MS,
      description = "Sandbox wall-time limit per function call (default: ${DEFAULT-VALUE}; AutoIF used 5000).")
  int timeoutMs;

  @Option(names = "--memory-mb", paramLabel = "MIB", defaultValue = "" + PythonSandbox.DEFAULT_MEMORY_MB,
      description = "Sandbox address-space limit of a call's process (default: ${DEFAULT-VALUE}).")
  int memoryMb;

  @Option(names = "--workers", paramLabel = "N", description = "Sandbox worker processes (default: the number of cores).")
  Integer workers;

  @Option(names = "--python", paramLabel = "EXE",
      description = "The CPython 3.8+ interpreter (default: $IF4J_PYTHON, else python3 on the PATH).")
  String python;

  @Option(names = "--allow-weak-sandbox",
      description = "Run functions even where a sandbox layer (bubblewrap namespaces, seccomp) cannot be set up here;"
          + " the summary names the missing layers. Off by default: without them, nothing runs.")
  boolean allowWeakSandbox;

  /** The sandbox's settings; an out-of-range limit is a usage error. */
  PythonSandbox.Options options(CommandSpec spec) {
    try {
      PythonSandbox.Options o = PythonSandbox.Options.defaults().withTimeoutMs(timeoutMs).withMemoryMb(memoryMb)
          .withPython(python).withWeakSandboxAllowed(allowWeakSandbox);
      return workers == null ? o : o.withWorkers(workers);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
