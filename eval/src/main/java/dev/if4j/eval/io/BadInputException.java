package dev.if4j.eval.io;

/**
 * A line of an input file that cannot be judged: malformed JSON, a missing or mistyped field, an
 * unknown instruction id, an invalid argument. The message starts with {@code file:line:} and names
 * the field, e.g. {@code rows.jsonl:17: field 'kwargs': 2 entries but instruction_id_list has 3}.
 */
public final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final String field;
  private final String problem;

  /**
   * @param source the file as the user named it ({@code <stdin>} for standard input)
   * @param line 1-based line number
   * @param field the offending field ({@code kwargs[1]}), or null when the whole line is at fault
   * @param problem what is wrong, without the location
   */
  public BadInputException(String source, long line, String field, String problem, Throwable cause) {
    super(source + ":" + line + ": " + (field == null ? "" : "field '" + field + "': ") + problem, cause);
    this.source = source;
    this.line = line;
    this.field = field;
    this.problem = problem;
  }

  public BadInputException(String source, long line, String field, String problem) {
    this(source, line, field, problem, null);
  }

  public String source() {
    return source;
  }

  public long line() {
    return line;
  }

  /** The offending field, or null. */
  public String field() {
    return field;
  }

  /** What is wrong, without file and line. */
  public String problem() {
    return problem;
  }

  /** The problem with the field named, without file and line (for a rejects file). */
  public String reason() {
    return (field == null ? "" : "field '" + field + "': ") + problem;
  }
}
