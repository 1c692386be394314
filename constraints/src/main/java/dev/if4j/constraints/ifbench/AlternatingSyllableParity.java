package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifbench.WordsAndSentencesTexts.PunctFreeWords;
import dev.if4j.text.PyLower;
import dev.if4j.text.PyRepr;
import dev.if4j.text.TextView;
import dev.if4j.text.syllables.SyllableCounter;

/**
 * {@code words:odd_even_syllables}: neighbouring words alternate between an odd and an even
 * number of syllables, as syllapy counts them.
 *
 * <p>Words are the whitespace-separated pieces once ASCII punctuation is deleted, lower-cased.
 * syllapy counts 0 syllables for a word with a digit or for an empty one, so numbers count as
 * even, as in the reference.
 */
public final class AlternatingSyllableParity extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("words:odd_even_syllables").factory(AlternatingSyllableParity::new);

  AlternatingSyllableParity(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Alternate between words with odd and even numbers of syllables.";
  }

  @Override
  public Verdict check(TextView response) {
    // Lower-casing each word is lower-casing the text: Python's final-sigma context never
    // crosses whitespace (it is neither cased nor case-ignorable).
    PunctFreeWords words = new PunctFreeWords(response.text());
    SyllableCounter syllables = response.tools().syllables();
    int previous = -1;
    String previousWord = null;
    while (words.next()) {
      String word = words.word();
      int parity = syllables.count(PyLower.lower(word)) % 2;
      if (parity == previous) {
        String before = previousWord;
        int index = words.index();
        return Verdict.notFollowed(() -> "words " + index + " and " + (index + 1) + " ("
            + PyRepr.repr(before) + ", " + PyRepr.repr(word) + ") both have an "
            + (parity == 0 ? "even" : "odd") + " number of syllables");
      }
      previous = parity;
      previousWord = word;
    }
    int count = words.index() + 1;
    return Verdict.followed(() -> "syllable counts alternate over all " + count + " words");
  }
}
