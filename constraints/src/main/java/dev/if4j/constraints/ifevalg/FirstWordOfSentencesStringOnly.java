package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.ReferenceBuildRaises;
import java.util.List;

/**
 * {@code first_word:first_word_sent} of open-instruct before 9502f163e (IF-RLVR training time): a
 * non-empty list as {@code first_word} raises AttributeError while building (the reference compared
 * the first item with {@code ==} instead of assigning it, so the word was never set); otherwise as
 * {@link FirstWordOfSentences}.
 */
public final class FirstWordOfSentencesStringOnly {
  private FirstWordOfSentencesStringOnly() {}

  public static final ConstraintType TYPE = ConstraintType.define(FirstWordOfSentences.TYPE.id())
      .arg(FirstWordOfSentences.TYPE.args().get(0))
      .factory(FirstWordOfSentencesStringOnly::create);

  private static Constraint create(BuildContext ctx) {
    if (ctx.args().raw("first_word") instanceof List<?> l && !l.isEmpty()) {
      return new ReferenceBuildRaises(TYPE.id(), ctx.args().asMap(), "AttributeError: 'FirstWordSentChecker'"
          + " object has no attribute '_first_word' (a list-valued first_word is never assigned)");
    }
    return FirstWordOfSentences.TYPE.create(ctx);
  }
}
