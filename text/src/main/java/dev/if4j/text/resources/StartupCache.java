package dev.if4j.text.resources;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The folder where a run keeps what later runs can reuse instead of computing again (the built
 * langdetect table, the checksums of language data): the launcher's start-up cache, passed as the
 * system property {@value #PROPERTY} (see docs/performance.md). Unset or {@code off}: nothing is
 * kept, as for a library or a test that sets none. Whatever is kept there is a cache: each entry
 * says what it was made from, is checked against it, and is made again when it does not match or
 * cannot be read.
 */
public final class StartupCache {
  /** The system property naming the folder. */
  public static final String PROPERTY = "if4j.cache";

  private StartupCache() {}

  /** The folder, when the run was given one. */
  public static Optional<Path> directory() {
    String dir = System.getProperty(PROPERTY);
    if (dir == null || dir.isBlank() || dir.equals("off")) return Optional.empty();
    return Optional.of(Path.of(dir));
  }
}
