package dev.if4j.sandbox;

/**
 * What one sandboxed call of {@code evaluate(response)} gave: {@code true} or {@code false}, or
 * {@code null} with the reason (the function raised, timed out, returned something other than a
 * bool, or was stopped by the sandbox). AutoIF treats all of those as "no verdict", so they share
 * one shape here.
 */
public record Verdict(Boolean result, String reason) {
  public static Verdict of(boolean result) {
    return new Verdict(result, null);
  }

  public static Verdict none(String reason) {
    return new Verdict(null, reason);
  }
}
