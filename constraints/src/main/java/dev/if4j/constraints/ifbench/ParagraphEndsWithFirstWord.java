package dev.if4j.constraints.ifbench;

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
 * {@code words:paragraph_last_first}: every line ("paragraph": the reference splits on each
 * {@code \n}) ends with the word it starts with, ignoring case. Blank lines are skipped.
 *
 * <p>As in the reference, only ASCII punctuation and spaces at the two ends of the line are
 * dropped before taking its first and last words, so "Go home, go." passes while "Go home, go
 * (now)" and "Go: home, go." do not ("go:" is not "go"). A one-word line passes.
 */
public final class ParagraphEndsWithFirstWord extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("words:paragraph_last_first")
      .factory(ParagraphEndsWithFirstWord::new);

  private static final String EDGE = Py.PUNCTUATION + " ";

  ParagraphEndsWithFirstWord(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Each paragraph must end with the same word it started with, separate paragraphs with a newline.";
  }

  @Override
  public Verdict check(TextView response) {
    List<String> lines = Py.split(response.text(), "\n");
    for (int i = 0; i < lines.size(); i++) {
      String paragraph = PyLower.lower(Py.strip(lines.get(i)));
      if (paragraph.isEmpty()) continue;
      String words = Py.strip(paragraph, EDGE);
      String first = WordsAndSentencesTexts.firstPiece(words);
      if (first == null) continue;
      String last = WordsAndSentencesTexts.lastPiece(words);
      if (!first.equals(last)) {
        int index = i + 1;
        return Verdict.notFollowed(() -> "line " + index + " starts with " + PyRepr.repr(first)
            + " but ends with " + PyRepr.repr(last));
      }
    }
    return Verdict.followed(() -> "every line ends with its first word");
  }
}
