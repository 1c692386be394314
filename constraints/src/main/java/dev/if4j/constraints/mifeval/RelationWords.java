package dev.if4j.constraints.mifeval;

import dev.if4j.constraints.ifeval.Relation;
import java.util.List;
import java.util.Map;

/**
 * How one M-IFEval language words the two comparisons of its counting instructions
 * ({@code _COMPARISON_RELATION} of its module), mapped to Google's: French {@code "moins de"} is
 * {@code <} like "less than", Japanese {@code "以上"} is {@code >=} like "at least". Any other word
 * raises {@code ValueError} in the reference.
 */
public record RelationWords(String lessThan, String atLeast) {
  /** {@code fr_instructions._COMPARISON_RELATION}. */
  public static final RelationWords FRENCH = new RelationWords("moins de", "au moins");

  /** {@code ja_instructions._COMPARISON_RELATION}. */
  public static final RelationWords JAPANESE = new RelationWords("未満", "以上");

  /** The argument names that hold a relation in Google's checkers. */
  static final List<String> KEYS = List.of("relation", "let_relation", "capital_relation");

  /** Google's words for {@code local}, or null when it is neither of this language's. */
  String toGoogle(String local) {
    if (lessThan.equals(local)) return Relation.LESS_THAN.words();
    if (atLeast.equals(local)) return Relation.AT_LEAST.words();
    return null;
  }

  /** This language's words for Google's {@code words}. */
  String fromGoogle(String words) {
    return Map.of(Relation.LESS_THAN.words(), lessThan, Relation.AT_LEAST.words(), atLeast)
        .getOrDefault(words, words);
  }

  /** Both words, as the reference's error message lists them: {@code ('moins de', 'au moins')}. */
  String both() {
    return "('" + lessThan + "', '" + atLeast + "')";
  }

  /** How an argument's documentation names them: {@code 'moins de' or 'au moins'}. */
  public String doc() {
    return "'" + lessThan + "' or '" + atLeast + "'";
  }

  /** The relation a local word names (for the language's own counting checkers). */
  public Relation relation(String local) {
    String google = toGoogle(local);
    return google == null ? null : google.equals(Relation.LESS_THAN.words()) ? Relation.LESS_THAN : Relation.AT_LEAST;
  }
}
