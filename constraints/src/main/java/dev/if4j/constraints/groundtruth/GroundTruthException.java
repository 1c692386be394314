package dev.if4j.constraints.groundtruth;

/**
 * A row whose ground truth cannot be read. It names the format (null when none could be told) and
 * the field ({@code kwargs[1]}, {@code ground_truth[0].kwargs[2]}; null when the whole row is at
 * fault); the reader that knows the file and line adds them.
 */
public final class GroundTruthException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient GroundTruthFormat format;
  private final String field;
  private final String problem;

  public GroundTruthException(GroundTruthFormat format, String field, String problem, Throwable cause) {
    super((field == null ? "" : "field '" + field + "': ") + problem + suffix(format), cause);
    this.format = format;
    this.field = field;
    this.problem = problem;
  }

  public GroundTruthException(GroundTruthFormat format, String field, String problem) {
    this(format, field, problem, null);
  }

  /** The format the row was being read as, or null (no format recognised, or several). */
  public GroundTruthFormat format() {
    return format;
  }

  /** The offending field, or null. */
  public String field() {
    return field;
  }

  /** What is wrong, without the field. */
  public String problem() {
    return problem;
  }

  /** What is wrong and in which format, without the field: {@code "... (open-instruct format)"}. */
  public String problemInFormat() {
    return problem + suffix(format);
  }

  private static String suffix(GroundTruthFormat format) {
    return format == null ? "" : " (" + format.cliName() + " format)";
  }
}
