package dev.if4j.cli;

import dev.if4j.constraints.Registry;
import dev.if4j.constraints.Registries;
import dev.if4j.text.resources.HttpResourceFetcher;
import dev.if4j.text.resources.ResourceFetcher;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What the commands talk to: standard streams, the working directory, the registries and the
 * downloader. The real one is {@link #system()}; tests build their own (fake downloads, extra
 * registries, captured streams) and run picocli in-process.
 */
public record CliEnv(InputStream in, PrintStream out, PrintStream err, Path workDir,
    Map<String, Registry> extraRegistries, ResourceFetcher fetcher) {
  public CliEnv {
    Objects.requireNonNull(in);
    Objects.requireNonNull(out);
    Objects.requireNonNull(err);
    Objects.requireNonNull(workDir);
    extraRegistries = Map.copyOf(extraRegistries);
    Objects.requireNonNull(fetcher);
  }

  public static CliEnv system() {
    PrintStream err = System.err;
    return new CliEnv(System.in, System.out, err, Path.of("").toAbsolutePath(), Map.of(),
        new HttpResourceFetcher(HttpResourceFetcher.http(), msg -> err.println("if4j: " + msg)));
  }

  /** The registry called {@code name} (an unknown name is an {@link IllegalArgumentException}). */
  Registry registry(String name) {
    Registry r = extraRegistries.get(name);
    return r != null ? r : Registries.byName(name);
  }

  /**
   * {@code path} as the user meant it: relative to the working directory. It stays as typed when
   * that is the process's own directory, so that messages name files the way the user did.
   */
  Path resolve(Path path) {
    if (path.isAbsolute() || workDir.equals(Path.of("").toAbsolutePath())) return path;
    return workDir.resolve(path);
  }
}
