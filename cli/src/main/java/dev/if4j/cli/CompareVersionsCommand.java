package dev.if4j.cli;

import dev.if4j.constraints.versions.UpstreamVersion;
import dev.if4j.constraints.versions.Versions;
import dev.if4j.text.io.JsonlLines;
import dev.if4j.eval.versions.VersionComparison;
import dev.if4j.text.TextTools;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "compare-versions",
    mixinStandardHelpOptions = true,
    description = {
      "Scores one run under several upstream versions of a registry and lists every instruction whose"
          + " verdict moves between them, with the upstream changes that touched its checker.",
      "Reads rows as check does; writes one JSON line per moved verdict ({\"id\", \"line\","
          + " \"instruction_id\", \"verdicts\": {VERSION: {\"strict\", \"loose\"} or \"refused\"},"
          + " \"changes\": [...]}) and prints each version's figures."
    })
final class CompareVersionsCommand implements Callable<Integer> {
  private final CliEnv env;

  @Spec CommandSpec spec;

  @Option(names = "--input", required = true, paramLabel = "FILE", description = "Rows with responses (JSONL); - for standard input.")
  String input;

  @Option(names = "--versions", required = true, paramLabel = "LIST", split = ",",
      description = "Two or more versions of one registry, e.g. ifbench@2025-07-paper,ifbench@c62b347,ifbench"
          + " (a plain name is its pinned version; 'if4j registries' lists them).")
  List<String> versions;

  @Option(names = "--output", paramLabel = "FILE", defaultValue = "-",
      description = "The moved verdicts (JSONL); - for standard output (default; the figures then go to standard error).")
  String output;

  @Mixin Options.Resources resources;

  CompareVersionsCommand(CliEnv env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    List<UpstreamVersion> chosen = new ArrayList<>();
    VersionComparison comparison;
    try {
      for (String name : versions) {
        String n = name.strip();
        chosen.add(Versions.isVersioned(n) ? Versions.find(n)
            : Versions.pinned(n).orElseThrow(() -> new IllegalArgumentException("'" + n
                + "' has no upstream versions; known: " + String.join(", ",
                    Versions.all().stream().map(UpstreamVersion::registry).distinct().toList()))));
      }
      comparison = new VersionComparison(chosen, new TextTools(resources.store(env)));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--versions: " + e.getMessage());
    }
    boolean stdin = input.equals("-");
    boolean stdout = output.equals("-");
    Path inPath = stdin ? null : FileArgs.existingFile(spec, env, input, "--input");
    Path outPath = stdout ? null : FileArgs.writableFile(spec, env, output, "--output");
    VersionComparison.Result result;
    try (JsonlLines lines = stdin ? new JsonlLines(JsonlLines.STDIN, env.in()) : JsonlLines.open(inPath);
        OutputStream out = stdout ? new CheckCommand.NonClosing(env.out())
            : new BufferedOutputStream(Files.newOutputStream(outPath), 1 << 16)) {
      result = comparison.run(lines, out);
    }
    (stdout ? env.err() : env.out()).print(result.table());
    env.out().flush();
    return Main.OK;
  }
}
