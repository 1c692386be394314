package dev.if4j.reward;

import java.util.Locale;

/** How a hybrid sample's rule score and judge verdict become one score. */
public enum Combination {
  /**
   * VerIF's: rule score × judge verdict. The judge is always asked, even when the sample has no
   * constraint for it (VerIF asks it about an empty list); a sample with no rule has rule score 1.
   */
  VERIF,
  /**
   * {@code w × rule score + (1 − w) × verdict}, {@code w} the soft weight. A sample with no
   * constraint for the judge is not sent to it and scores its rule score; one with no rule scores
   * the verdict.
   */
  WEIGHTED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Combination parse(String name) {
    for (Combination c : values()) {
      if (c.wireName().equalsIgnoreCase(name)) return c;
    }
    throw new IllegalArgumentException("unknown combination '" + name + "'; known: verif, weighted");
  }
}
