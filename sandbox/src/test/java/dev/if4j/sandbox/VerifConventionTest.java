package dev.if4j.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.if4j.sandbox.PythonSandbox.Convention;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** VerIF's rule functions: {@code check_following(instruction, response)} run as VerIF's runner runs them. */
class VerifConventionTest {
  private static PythonSandbox box;

  @BeforeAll
  static void start() {
    assumeTrue(PythonSandbox.findPython(null).isPresent(),
        "python3 (CPython 3.8+) is not installed: the sandbox tests need it and are skipped");
    box = PythonSandbox.start(PythonSandbox.Options.defaults().withWorkers(1).withTimeoutMs(1000).withMemoryMb(256));
  }

  @AfterAll
  static void stop() {
    if (box != null) box.close();
  }

  private static SandboxVerdict rule(String src, String response) {
    return box.call(src, "check_following", List.of("instruction", response), Convention.VERIF, 500);
  }

  @Test
  void truthyValuesPassAndFalsyOnesIncludingNoneDoNot() {
    String words = "def check_following(instruction, response):\n    return len(response.split()) >= 3\n";
    assertThat(rule(words, "one two three")).isEqualTo(SandboxVerdict.of(true));
    assertThat(rule(words, "one two")).isEqualTo(SandboxVerdict.of(false));
    assertThat(rule("def check_following(instruction, response):\n    return 'x'\n", "r")).isEqualTo(SandboxVerdict.of(true));
    assertThat(rule("def check_following(instruction, response):\n    return 0\n", "r")).isEqualTo(SandboxVerdict.of(false));
    assertThat(rule("def check_following(instruction, response):\n    return []\n", "r")).isEqualTo(SandboxVerdict.of(false));
    assertThat(rule("def check_following(instruction, response):\n    pass\n", "r")).isEqualTo(SandboxVerdict.of(false));
  }

  @Test
  void importsAnywhereInTheSourceAreVisibleToTheFunction() {
    String src = "import re\ndef check_following(instruction, response):\n"
        + "    from collections import Counter\n"
        + "    return Counter(re.findall(r'\\w+', response))['a'] == 2\n";
    assertThat(rule(src, "a b a")).isEqualTo(SandboxVerdict.of(true));
  }

  @Test
  void aTopLevelHelperIsInvisibleToTheFunctionAsInVerif() {
    // exec with separate globals and locals: helper lands in the locals, check_following's globals lack it.
    String src = "def helper(r):\n    return True\n"
        + "def check_following(instruction, response):\n    return helper(response)\n";
    SandboxVerdict v = rule(src, "r");
    assertThat(v.result()).isNull();
    assertThat(v.reason()).contains("NameError").contains("helper");
  }

  @Test
  void theResponseIsAVariableAtTopLevel() {
    String src = "n = len(response)\ndef check_following(instruction, response):\n    return True\n";
    assertThat(rule(src, "abc")).isEqualTo(SandboxVerdict.of(true));
  }

  @Test
  void aRaisingRuleAMissingEntryASyntaxErrorAndATimeoutHaveNoVerdict() {
    SandboxVerdict raised = rule("def check_following(instruction, response):\n    raise ValueError('nope')\n", "r");
    assertThat(raised.result()).isNull();
    assertThat(raised.reason()).contains("ValueError").contains("nope");
    assertThat(rule("def other(instruction, response):\n    return True\n", "r").reason())
        .contains("no check_following function");
    assertThat(rule("def check_following(:\n", "r").reason()).contains("SyntaxError");
    SandboxVerdict slow = rule("def check_following(instruction, response):\n    while True:\n        pass\n", "r");
    assertThat(slow.result()).isNull();
    assertThat(slow.reason()).contains("timeout after 500 ms");
    assertThat(rule("def check_following(instruction, response):\n    return True\n", "r")).isEqualTo(SandboxVerdict.of(true));
  }

  @Test
  void aDisallowedImportHasNoVerdict() {
    SandboxVerdict v = rule("import nltk\ndef check_following(instruction, response):\n    return True\n", "r");
    assertThat(v.result()).isNull();
    assertThat(v.reason()).contains("nltk");
  }

  @Test
  void theAutoifConventionStillRequiresABool() {
    String src = "def evaluate(response):\n    return 1\n";
    assertThat(box.call(src, "evaluate", List.of("r"), Convention.AUTOIF, 500).reason()).contains("returned int, not bool");
    assertThat(box.call("def evaluate(response):\n    return True\n", "evaluate", List.of("r"), Convention.AUTOIF, 500))
        .isEqualTo(SandboxVerdict.of(true));
  }
}
