package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.WordsAndSentencesTexts.firstLower;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTexts.quoteCp;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifbench.WordsAndSentencesTexts.PunctFreeWords;
import dev.if4j.text.PyRepr;
import dev.if4j.text.TextView;

/**
 * {@code words:alphabet}: each word starts with the letter after the previous word's first letter,
 * Z wrapping round to A; the first word may start with any ASCII letter.
 *
 * <p>Words are the whitespace-separated pieces of the response once ASCII punctuation is deleted
 * ("don't" is "dont", a lone "--" is no word), compared case-insensitively. As in the reference:
 * a first word that starts with anything but an ASCII letter (a digit, "é") fails; a later word
 * starting with a non-ASCII letter fails where an ASCII one is due; "İ" counts as "i" except as
 * the very first letter (the reference lower-cases that one character alone, which gives two).
 */
public final class AlphabetLoop extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("words:alphabet").factory(AlphabetLoop::new);

  AlphabetLoop(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Each word must start with the next letter of the alphabet, looping back to 'A' after 'Z'.";
  }

  @Override
  public Verdict check(TextView response) {
    PunctFreeWords words = new PunctFreeWords(response.text());
    if (!words.next()) return Verdict.notFollowed(() -> "no words");
    int first = words.firstCodePoint();
    int letter = firstLower(first);
    if (first == 0x130 || letter < 'a' || letter > 'z') {
      String word = words.word();
      return Verdict.notFollowed(() -> "the first word " + PyRepr.repr(word)
          + " does not start with an ASCII letter");
    }
    while (words.next()) {
      letter = letter == 'z' ? 'a' : letter + 1;
      int got = firstLower(words.firstCodePoint());
      if (got != letter) {
        String word = words.word();
        int index = words.index();
        int expected = letter;
        return Verdict.notFollowed(() -> "word " + (index + 1) + " " + PyRepr.repr(word)
            + " starts with " + quoteCp(got) + ", expected " + quoteCp(expected));
      }
    }
    int count = words.index() + 1;
    return Verdict.followed(() -> "all " + count + " words follow the alphabet");
  }
}
