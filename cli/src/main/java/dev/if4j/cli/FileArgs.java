package dev.if4j.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** File arguments checked up front, so that a typo is a usage error (exit 2) with a clear message. */
final class FileArgs {
  private FileArgs() {}

  static Path existingFile(CommandSpec spec, CliEnv env, String name, String option) {
    Path p = env.resolve(Path.of(name));
    if (!Files.isRegularFile(p)) {
      throw new ParameterException(spec.commandLine(), option + ": " + name
          + (Files.exists(p) ? " is not a regular file" : " does not exist"));
    }
    return p;
  }

  static Path writableFile(CommandSpec spec, CliEnv env, String name, String option) {
    Path p = env.resolve(Path.of(name));
    Path parent = p.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new ParameterException(spec.commandLine(), option + ": the directory of " + name
          + " does not exist (create it first)");
    }
    if (Files.isDirectory(p)) {
      throw new ParameterException(spec.commandLine(), option + ": " + name + " is a directory");
    }
    return p;
  }
}
