package dev.if4j.sandbox;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

/**
 * The sandbox tests need python3 and bubblewrap. In CI (env CI set) a missing one fails the tests,
 * naming it: an attack suite that skips proves nothing. Elsewhere they are skipped, saying why.
 */
final class SandboxTestSupport {
  private SandboxTestSupport() {}

  static void requireFullSandbox() {
    List<String> missing = PythonSandbox.missingLayersHere(null);
    if (missing.isEmpty()) return;
    String why = "the full Python sandbox cannot run here: " + String.join("; ", missing);
    if (System.getenv("CI") != null) fail(why + " (CI is set, so this is a failure, not a skip; .ci/run installs bubblewrap and python3)");
    assumeTrue(false, why + " (skipped because env CI is unset)");
  }
}
