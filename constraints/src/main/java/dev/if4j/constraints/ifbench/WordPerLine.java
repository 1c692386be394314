package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;

/**
 * {@code format:newline}: every word on a line of its own.
 *
 * <p>As the reference, ASCII punctuation is deleted first; then the number of non-empty lines of
 * the stripped text (split on {@code \n} only) must equal the number of whitespace-separated
 * words. Quirks kept: the comparison is of counts only, so a line of two words is forgiven by a
 * line holding only spaces elsewhere ({@code "a b\n \nc"} passes: 3 lines, 3 words); a line left
 * empty by deleting its punctuation counts as a line only if spaces remain on it; {@code \r} and
 * other line breaks are whitespace inside a line, not line ends.
 */
public final class WordPerLine extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("format:newline").factory(WordPerLine::new);

  WordPerLine(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Write each word on a new line.";
  }

  @Override
  public Verdict check(TextView response) {
    // One pass over the text instead of building the reference's intermediate strings: deleted
    // punctuation is skipped (it neither ends a word nor fills a line), and the strip() is the
    // range from the first to the last character that is neither punctuation nor whitespace.
    String s = response.text();
    int start = 0;
    int end = s.length();
    while (start < end && isDroppedAtEnds(s.charAt(start))) start++;
    while (end > start && isDroppedAtEnds(s.charAt(end - 1))) end--;
    int lines = 0;
    int words = 0;
    boolean lineHasText = false;
    boolean inWord = false;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (Py.isPunctuation(c)) continue;
      if (c == '\n') {
        if (lineHasText) lines++;
        lineHasText = false;
      } else {
        lineHasText = true;
      }
      // Whitespace is all in the BMP, so one UTF-16 unit decides it.
      boolean space = Py.isSpace(c);
      if (!space && !inWord) words++;
      inWord = !space;
    }
    if (lineHasText) lines++;
    int l = lines;
    int w = words;
    return Verdict.of(l == w, () -> "found " + w + " word" + (w == 1 ? "" : "s") + " on " + l
        + " non-empty line" + (l == 1 ? "" : "s") + ", expected one word per line");
  }

  private static boolean isDroppedAtEnds(char c) {
    return Py.isPunctuation(c) || Py.isSpace(c);
  }
}
