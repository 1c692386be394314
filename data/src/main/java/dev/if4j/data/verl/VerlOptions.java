package dev.if4j.data.verl;

import java.util.Objects;

/**
 * What goes into verl rows besides the task: the {@code data_source} and {@code ability} columns,
 * whether {@code extra_info.key} is an integer (IFEval's keys) or a string, and an optional text
 * appended to the user message (verl's preprocessing scripts add such an instruction; the ground
 * truth and {@code extra_info.prompt} keep the prompt as it was).
 */
public record VerlOptions(String dataSource, String ability, boolean integerKeys, String instructionPrompt) {
  public static final String IFEVAL_DATA_SOURCE = "google/IFEval";
  public static final String ABILITY = "instruction_following";

  public VerlOptions {
    Objects.requireNonNull(dataSource);
    Objects.requireNonNull(ability);
  }

  /** The user message: the prompt, then the instruction prompt (if any) after a blank line. */
  public String userMessage(String prompt) {
    return instructionPrompt == null || instructionPrompt.isEmpty() ? prompt : prompt + "\n\n" + instructionPrompt;
  }
}
