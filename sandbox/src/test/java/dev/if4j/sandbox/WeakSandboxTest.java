package dev.if4j.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A machine without bubblewrap: no guest code runs unless the weaker sandbox is asked for, by name. */
class WeakSandboxTest {
  private static final Path NO_BWRAP = Path.of("/nonexistent/if4j-test/bwrap");
  private static final PythonSandbox.Options ONE = PythonSandbox.Options.defaults().withWorkers(1).withMemoryMb(256);

  @BeforeAll
  static void needPython() {
    SandboxTestSupport.requireFullSandbox();
  }

  @Test
  void withoutBubblewrapTheSandboxRefusesNamingTheLayerAndTheOptIn() {
    assertThatThrownBy(() -> PythonSandbox.start(ONE, true, NO_BWRAP))
        .isInstanceOf(SandboxUnavailableException.class)
        .hasMessageContaining("no guest code runs")
        .hasMessageContaining("bubblewrap")
        .hasMessageContaining("apt-get install bubblewrap")
        .hasMessageContaining("--allow-weak-sandbox");
  }

  @Test
  void theOptInRunsWithTheOtherLayersAndSaysWhatIsMissing() {
    try (PythonSandbox weak = PythonSandbox.start(ONE.withWeakSandboxAllowed(true), true, NO_BWRAP)) {
      assertThat(weak.missingLayers()).singleElement().asString().contains("bubblewrap");
      assertThat(weak.describeLayers()).startsWith("WEAK (missing: namespaces");
      assertThat(weak.toString()).contains("WEAK");
      assertThat(weak.evaluate("def evaluate(r):\n    return r == 'x'\n", "x")).isEqualTo(SandboxVerdict.of(true));
      // The seccomp filter is still there: a call the audit hook never sees is refused.
      String mknod = "def evaluate(r):\n"
          + "    w = [c for c in ().__class__.__base__.__subclasses__() if c.__name__ == '_wrap_close'][0]\n"
          + "    w.__init__.__globals__['sys'].modules['os'].mkfifo('/nonexistent-if4j-fifo')\n"
          + "    return True\n";
      assertThat(weak.evaluate(mknod, "x").reason()).contains("Operation not permitted");
    }
  }
}
