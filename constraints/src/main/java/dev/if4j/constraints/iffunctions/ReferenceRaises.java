package dev.if4j.constraints.iffunctions;

/**
 * Where open-instruct's reference raises instead of returning a score: the Python exception's type
 * ({@code TypeError}, {@code IndexError}, {@code LangDetectException}...) and its message.
 *
 * <p>The reference's reward loop has no verdict there (the exception escapes it), so if4j reports
 * "not followed" with this as the reason rather than inventing one.
 */
public final class ReferenceRaises extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String pythonType;

  public ReferenceRaises(String pythonType, String message) {
    super(pythonType + ": " + message);
    this.pythonType = pythonType;
  }

  /** The Python exception class name, e.g. {@code IndexError}. */
  public String pythonType() {
    return pythonType;
  }

  static ReferenceRaises typeError(String message) {
    return new ReferenceRaises("TypeError", message);
  }
}
