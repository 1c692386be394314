package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifbench.WordsAndSentencesTexts.PunctFreeWords;
import dev.if4j.text.PyRepr;
import dev.if4j.text.TextView;

/**
 * {@code words:no_consecutive}: no two neighbouring words start with the same character, ignoring
 * case.
 *
 * <p>Words are the whitespace-separated pieces of the lower-cased response once ASCII punctuation
 * is deleted, so "(the) two" clash and "1 2" do not; any first character counts, digits and emoji
 * included ("10 12" clash).
 */
public final class NoConsecutiveFirstLetter extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("words:no_consecutive").factory(NoConsecutiveFirstLetter::new);

  NoConsecutiveFirstLetter(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "No two consecutive words can share the same first letter.";
  }

  @Override
  public Verdict check(TextView response) {
    // The whole text is lower-cased first, as in the reference, then cut into words.
    PunctFreeWords words = new PunctFreeWords(WordsAndSentencesTexts.lower(response));
    int previous = -1;
    while (words.next()) {
      int letter = words.firstCodePoint();
      if (letter == previous) {
        String before = words.previousWord();
        String word = words.word();
        int index = words.index();
        return Verdict.notFollowed(() -> "words " + index + " and " + (index + 1) + " ("
            + PyRepr.repr(before) + ", " + PyRepr.repr(word) + ") start with the same letter");
      }
      previous = letter;
    }
    int count = words.index() + 1;
    return Verdict.followed(() -> "no two neighbouring words of " + count
        + " share a first letter");
  }
}
