package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.ifeval.IfEval;
import java.util.ArrayList;
import java.util.List;

/**
 * open-instruct's IFEvalG registry: its copy of the classic IFEval instructions (with the
 * differences listed in {@link ClassicDifferences}) plus the 29 IF-RLVR training constraints.
 */
public final class IfEvalG {
  private IfEvalG() {}

  /** The registry's name, as {@code --registry} takes it. */
  public static final String NAME = "ifevalg";

  private static final Registry REGISTRY = build();

  public static Registry registry() {
    return REGISTRY;
  }

  private static Registry build() {
    List<ConstraintType> types = new ArrayList<>();
    types.addAll(ClassicDifferences.TYPES);
    types.addAll(TrainingConstraints.TYPES);
    return IfEval.registry().flavour(NAME, types);
  }
}
