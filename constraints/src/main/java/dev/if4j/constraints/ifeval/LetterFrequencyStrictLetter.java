package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.ReferenceBuildRaises;
import dev.if4j.text.Py;

/**
 * {@code keywords:letter_frequency} of google-research 45e9105 (PR #3428, provisional): a letter of
 * more than one character or a whitespace one, and a negative {@code let_frequency}, raise
 * ValueError while building; a one-character letter such as "#" is counted as given. Otherwise as
 * {@link LetterFrequency}, which already counts the given character (where the pinned reference
 * checks a random letter, so such rows are still flagged reference-random there).
 */
public final class LetterFrequencyStrictLetter {
  private LetterFrequencyStrictLetter() {}

  public static final ConstraintType TYPE = ConstraintType.define(LetterFrequency.TYPE.id())
      .string("letter", "the character to count, case-insensitively (one non-whitespace character)")
      .integer("let_frequency", "the count to compare with (not negative)")
      .string("let_relation", "'less than' or 'at least'")
      .factory(LetterFrequencyStrictLetter::create);

  private static Constraint create(BuildContext ctx) {
    String letter = ctx.args().string("letter");
    if (letter != null && !letter.isEmpty()
        && (letter.codePointCount(0, letter.length()) != 1 || Py.isSpace(letter.codePointAt(0)))) {
      return raises(ctx, "ValueError: letter must be a single non-whitespace character");
    }
    Long frequency = ctx.args().integer("let_frequency");
    if (frequency != null && frequency < 0) {
      return raises(ctx, "ValueError: let_frequency must not be negative");
    }
    return LetterFrequency.TYPE.create(ctx);
  }

  private static Constraint raises(BuildContext ctx, String exception) {
    return new ReferenceBuildRaises(TYPE.id(), ctx.args().asMap(), exception);
  }
}
