package dev.if4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's start-up archive bookkeeping ({@code scripts/startup.sh}), driven through bash with
 * the JDK 19-24 flavour (the archive is the file the run writes; no JVM is started here).
 */
class StartupScriptTest {
  private static final Path SCRIPT = Path.of("..", "scripts", "startup.sh").toAbsolutePath().normalize();

  @TempDir Path dir;

  /** Runs {@code body} after sourcing the script, with the cache in {@code dir/cache}; its output. */
  private String bash(String body) throws IOException, InterruptedException {
    String script = "set -u\n. '" + SCRIPT + "'\nJAVA_HOME=/no/jdk IF4J_JAVA_MAJOR=21\nIF4J_STARTUP_CACHE='" + dir.resolve("cache")
        + "'\njar='" + dir.resolve("if4j.jar") + "'\necho jar > \"$jar\"\n"
        + "record() { if4j_archive_plan \"$jar\" \"$@\" && [ \"$IF4J_ARCHIVE_MODE\" = record ] && echo archive > \"$IF4J_ARCHIVE_TMP\" && if4j_archive_publish; }\n"
        // The mode a run would get; a recording run that records nothing frees its lock.
        + "plan() { if if4j_archive_plan \"$jar\" \"$@\" 2>/dev/null; then echo \"$IF4J_ARCHIVE_MODE\";"
        + " [ \"$IF4J_ARCHIVE_MODE\" = use ] || if4j_archive_publish; else echo none; fi; }\n"
        + "hold() { if4j_archive_plan \"$jar\" \"$@\" 2>/dev/null; }\n"
        // The flags a run would get, a line when there are any.
        + "flags() { if4j_run_flags \"$@\"; [ -z \"$IF4J_RUN_FLAGS\" ] || echo \"$IF4J_RUN_FLAGS\"; }\n" + body;
    Process p = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  private long archives() throws IOException {
    try (var files = Files.list(dir.resolve("cache"))) {
      return files.filter(f -> f.toString().endsWith(".jsa")).count();
    }
  }

  @Test
  void theFirstRunRecordsAndLaterRunsUseTheArchive() throws Exception {
    assertThat(bash("plan check; record check 2>/dev/null; plan check")).isEqualTo("record\nuse\n");
    assertThat(archives()).isEqualTo(1);
  }

  @Test
  void eachFlagSetKeepsItsOwnArchiveAndARebuildReplacesOnlyItsOwn() throws Exception {
    bash("record check -XX:A 2>/dev/null; record check -XX:B 2>/dev/null; record bench -XX:A 2>/dev/null");
    assertThat(archives()).isEqualTo(3);

    // A rebuilt jar (other size): check -XX:A records anew and drops its old archive only.
    assertThat(bash("echo rebuilt >> \"$jar\"; plan check -XX:A; record check -XX:A 2>/dev/null; plan check -XX:A"))
        .isEqualTo("record\nuse\n");
    assertThat(archives()).isEqualTo(3);
  }

  @Test
  void twoJarsSharingTheCacheKeepEachTheirOwnArchive() throws Exception {
    // Another checkout's jar (another path, another size) records its own and leaves this one's.
    assertThat(bash("record check 2>/dev/null; other='" + dir.resolve("other.jar") + "'; echo other jar > \"$other\";"
        + " if4j_archive_plan \"$other\" check 2>/dev/null && echo archive > \"$IF4J_ARCHIVE_TMP\" && if4j_archive_publish;"
        + " plan check")).isEqualTo("use\n");
    assertThat(archives()).isEqualTo(2);
  }

  @Test
  void checkAndEvalOfFilesUpToTheLimitGetTheShortRunFlags() throws Exception {
    Files.writeString(dir.resolve("rows.jsonl"), "{}\n");
    String shortRun = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";
    String tinyRun = shortRun + " -XX:CompileThresholdScaling=5";
    String oneCore = "if4j_second_core() { return 1; }; ";
    assertThat(bash("cd '" + dir + "'; " + oneCore + "flags check --input rows.jsonl --output -;"
        + " flags eval --output-dir x --responses=rows.jsonl")).isEqualTo(tinyRun + "\n" + tinyRun + "\n");
    // With a second core the compiler works beside the run: the usual counts, less time waited,
    // named so that tiny runs keep an archive apart from bigger ones (their classes differ).
    assertThat(bash("cd '" + dir + "'; if4j_second_core() { return 0; }; flags check --input rows.jsonl"))
        .isEqualTo(shortRun + " -XX:CompileThresholdScaling=1\n");
    // Above 1 MB (IF4J_TINY_RUN_BYTES), methods compile at the usual counts.
    assertThat(bash("cd '" + dir + "'; " + oneCore + "IF4J_TINY_RUN_BYTES=2 flags check --input rows.jsonl"))
        .isEqualTo(shortRun + "\n");
    assertThat(bash("cd '" + dir + "'; flags check --input -; flags check --input missing.jsonl;"
        + " flags bench --input rows.jsonl; IF4J_SHORT_RUN_BYTES=1 flags check --input rows.jsonl")).isEmpty();
    // serve: a young generation that holds a per-sample burst's live requests.
    assertThat(bash("cd '" + dir + "'; flags serve --port 8000")).isEqualTo("-Xms2g -Xmn1200m\n");
    // ... unless the user sizes the heap (a 2 GB -Xms above -Xmx1g would not start).
    assertThat(bash("cd '" + dir + "'; IF4J_JAVA_OPTS=-Xmx1g flags serve --port 8000")).isEmpty();
  }

  @Test
  void oneProcessGivesTheJarsKeyTheInputsSizeAndWhetherASourceIsNewer() throws Exception {
    Path main = Files.createDirectories(dir.resolve("m/src/main/java"));
    Path test = Files.createDirectories(dir.resolve("m/src/test/java"));
    Files.writeString(dir.resolve("rows.jsonl"), "{\"a\": 1}\n");
    Files.createSymbolicLink(dir.resolve("link.jsonl"), dir.resolve("rows.jsonl"));
    Path jar = dir.resolve("if4j.jar");
    String probe = "if4j_probe \"$jar\" '" + dir.resolve("link.jsonl") + "' '" + main + "';"
        + " echo \"$IF4J_JAR_KEY $IF4J_INPUT_SIZE $IF4J_STALE\"; stat -c '%s-%Y' \"$jar\"";
    String[] lines = bash("touch -d '2020-01-01' '" + main + "'/A.java '" + test + "'/B.java; " + probe).split("\n");
    // The key is stat's size and modification second; a symlinked input counts its target's bytes.
    assertThat(lines[0]).isEqualTo(lines[1] + " 9 false");
    // A newer test source is not in the jar; a newer main source is.
    assertThat(bash("touch '" + test + "'/B.java; sleep 1; touch -d '2020-01-01' '" + main + "'/A.java; " + probe))
        .startsWith("4-").contains(" 9 false\n");
    assertThat(bash("sleep 1; touch '" + main + "'/A.java; " + probe)).contains(" 9 true\n");
    // No jar: stale, no key; a missing input has no size.
    assertThat(bash("if4j_probe '" + dir.resolve("none.jar") + "' '" + dir.resolve("none.jsonl") + "';"
        + " echo \"[$IF4J_JAR_KEY] [$IF4J_INPUT_SIZE] $IF4J_STALE\"")).isEqualTo("[] [] true\n");
  }

  @Test
  void theFlagsKeyIsCksumsAndIsReadBackWithoutStartingIt() throws Exception {
    // cksum as a function: it says when it runs, then runs the real one.
    String counted = "cksum() { echo ran >&2; command cksum; }; if4j_startup_dir; mkdir -p \"$IF4J_STARTUP_DIR\"; ";
    String expected = bash("printf '%s\\n' a 'b c' -XX:D | cksum").split(" ")[0];
    assertThat(bash(counted + "for i in 1 2; do if4j_flags_key a 'b c' -XX:D; echo \"$IF4J_FLAGS_KEY\"; done"))
        .isEqualTo("ran\n" + expected + "\n" + expected + "\n");
    // Another list, even one that joins to the same words, has its own key.
    assertThat(bash(counted + "if4j_flags_key a b c -XX:D; echo \"$IF4J_FLAGS_KEY\"")).startsWith("ran\n")
        .doesNotContain(expected);
    // A damaged line is not used; the file starts over once it holds 64 lines.
    Path memo = dir.resolve("cache/flag-keys");
    Files.writeString(memo, "12x\ta\u001fb c\u001f-XX:D\u001f\n".repeat(64));
    assertThat(bash(counted + "if4j_flags_key a 'b c' -XX:D; echo \"$IF4J_FLAGS_KEY\"")).isEqualTo("ran\n" + expected + "\n");
    assertThat(Files.readAllLines(memo)).hasSize(1);
  }

  @Test
  void noArchiveWhenOffUnwritableBusyOrForServe() throws Exception {
    assertThat(bash("IF4J_STARTUP_CACHE=off; plan check")).isEqualTo("none\n");
    assertThat(bash("IF4J_STARTUP_CACHE=/proc/if4j-cannot-write-here; plan check")).isEqualTo("none\n");
    assertThat(bash("plan serve; plan --help; plan ''")).isEqualTo("none\nnone\nnone\n");
    assertThat(bash("IF4J_JAVA_MAJOR=17; plan check")).isEqualTo("none\n");
    // Another run is recording this archive: run without one rather than wait.
    assertThat(bash("hold check; plan check")).isEqualTo("none\n");
  }
}
