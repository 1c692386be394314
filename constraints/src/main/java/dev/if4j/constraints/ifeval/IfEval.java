package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Registry;
import java.util.ArrayList;
import java.util.List;

/** Google's IFEval registry: the 25 instructions of {@code instructions_registry.INSTRUCTION_DICT}. */
public final class IfEval {
  private IfEval() {}

  /** The registry's name, as {@code --registry} takes it. */
  public static final String NAME = "ifeval";

  private static final Registry REGISTRY = build();

  public static Registry registry() {
    return REGISTRY;
  }

  private static Registry build() {
    List<ConstraintType> types = new ArrayList<>();
    types.addAll(CountingAndLanguage.TYPES);
    types.addAll(FormatAndStructure.TYPES);
    return Registry.of(NAME, types);
  }
}
