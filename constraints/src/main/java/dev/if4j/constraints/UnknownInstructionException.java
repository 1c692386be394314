package dev.if4j.constraints;

import java.util.List;

/** An instruction id that the registry does not know. */
public final class UnknownInstructionException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String instructionId;

  public UnknownInstructionException(String registry, String instructionId, List<String> nearest) {
    super("unknown instruction id '" + instructionId + "' in registry " + registry
        + (nearest.isEmpty() ? "" : "; did you mean " + String.join(", ", nearest) + "?"));
    this.instructionId = instructionId;
  }

  /** An id refused for a reason of the registry's own (see {@link Registry#without}). */
  public UnknownInstructionException(String instructionId, String message) {
    super(message);
    this.instructionId = instructionId;
  }

  public String instructionId() {
    return instructionId;
  }
}
