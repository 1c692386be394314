package dev.if4j.constraints.mifeval;

import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.mifeval.fr.MifevalFrench;
import dev.if4j.constraints.mifeval.ja.MifevalJapanese;
import java.util.ArrayList;
import java.util.List;

/**
 * lightblue-tech/M-IFEval's registry ({@code instructions_registry.INSTRUCTION_DICT} at 0bc3143):
 * every language module's instructions under its prefix ({@code fr:…}, {@code ja:…}).
 */
public final class Mifeval {
  private Mifeval() {}

  /** The registry's name, as {@code --registry} takes it. */
  public static final String NAME = "mifeval";

  private static final Registry REGISTRY = build();

  public static Registry registry() {
    return REGISTRY;
  }

  private static Registry build() {
    List<ConstraintType> types = new ArrayList<>();
    types.addAll(MifevalFrench.TYPES);
    types.addAll(MifevalJapanese.TYPES);
    return Registry.of(NAME, types);
  }
}
