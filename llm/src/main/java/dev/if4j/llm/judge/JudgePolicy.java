package dev.if4j.llm.judge;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a sample gets when its judge call fails for good (every retry spent, a 4xx, the client
 * closed). A completion without a {@code [[n]]} is not a failure: it is verdict 0, as in VerIF.
 */
public enum JudgePolicy {
  /** The sample fails: the reward server answers it with the fallback score and the reason. */
  FAIL,
  /** The judge is left out: the score is the rule part alone. */
  EXCLUDE,
  /** The judge's verdict is 0 (what VerIF's client does: a failed call answers "NA", which holds no verdict). */
  ZERO;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static JudgePolicy parse(String name) {
    for (JudgePolicy p : values()) {
      if (p.wireName().equalsIgnoreCase(name)) return p;
    }
    throw new IllegalArgumentException("unknown judge policy '" + name + "'; known: "
        + Arrays.stream(values()).map(JudgePolicy::wireName).collect(Collectors.joining(", ")));
  }
}
