package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.text.Py;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Argument handling shared by the IFEval instructions. */
public final class IfEvalArgs {
  private IfEvalArgs() {}

  /**
   * Words to draw a missing keyword from. The reference samples its own list of about 1,300 common
   * English words; we do not ship that list, so a missing keyword is drawn from these with the same
   * call ({@code random.sample}) and is necessarily a different word. Such a constraint is
   * reference-random anyway (the reference's own draw is unseeded), so no verdict is lost. IFBench
   * and IFEvalG draw from it too.
   */
  public static final List<String> KEYWORD_POOL = List.of(
      "river", "garden", "window", "market", "engine", "letter", "season", "bridge", "candle",
      "forest", "planet", "ticket", "harbor", "pencil", "kitchen", "mirror", "silver", "winter",
      "island", "basket", "doctor", "museum", "orange", "rabbit", "signal", "theory", "valley",
      "wallet", "meadow", "lantern", "journey", "compass", "thunder", "blanket", "village",
      "painter", "library", "festival", "mountain", "notebook");

  /** {@code instructions_util.generate_keywords(k)}, drawing from {@link #KEYWORD_POOL}. */
  public static List<String> drawKeywords(BuildContext ctx, int k) {
    return ctx.sample(KEYWORD_POOL, k);
  }

  /** {@code instructions_util.generate_keywords(1)[0]}: one keyword drawn from {@link #KEYWORD_POOL}. */
  public static String drawKeyword(BuildContext ctx) {
    return drawKeywords(ctx, 1).get(0);
  }

  /** A keyword string: drawn like {@code generate_keywords(1)[0]} when absent or empty, else stripped. */
  public static String keywordOrDraw(BuildContext ctx, String key) {
    String given = ctx.args().string(key);
    return given == null || given.isEmpty() ? drawKeyword(ctx) : Py.strip(given);
  }

  /**
   * An integer threshold: as given, or {@code random.randint(low, high)} when it is absent or
   * negative (the reference's rule for most counts).
   */
  public static int countOrDraw(BuildContext ctx, String key, int low, int high) {
    Integer given = ctx.args().integer32(key);
    return given == null || given < 0 ? ctx.randint(low, high) : given;
  }

  /**
   * {@link #countOrDraw} for the counts kept as a {@code long}: any integer the row gives is taken
   * (a huge one is simply never reached) rather than refused as out of range.
   */
  public static long longCountOrDraw(BuildContext ctx, String key, int low, int high) {
    Long given = ctx.args().integer(key);
    return given == null || given < 0 ? ctx.randint(low, high) : given;
  }

  /** {@code sorted(strings)}: Python orders strings by code point, not by UTF-16 unit. */
  static List<String> sortedPy(List<String> strings) {
    List<String> out = new ArrayList<>(strings);
    out.sort(Py::compare);
    return Collections.unmodifiableList(out);
  }

  /** An insertion-ordered, unmodifiable map from alternating keys and values. */
  public static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      out.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(out);
  }
}
