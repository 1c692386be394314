package dev.if4j.constraints.ifeval;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.List;
import java.util.Map;

/**
 * {@code length_constraints:nth_paragraph_first_word}: N paragraphs separated by blank lines
 * ({@code \n\n}), the n-th of which starts with a given word.
 *
 * <p>The reference's quirks are kept: paragraphs are counted without the blank pieces, but the
 * n-th is looked up among all pieces (blank ones included); the first word is the first
 * whitespace-separated token with leading quotes removed ({@code '} then {@code "}), cut at the
 * first of {@code . , ? ! ' "}, and compared lower-cased.
 *
 * <p>Fix {@value #FIX} looks the n-th paragraph up among the non-blank pieces, the ones counted: a
 * leading blank piece ({@code "\n\nA\n\nB"}) no longer shifts the paragraph checked.
 */
public final class NthParagraphFirstWord extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("length_constraints:nth_paragraph_first_word")
          .integer("num_paragraphs", "how many paragraphs, separated by blank lines")
          .integer("nth_paragraph", "which paragraph (from 1) must start with first_word")
          .string("first_word", "the word the n-th paragraph must start with")
          .factory(NthParagraphFirstWord::new);

  /** The fix that indexes the paragraphs it counts. */
  public static final String FIX = "nth-paragraph-non-blank";

  private final boolean nonBlankIndex;
  private final int paragraphs;
  private final int nth;
  private final String firstWord;

  NthParagraphFirstWord(BuildContext ctx) {
    super(TYPE);
    this.paragraphs = IfEvalArgs.countOrDraw(ctx, "num_paragraphs", 1, 5);
    Integer nth = ctx.args().integer32("nth_paragraph");
    if (nth == null || nth <= 0 || nth > paragraphs) {
      if (paragraphs == Integer.MAX_VALUE) {
        throw ctx.args().invalid("num_paragraphs", "too large to draw nth_paragraph from");
      }
      nth = ctx.randint(1, paragraphs + 1);
    }
    this.nth = nth;
    String word = ctx.args().string("first_word");
    if (word == null) word = IfEvalArgs.drawKeyword(ctx);
    this.firstWord = Py.lower(word);
    this.nonBlankIndex = ctx.fixed(FIX);
  }

  @Override
  public String describe() {
    return "There should be " + paragraphs + " paragraphs. "
        + "Paragraphs and only paragraphs are separated with each other by two "
        + "new lines as if it was '\\n\\n' in python. "
        + "Paragraph " + nth + " must start with word " + firstWord + ".";
  }

  @Override
  public Map<String, Object> args() {
    return IfEvalArgs.ordered("num_paragraphs", (long) paragraphs, "nth_paragraph", (long) nth,
        "first_word", firstWord);
  }

  @Override
  public Verdict check(TextView response) {
    List<String> pieces = Py.split(response.text(), "\n\n");
    // Fixed: the pieces looked up are the pieces counted (the reference indexes all of them).
    if (nonBlankIndex) pieces = pieces.stream().filter(p -> !Py.isBlank(p)).toList();
    int found = 0;
    for (String p : pieces) {
      if (!Py.isBlank(p)) found++;
    }
    int count = found;
    if (nth > count) {
      return Verdict.notFollowed(() -> "found " + count + " paragraphs, no paragraph " + nth);
    }
    String paragraph = Py.strip(pieces.get(nth - 1));
    if (paragraph.isEmpty()) {
      return Verdict.notFollowed(() -> "paragraph " + nth + " is empty");
    }
    String word = leadingWord(paragraph);
    if (count != paragraphs) {
      return Verdict.notFollowed(() -> "found " + count + " paragraphs, expected " + paragraphs);
    }
    return Verdict.of(word.equals(firstWord), () -> "paragraph " + nth + " starts with '" + word
        + "', expected '" + firstWord + "'");
  }

  /** The reference's first word: first token, leading ' then " stripped, cut at punctuation. */
  static String leadingWord(String paragraph) {
    String token = Py.splitWhitespace(paragraph).get(0);
    token = lstrip(lstrip(token, '\''), '"');
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < token.length(); ) {
      int cp = token.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '.' || cp == ',' || cp == '?' || cp == '!' || cp == '\'' || cp == '"') break;
      // Lower-cased one character at a time, as the reference does (no final-sigma context).
      word.append(Py.lower(Character.toString(cp)));
    }
    return word.toString();
  }

  private static String lstrip(String s, char c) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == c) i++;
    return s.substring(i);
  }
}
