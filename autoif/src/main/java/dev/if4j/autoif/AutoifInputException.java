package dev.if4j.autoif;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An input file of a step is not what the step reads: the message names the file, the line (1-based)
 * and the field, so the row can be found and fixed by hand.
 */
public final class AutoifInputException extends IOException {
  private final Path file;
  private final long line;

  public AutoifInputException(Path file, long line, String message) {
    super(file + (line > 0 ? ":" + line : "") + ": " + message);
    this.file = file;
    this.line = line;
  }

  public Path file() {
    return file;
  }

  /** The 1-based line, or 0 when the problem is the file as a whole. */
  public long line() {
    return line;
  }
}
