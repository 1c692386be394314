package dev.if4j.reward;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a sample's instruction verdicts become one number (before the global scale). */
public enum ScoreMode {
  /** Followed instructions / all instructions: partial credit, as open-instruct's IFEval verifier gives. */
  FRACTION,
  /** 1 when every instruction is followed, else 0 (IFEval's prompt-level accuracy). */
  ALL,
  /** Σ followed_i × multiplier_i × weight_i (IF-RLVR): multipliers per instruction id, weights per sample. */
  WEIGHTED;

  /** The name on the wire and on the command line: {@code fraction}, {@code all}, {@code weighted}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mode called {@code name} (case-insensitive); an unknown name lists the known ones. */
  public static ScoreMode parse(String name) {
    for (ScoreMode m : values()) {
      if (m.wireName().equalsIgnoreCase(name)) return m;
    }
    throw new IllegalArgumentException("unknown score mode '" + name + "'; known: "
        + Arrays.stream(values()).map(ScoreMode::wireName).collect(Collectors.joining(", ")));
  }
}
