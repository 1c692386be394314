package dev.if4j.reward;

import java.util.Locale;

/**
 * What to do with a response whose reasoning trace never closes ({@code <think>} without a later
 * {@code </think>}): the model ran out of tokens mid-thought, so there is no answer to judge. Neither
 * policy judges reasoning as if it were the answer.
 */
public enum UnclosedThink {
  /** Give the fallback score and count a guard hit (the default). */
  FALLBACK,
  /** Judge only the text before the opening tag (often empty, hence not followed). */
  BEFORE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static UnclosedThink parse(String name) {
    for (UnclosedThink u : values()) {
      if (u.wireName().equalsIgnoreCase(name)) return u;
    }
    throw new IllegalArgumentException("unknown unclosed-think policy '" + name + "'; known: fallback, before");
  }
}
