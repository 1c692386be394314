package dev.if4j.reward;

import java.util.Locale;

/** Which of IFEval's two verdicts the score counts. */
public enum Judging {
  /** The response as given. */
  STRICT,
  /** The response or one of its 7 loose variants (asterisks, first or last line removed). */
  LOOSE;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Judging parse(String name) {
    for (Judging j : values()) {
      if (j.wireName().equalsIgnoreCase(name)) return j;
    }
    throw new IllegalArgumentException("unknown judging '" + name + "'; known: strict, loose");
  }
}
