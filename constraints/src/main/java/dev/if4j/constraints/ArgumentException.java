package dev.if4j.constraints;

/** A constraint argument is unknown, of the wrong type or out of range. */
public final class ArgumentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String instructionId;
  private final String key;

  public ArgumentException(String instructionId, String key, Object value, String problem) {
    super(instructionId + ": argument '" + key + "'" + (value == null ? "" : " = " + render(value))
        + ": " + problem);
    this.instructionId = instructionId;
    this.key = key;
  }

  private static String render(Object value) {
    String s = value instanceof String str ? '"' + str + '"' : String.valueOf(value);
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }

  public String instructionId() {
    return instructionId;
  }

  public String key() {
    return key;
  }
}
