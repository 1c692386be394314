package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.Registry;
import dev.if4j.constraints.ifeval.IfEval;
import java.util.ArrayList;
import java.util.List;

/**
 * AllenAI IFBench's registry: Google's 25 classic instructions (IFBench re-exports them) plus its
 * 58 out-of-distribution constraints.
 */
public final class IfBench {
  private IfBench() {}

  /** The registry's name, as {@code --registry} takes it. */
  public static final String NAME = "ifbench";

  private static final Registry REGISTRY = build();

  public static Registry registry() {
    return REGISTRY;
  }

  private static Registry build() {
    List<ConstraintType> types = new ArrayList<>();
    types.addAll(CountsAndRatios.TYPES);
    types.addAll(WordsAndSentences.TYPES);
    types.addAll(Formats.TYPES);
    types.addAll(CustomAndRepeat.TYPES);
    return IfEval.registry().flavour(NAME, types);
  }
}
