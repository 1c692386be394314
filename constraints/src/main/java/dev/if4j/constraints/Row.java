package dev.if4j.constraints;

import java.util.List;
import java.util.Objects;

/**
 * One thing to judge: a response, the prompt it answers and the instructions (with arguments) it
 * must follow.
 *
 * @param id the row's id ({@code id} or {@code key} in the input), never null
 * @param prompt the prompt, or empty when the input has none
 * @param response the response to judge
 * @param instructionIds the instruction ids, in order
 * @param kwargs the arguments of each instruction (same length as {@code instructionIds})
 */
public record Row(String id, String prompt, String response, List<String> instructionIds,
    List<Args> kwargs) {
  public Row {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(response, "response");
    instructionIds = List.copyOf(instructionIds);
    kwargs = List.copyOf(kwargs);
    if (instructionIds.size() != kwargs.size()) {
      throw new IllegalArgumentException("row " + id + ": " + instructionIds.size()
          + " instruction ids but " + kwargs.size() + " kwargs entries");
    }
  }
}
