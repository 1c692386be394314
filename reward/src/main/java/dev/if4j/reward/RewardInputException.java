package dev.if4j.reward;

/**
 * Something wrong with a sample (its ground truth, weights, prompt...), naming the field: the reward
 * server answers it with HTTP 400, never with a silent score.
 *
 * <p>{@link #field()} is a path relative to what was being read ({@code ground_truth.kwargs[1]});
 * callers that know more put their part in front with {@link #within(String)}.
 */
public final class RewardInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String problem;

  public RewardInputException(String field, String problem) {
    this(field, problem, null);
  }

  public RewardInputException(String field, String problem, Throwable cause) {
    super(field.isEmpty() ? problem : field + ": " + problem, cause);
    this.field = field;
    this.problem = problem;
  }

  /** The path of the offending field, e.g. {@code ground_truth.kwargs[1]} (empty: the whole value). */
  public String field() {
    return field;
  }

  /** What is wrong with it. */
  public String problem() {
    return problem;
  }

  /** The same problem, with {@code parent} put in front of the field path. */
  public RewardInputException within(String parent) {
    String path = field.isEmpty() ? parent
        : parent.isEmpty() ? field
        : field.startsWith("[") ? parent + field : parent + "." + field;
    return new RewardInputException(path, problem, this);
  }
}
