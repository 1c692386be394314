package dev.if4j.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
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

  /**
   * A file to write; its missing parent directories are created, as {@code eval --output-dir} is
   * (asking the user to mkdir first only cost a rerun).
   */
  static Path writableFile(CommandSpec spec, CliEnv env, String name, String option) {
    Path p = env.resolve(Path.of(name));
    if (Files.isDirectory(p)) {
      throw new ParameterException(spec.commandLine(), option + ": " + name + " is a directory");
    }
    Path parent = p.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      try {
        Files.createDirectories(parent);
      } catch (IOException | SecurityException e) {
        throw new ParameterException(spec.commandLine(), option + ": cannot create the directory of " + name
            + " (" + (e instanceof FileAlreadyExistsException ? "a file is in the way" : e.getMessage()) + ")");
      }
    }
    return p;
  }
}
