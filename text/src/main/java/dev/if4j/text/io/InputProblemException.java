package dev.if4j.text.io;

/**
 * A piece of user input that cannot be used: where it is (a file's line, or a sample of a request),
 * which field, and what is wrong. Every surface uses this one class, so that the CLI maps it to exit
 * code 3, the reward server to HTTP 400, and a rejects file gets the reason without the location.
 *
 * <p>Code that reads a value knows only the field path relative to that value; callers that know more
 * put their part in front ({@link #within}) and then the location ({@link #atLine}, {@link #atSample}).
 * Each step returns a new exception with the old one as its cause, so nothing is lost.
 *
 * <p>Messages: {@code rows.jsonl:17: field 'kwargs[1]': problem} for a file's line,
 * {@code sample 3: ground_truth.kwargs[1]: problem} for a request's sample, and
 * {@code field 'kwargs[1]': problem} while no location is known.
 */
public final class InputProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final int sample;
  private final String field;
  private final String problem;

  /**
   * @param source the file as the user named it ({@code <stdin>} for standard input), or null
   * @param line the 1-based line, or 0 when the problem is not on one line (or no file is known)
   * @param sample the 0-based index of the sample in a request, or -1
   * @param field the path of the offending field ({@code kwargs[1]}, {@code ground_truth.kwargs[1]}),
   *     or null when the whole record is at fault
   * @param problem what is wrong, without location or field
   */
  private InputProblemException(
      String source, long line, int sample, String field, String problem, Throwable cause) {
    super(render(source, line, sample, field, problem), cause);
    this.source = source;
    this.line = line;
    this.sample = sample;
    this.field = field == null || field.isEmpty() ? null : field;
    this.problem = problem;
  }

  /** A problem with {@code field} (null: the whole value) whose location the caller adds. */
  public static InputProblemException inField(String field, String problem) {
    return new InputProblemException(null, 0, -1, field, problem, null);
  }

  /** The same, keeping what caused it. */
  public static InputProblemException inField(String field, String problem, Throwable cause) {
    return new InputProblemException(null, 0, -1, field, problem, cause);
  }

  /** A problem on a file's line ({@code line} 0: the file as a whole). */
  public static InputProblemException atLine(String source, long line, String field, String problem) {
    return new InputProblemException(source, line, -1, field, problem, null);
  }

  /** The same, keeping what caused it. */
  public static InputProblemException atLine(
      String source, long line, String field, String problem, Throwable cause) {
    return new InputProblemException(source, line, -1, field, problem, cause);
  }

  /** This problem with {@code parent} put in front of the field path ({@code ground_truth} + {@code kwargs[1]}). */
  public InputProblemException within(String parent) {
    if (parent == null || parent.isEmpty()) return this;
    String path = field == null ? parent : field.startsWith("[") ? parent + field : parent + "." + field;
    return new InputProblemException(source, line, sample, path, problem, this);
  }

  /** This problem, located on a file's line. */
  public InputProblemException atLine(String source, long line) {
    return new InputProblemException(source, line, -1, field, problem, this);
  }

  /** This problem, located in the {@code index}-th sample (0-based) of a request. */
  public InputProblemException atSample(int index) {
    return new InputProblemException(null, 0, index, field, problem, this);
  }

  /** The file as the user named it, or null. */
  public String source() {
    return source;
  }

  /** The 1-based line, or 0. */
  public long line() {
    return line;
  }

  /** The 0-based sample index, or -1. */
  public int sample() {
    return sample;
  }

  /** The offending field's path, or null when the whole record is at fault. */
  public String field() {
    return field;
  }

  /** What is wrong, without location and field. */
  public String problem() {
    return problem;
  }

  /** The problem with its field named, without the location (for a rejects file): {@code field 'kwargs': ...}. */
  public String reason() {
    return (field == null ? "" : "field '" + field + "': ") + problem;
  }

  private static String render(String source, long line, int sample, String field, String problem) {
    if (sample >= 0) return "sample " + sample + ": " + (field == null || field.isEmpty() ? "" : field + ": ") + problem;
    String where = source == null ? "" : source + (line > 0 ? ":" + line : "") + ": ";
    return where + (field == null || field.isEmpty() ? "" : "field '" + field + "': ") + problem;
  }
}
