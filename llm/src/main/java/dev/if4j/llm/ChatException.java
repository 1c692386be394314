package dev.if4j.llm;

/** A request that failed for good: a failure that cannot be retried, or the last of its attempts. */
public final class ChatException extends Exception {
  private final CallFailure failure;
  private final int attempts;

  public ChatException(CallFailure failure, int attempts) {
    super(failure + " (after " + attempts + (attempts == 1 ? " attempt)" : " attempts)"));
    this.failure = failure;
    this.attempts = attempts;
  }

  public CallFailure failure() {
    return failure;
  }

  public int attempts() {
    return attempts;
  }
}
