package dev.if4j.llm;

/**
 * Why one attempt at a request failed, and whether trying again may help.
 *
 * @param kind what went wrong
 * @param status the HTTP status, or 0 when there was no response
 * @param message a short description (for the error record and the log)
 * @param retryAfterMillis the server's {@code Retry-After}, or -1
 */
public record CallFailure(Kind kind, int status, String message, long retryAfterMillis) {
  public enum Kind {
    /** 429: the server asks us to slow down. */
    RATE_LIMITED(true),
    /** 5xx. */
    SERVER_ERROR(true),
    /** No answer within the per-request timeout (or a 408). */
    TIMEOUT(true),
    /** Connection refused, reset or closed before a whole response arrived. */
    CONNECTION(true),
    /** A 200 whose body is not a chat completion: a proxy's error page, a truncated body. */
    MALFORMED(true),
    /** Any other 4xx: the request itself is wrong (bad model name, prompt too long); retrying cannot help. */
    CLIENT_ERROR(false);

    private final boolean retryable;

    Kind(boolean retryable) {
      this.retryable = retryable;
    }

    public boolean retryable() {
      return retryable;
    }

    /** {@code rate_limited}..., as records name it. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public boolean retryable() {
    return kind.retryable();
  }

  /** The failure an HTTP status other than 200 stands for. */
  static CallFailure ofStatus(int status, String bodyExcerpt, long retryAfterMillis) {
    Kind kind = status == 429 ? Kind.RATE_LIMITED
        : status == 408 ? Kind.TIMEOUT
        : status >= 500 ? Kind.SERVER_ERROR
        : Kind.CLIENT_ERROR;
    String msg = "HTTP " + status + (bodyExcerpt.isEmpty() ? "" : ": " + bodyExcerpt);
    return new CallFailure(kind, status, msg, retryAfterMillis);
  }

  @Override
  public String toString() {
    return kind.label() + ": " + message;
  }
}
