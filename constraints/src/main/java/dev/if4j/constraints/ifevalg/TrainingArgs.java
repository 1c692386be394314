package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.Py;
import java.util.List;

/**
 * How the IFTrain instructions read their arguments. The reference tests most arguments with
 * Python truthiness ({@code if not n:}), so an explicit {@code 0} or {@code ""} is drawn at random
 * like a missing one; these helpers keep that rule in one place.
 */
final class TrainingArgs {
  private TrainingArgs() {}

  /** {@code _PHRASES}: the phrases {@code copy:repeat_phrase} draws from (a description value). */
  static final List<String> PHRASES = List.of(
      "Dance like nobody is watching you",
      "The early bird catches the worm",
      "Time flies when having fun",
      "Every cloud has a silver lining",
      "Actions speak louder than words",
      "Don't judge a book by cover",
      "Live each day to the fullest",
      "All that glitters is not gold",
      "Laughter is the best medicine",
      "The pen is mightier than sword");

  /** {@code _COMPARISON_RELATION}, in the reference's order (draws index into it). */
  static final List<String> RELATIONS = List.of("less than", "at least");

  /** An integer that the reference draws with {@code randint(low, high)} when it is falsy (absent or 0). */
  static long nonZeroOrDraw(BuildContext ctx, String key, int low, int high) {
    Long given = ctx.args().integer(key);
    return given == null || given == 0 ? ctx.randint(low, high) : given;
  }

  /**
   * A word that the reference also accepts as a list (it then takes the first item): falsy values
   * ({@code ""}, {@code []}, {@code 0}, {@code false}) are drawn like a missing one; anything else
   * that is neither a string nor a list starting with a string makes the reference raise.
   */
  static String wordOrFirstOfList(BuildContext ctx, String key) {
    Object given = ctx.args().raw(key);
    if (isFalsy(given)) return IfEvalArgs.drawKeyword(ctx);
    if (given instanceof String s) return Py.strip(s);
    if (given instanceof List<?> list && list.get(0) instanceof String first) return Py.strip(first);
    throw ctx.args().invalid(key, "expected a string or a list starting with a string"
        + " (the reference raises TypeError or AttributeError here)");
  }

  /** The text to copy: the reference raises {@code ValueError} when it is absent or empty. */
  static String promptToRepeat(BuildContext ctx) {
    String given = ctx.args().string("prompt_to_repeat");
    if (given == null || given.isEmpty()) {
      throw ctx.args().invalid("prompt_to_repeat",
          "must be set (the reference raises ValueError: prompt_to_repeat must be set.)");
    }
    return given;
  }

  /** Python truthiness of a JSON value ({@code null} never gets here: Args drops it). */
  static boolean isFalsy(Object v) {
    if (v == null) return true;
    if (v instanceof String s) return s.isEmpty();
    if (v instanceof List<?> l) return l.isEmpty();
    if (v instanceof java.util.Map<?, ?> m) return m.isEmpty();
    if (v instanceof Boolean b) return !b;
    if (v instanceof Number n) return n.doubleValue() == 0;
    return false;
  }
}
