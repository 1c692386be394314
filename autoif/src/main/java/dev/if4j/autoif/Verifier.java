package dev.if4j.autoif;

import dev.if4j.sandbox.PythonSandbox;
import dev.if4j.sandbox.SandboxVerdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs verification functions on inputs in the sandbox, as many calls at once as it has workers.
 * Results come back in the order asked, whatever order the calls end in.
 */
final class Verifier implements AutoCloseable {
  /** One call: function source and the response it judges. */
  record Call(String func, String input) {}

  /**
   * Appended to a function to learn whether it can be defined at all (AutoIF's {@code exec(func)}
   * check): when the function's own code runs through, this later definition is what is called and
   * answers True; a syntax error or an exception at the top level leaves no verdict.
   */
  private static final String DEFINES_PROBE = "\n\n\ndef evaluate(response):\n    return True\n";

  private final PythonSandbox box;
  private final ExecutorService pool;
  private final Map<String, Boolean> defines = new HashMap<>();
  private long calls;

  Verifier(PythonSandbox box) {
    this.box = box;
    this.pool = Executors.newFixedThreadPool(box.options().workers(), r -> {
      Thread t = new Thread(r, "if4j-autoif-verify");
      t.setDaemon(true);
      return t;
    });
  }

  /** Verdicts of the calls (null: no verdict), in order. */
  List<Boolean> run(List<Call> calls) throws InterruptedException {
    List<Future<SandboxVerdict>> fs = new ArrayList<>(calls.size());
    for (Call c : calls) fs.add(pool.submit(() -> box.evaluate(c.func(), c.input())));
    List<Boolean> out = new ArrayList<>(calls.size());
    for (Future<SandboxVerdict> f : fs) {
      try {
        out.add(f.get().result());
      } catch (ExecutionException e) {
        throw new IllegalStateException("sandbox call failed", e.getCause());
      }
    }
    this.calls += calls.size();
    return out;
  }

  /** For each function, whether its source runs through when defined (memoised). */
  List<Boolean> defines(List<String> funcs) throws InterruptedException {
    List<String> unknown = new ArrayList<>(new java.util.LinkedHashSet<>(funcs));
    unknown.removeIf(defines::containsKey);
    if (!unknown.isEmpty()) {
      List<Call> probes = new ArrayList<>();
      for (String f : unknown) probes.add(new Call(f + DEFINES_PROBE, ""));
      List<Boolean> r = run(probes);
      for (int i = 0; i < unknown.size(); i++) defines.put(unknown.get(i), Boolean.TRUE.equals(r.get(i)));
    }
    List<Boolean> out = new ArrayList<>(funcs.size());
    for (String f : funcs) out.add(defines.get(f));
    return out;
  }

  long calls() {
    return calls;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
