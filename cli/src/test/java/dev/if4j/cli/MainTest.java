package dev.if4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line builds the model of the command a run names, and of all of them for help. */
class MainTest {
  @TempDir Path dir;

  private CliEnv env() {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return new CliEnv(new ByteArrayInputStream(new byte[0]), sink, sink, dir, Map.of(), CliHarness.NO_NETWORK);
  }

  @Test
  void aNamedCommandIsTheOnlyOneBuilt() {
    assertThat(Main.commandLine(env(), "check", "--input", "x").getSubcommands()).containsOnlyKeys("check");
    assertThat(Main.commandLine(env(), "bench-client").getSubcommands()).containsOnlyKeys("bench-client");
  }

  @Test
  void helpAndUnknownNamesGetEveryCommand() {
    assertThat(Main.commandLine(env(), "--help").getSubcommands()).hasSize(Main.COMMANDS.size())
        .containsKeys("check", "eval", "serve", "bench");
    assertThat(Main.commandLine(env(), "chek").getSubcommands()).hasSize(Main.COMMANDS.size());
    assertThat(Main.commandLine(env()).getSubcommands()).hasSize(Main.COMMANDS.size());
  }

  @Test
  void aTypoStillGetsPicoclisSuggestion() {
    CliHarness cli = new CliHarness(dir);

    int code = cli.run("chek", "--input", "x");

    assertThat(code).isEqualTo(Main.USAGE);
    assertThat(cli.err()).contains("check");
  }
}
