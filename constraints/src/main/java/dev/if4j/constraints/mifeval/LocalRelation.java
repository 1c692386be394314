package dev.if4j.constraints.mifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ifeval.Relation;

/** A relation argument in a language's words, read as upstream's {@code build_description} reads it. */
public record LocalRelation(Relation relation, String words) {
  /**
   * Argument {@code key}: {@code random.choice(_COMPARISON_RELATION)} when absent, as upstream does;
   * any word but the language's two raises {@code ValueError} upstream, an argument error here.
   */
  public static LocalRelation from(BuildContext ctx, String key, RelationWords words) {
    String given = ctx.args().string(key);
    if (given == null) given = ctx.choice(java.util.List.of(words.lessThan(), words.atLeast()));
    Relation r = words.relation(given);
    if (r == null) {
      throw ctx.args().invalid(key, "ValueError in the reference: the supported relation for comparison must be in "
          + words.both() + ", but " + given + " is given");
    }
    return new LocalRelation(r, given);
  }
}
