package dev.if4j.constraints;

/** The JSON shapes a constraint argument can take. */
public enum ArgType {
  /** A JSON integer (Python {@code int}). */
  INT,
  /** A JSON string. */
  STRING,
  /** A JSON array of strings. */
  STRING_LIST,
  /** A JSON number, integer or not. */
  NUMBER,
  /** A JSON boolean. */
  BOOLEAN,
  /** Any JSON value, checked by the constraint itself. */
  ANY
}
