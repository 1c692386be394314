package dev.if4j.cli;

import dev.if4j.constraints.groundtruth.GroundTruth;
import dev.if4j.constraints.groundtruth.RuleRunner;
import dev.if4j.sandbox.PythonSandbox;
import dev.if4j.sandbox.SandboxVerdict;
import java.time.Duration;
import java.util.List;

/**
 * VerInstruct {@code [rule]} checkers run in the {@link PythonSandbox}, as VerIF runs them: {@code
 * check_following("instruction", response)} under VerIF's runner convention, truthy passes, a raise,
 * a timeout or a sandbox refusal is no verdict (not passed, with the reason).
 *
 * <p>Lives in the cli, the one module that sees both {@code constraints} (the interface) and {@code
 * sandbox} (which depends on nothing of ours). The pool starts on the first rule, so runs without
 * VerInstruct rows start no Python.
 */
final class SandboxRuleRunner implements RuleRunner, AutoCloseable {
  /** Time a call takes beyond the function's own run, generously (a fork and two pipe messages). */
  private static final long CALL_OVERHEAD_MS = 500;

  private final PythonSandbox.Options options;
  private volatile PythonSandbox box;
  private boolean closed;

  SandboxRuleRunner(PythonSandbox.Options options) {
    this.options = options;
  }

  @Override
  public Outcome run(GroundTruth.Checker checker, String response) {
    SandboxVerdict v = sandbox().call(checker.function(), "check_following",
        List.of(RuleRunner.VERIF_INSTRUCTION_ARGUMENT, response), PythonSandbox.Convention.VERIF, options.timeoutMs());
    return v.result() == null ? Outcome.none(v.reason()) : Outcome.of(v.result());
  }

  /**
   * The call's own wall-time limit, plus what a call costs around it (a fork, the answer, a wait
   * for a free worker), so that the sandbox's limit, not the sample's, ends a looping rule.
   */
  @Override
  public Duration timeLimit() {
    return Duration.ofMillis(options.timeoutMs() + CALL_OVERHEAD_MS);
  }

  private PythonSandbox sandbox() {
    PythonSandbox b = box;
    if (b == null) {
      synchronized (this) {
        if (closed) throw new IllegalStateException("rule runner closed");
        b = box;
        if (b == null) box = b = PythonSandbox.start(options);
      }
    }
    return b;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (box != null) box.close();
  }
}
