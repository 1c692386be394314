package dev.if4j.constraints.groundtruth;

import java.util.Locale;

/** How a VerInstruct {@code [rule]} checker is judged. */
public enum VerinstructRules {
  /** Run its Python in the sandbox ({@link RuleRunner}), as VerIF runs it (the default where a python3 is found). */
  PYTHON,
  /**
   * Judge the registry instruction whose description the checker text is ({@link CheckerMapper});
   * a checker that states none is an error. Needs no Python; semantics are the registry's.
   */
  REGISTRY;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static VerinstructRules parse(String name) {
    for (VerinstructRules r : values()) {
      if (r.wireName().equalsIgnoreCase(name)) return r;
    }
    throw new IllegalArgumentException("unknown rule mode '" + name + "'; known: python, registry");
  }
}
