package dev.if4j.sandbox;

/** No usable CPython (3.8 or later, for audit hooks) was found, or its worker would not start. */
public final class SandboxUnavailableException extends RuntimeException {
  public SandboxUnavailableException(String message) {
    super(message);
  }

  public SandboxUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
