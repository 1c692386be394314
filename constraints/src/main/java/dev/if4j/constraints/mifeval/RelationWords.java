package dev.if4j.constraints.mifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ifeval.Relation;
import dev.if4j.constraints.mifeval.LocalRelation.Comparison;
import java.util.List;

/**
 * How one benchmark words the two comparisons of its counting instructions ({@code
 * _COMPARISON_RELATION} of its module, in its order: a missing relation is drawn from it). French
 * and Japanese ask for {@code <} or {@code >=}, as Google does; M-IFEval's and lm-eval's Spanish
 * ask for {@code >=} or {@code <=}. Any other word raises {@code ValueError} in the reference.
 *
 * @param refusalFormat how an unknown word is refused ({@link String#format}: {@code %1$s} the word
 *     given, {@code %2$s} and {@code %3$s} the two known words)
 */
public record RelationWords(LocalRelation first, LocalRelation second, String refusalFormat) {
  /** The reference's own {@code ValueError}, as the French and Japanese modules word it. */
  private static final String REFERENCE_VALUE_ERROR = "ValueError in the reference: the supported relation"
      + " for comparison must be in ('%2$s', '%3$s'), but %1$s is given";

  private static final String EITHER = "must be '%2$s' or '%3$s' (the reference raises ValueError on other words)";

  /** {@code fr_instructions._COMPARISON_RELATION}. */
  public static final RelationWords FRENCH = new RelationWords(
      new LocalRelation(Comparison.LESS_THAN, "moins de"), new LocalRelation(Comparison.AT_LEAST, "au moins"),
      REFERENCE_VALUE_ERROR);

  /** {@code ja_instructions._COMPARISON_RELATION}. */
  public static final RelationWords JAPANESE = new RelationWords(
      new LocalRelation(Comparison.LESS_THAN, "未満"), new LocalRelation(Comparison.AT_LEAST, "以上"),
      REFERENCE_VALUE_ERROR);

  /** M-IFEval's Spanish words. */
  public static final RelationWords MIFEVAL_SPANISH = new RelationWords(
      new LocalRelation(Comparison.AT_LEAST, "al menos"), new LocalRelation(Comparison.AT_MOST, "como m\u00E1ximo"),
      EITHER);

  /** lm-eval's words for {@code ifeval_es} and {@code ifeval_ca}: its "less than" still means {@code <=}. */
  public static final RelationWords LMEVAL = new RelationWords(
      new LocalRelation(Comparison.AT_LEAST, "at least"), new LocalRelation(Comparison.AT_MOST, "less than"),
      EITHER);

  /** The argument names that hold a relation in Google's checkers. */
  static final List<String> KEYS = List.of("relation", "let_relation", "capital_relation");

  /**
   * The relation argument {@code key}: drawn with {@code random.choice} when absent, as the
   * reference does; any other word is an argument error.
   */
  public LocalRelation from(BuildContext ctx, String key) {
    String given = ctx.args().string(key);
    if (given == null) given = ctx.choice(List.of(first.words(), second.words()));
    LocalRelation r = named(given);
    if (r == null) throw ctx.args().invalid(key, refusal(given));
    return r;
  }

  /** The relation {@code local} names, or null when it is neither of this benchmark's words. */
  private LocalRelation named(String local) {
    if (first.words().equals(local)) return first;
    if (second.words().equals(local)) return second;
    return null;
  }

  /** Why {@code given} is not a relation here. */
  String refusal(String given) {
    return String.format(refusalFormat, given, first.words(), second.words());
  }

  /** Google's words for {@code local}, or null when it is neither of this language's. */
  String toGoogle(String local) {
    LocalRelation r = named(local);
    return r == null ? null : google(r.comparison()).words();
  }

  /** This language's words for Google's {@code words}. */
  String fromGoogle(String words) {
    for (LocalRelation r : List.of(first, second)) {
      if (google(r.comparison()).words().equals(words)) return r.words();
    }
    return words;
  }

  /** Google's relations are {@code <} and {@code >=}: only French and Japanese map onto them. */
  private static Relation google(Comparison c) {
    return switch (c) {
      case LESS_THAN -> Relation.LESS_THAN;
      case AT_LEAST -> Relation.AT_LEAST;
      case AT_MOST -> throw new IllegalStateException("Google's checkers have no 'at most'");
    };
  }

  /** How an argument's documentation names them: {@code 'moins de' or 'au moins'}. */
  public String doc() {
    return "'" + first.words() + "' or '" + second.words() + "'";
  }
}
