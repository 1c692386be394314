package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.WordsAndSentencesTexts.firstPiece;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTexts.lastPiece;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTexts.lstrip;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTexts.rstrip;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.PyLower;
import dev.if4j.text.PyRepr;
import dev.if4j.text.TextView;
import java.util.List;

/**
 * {@code words:last_first}: the last word of each Punkt sentence is the first word of the next,
 * ignoring case.
 *
 * <p>As in the reference, only ASCII punctuation and spaces at the end of a sentence (and at the
 * start of the next) are dropped before taking the word, so "... the end." matches "End ..." and
 * "... the end.)" matches "(End ...", but punctuation inside a word stays ("end's" is not "end").
 * A one-sentence response passes; a sentence with no word left (say "...") fails the pairs it is
 * in.
 */
public final class LastWordFirstNext extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("words:last_first").factory(LastWordFirstNext::new);

  private static final String EDGE = Py.PUNCTUATION + " ";

  LastWordFirstNext(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "The last word of each sentence must become the first word of the next sentence.";
  }

  @Override
  public Verdict check(TextView response) {
    List<String> sentences = response.get(WordsAndSentencesTexts.SENTENCES);
    for (int i = 0; i + 1 < sentences.size(); i++) {
      String last = lastPiece(rstrip(sentences.get(i), EDGE));
      String first = firstPiece(lstrip(sentences.get(i + 1), EDGE));
      int index = i + 1;
      if (last == null || first == null) {
        return Verdict.notFollowed(() -> "sentence " + (last == null ? index : index + 1)
            + " has no word");
      }
      if (!PyLower.lower(last).equals(PyLower.lower(first))) {
        return Verdict.notFollowed(() -> "sentence " + index + " ends with " + PyRepr.repr(last)
            + " but sentence " + (index + 1) + " starts with " + PyRepr.repr(first));
      }
    }
    return Verdict.followed(() -> "each of the " + sentences.size()
        + " sentences starts with the previous one's last word");
  }
}
