package dev.if4j.sandbox;

/**
 * What one sandboxed call of {@code evaluate(response)} gave: {@code true} or {@code false}, or
 * {@code null} with the reason (the function raised, timed out, returned something other than a
 * bool, or was stopped by the sandbox). AutoIF treats all of those as "no verdict", so they share
 * one shape here.
 */
public record SandboxVerdict(Boolean result, String reason) {
  public static SandboxVerdict of(boolean result) {
    return new SandboxVerdict(result, null);
  }

  public static SandboxVerdict none(String reason) {
    return new SandboxVerdict(null, reason);
  }
}
