package dev.if4j.data.io;

/**
 * A line of an input file that cannot be used: names the file, the line and what is wrong, so that
 * the user can fix it without reading a stack trace. The CLI turns it into exit code 3.
 */
public final class DataInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DataInputException(String source, long line, String problem) {
    super(source + ":" + line + ": " + problem);
  }

  public DataInputException(String message) {
    super(message);
  }
}
