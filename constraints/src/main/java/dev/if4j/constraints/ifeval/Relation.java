package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Verdict;
import java.util.List;

/** The two comparisons IFEval's counting instructions take: "less than" and "at least". */
public enum Relation {
  LESS_THAN("less than"),
  AT_LEAST("at least");

  /** The reference's {@code _COMPARISON_RELATION}, in its order (random draws index into it). */
  static final List<String> WORDS = List.of(LESS_THAN.words, AT_LEAST.words);

  private final String words;

  Relation(String words) {
    this.words = words;
  }

  /** How the instruction words it: "less than" or "at least". */
  public String words() {
    return words;
  }

  /** The comparison with its threshold, as instructions and reasons word it: "at least 300". */
  public String words(long threshold) {
    return words + " " + threshold;
  }

  /**
   * The verdict on a count of {@code units} ("words", "sentences"...) against {@code threshold},
   * explained as "found 12 words, expected at least 20".
   */
  public Verdict judge(long found, long threshold, String units) {
    return Verdict.of(holds(found, threshold),
        () -> "found " + found + " " + units + ", expected " + words(threshold));
  }

  /** Whether {@code actual} compares as asked with {@code threshold}. */
  public boolean holds(long actual, long threshold) {
    return this == LESS_THAN ? actual < threshold : actual >= threshold;
  }

  /**
   * The relation argument {@code key}: drawn with {@code random.choice} when absent, as the
   * reference does; anything but the two phrasings is an error (the reference raises ValueError).
   */
  public static Relation from(BuildContext ctx, String key) {
    String given = ctx.args().string(key);
    if (given == null) given = ctx.choice(WORDS);
    for (Relation r : values()) {
      if (r.words.equals(given)) return r;
    }
    throw ctx.args().invalid(key, "must be 'less than' or 'at least'");
  }
}
