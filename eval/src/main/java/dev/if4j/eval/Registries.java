package dev.if4j.eval;

import dev.if4j.constraints.Registry;
import dev.if4j.constraints.ifbench.IfBench;
import dev.if4j.constraints.ifeval.IfEval;
import dev.if4j.constraints.ifevalg.IfEvalG;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The registries {@code --registry} can name. */
public final class Registries {
  private Registries() {}

  private static final Map<String, Supplier<Registry>> KNOWN = Map.of(
      IfEval.NAME, IfEval::registry,
      IfBench.NAME, IfBench::registry,
      IfEvalG.NAME, IfEvalG::registry);

  /** The names, sorted. */
  public static List<String> names() {
    return KNOWN.keySet().stream().sorted().toList();
  }

  /** The registry called {@code name}; an unknown name is an error listing the known ones. */
  public static Registry byName(String name) {
    Supplier<Registry> r = KNOWN.get(name);
    if (r == null) {
      throw new IllegalArgumentException("unknown registry '" + name + "'; known: " + String.join(", ", names()));
    }
    return r.get();
  }
}
