package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.Counts;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import java.util.List;

/**
 * {@code custom:sentence_alphabet}: 26 sentences, the first word of the n-th starting with the n-th
 * letter of the alphabet.
 *
 * <p>As the reference: sentences are NLTK Punkt's ({@code nltk.sent_tokenize}), exactly 26 of them;
 * a sentence's first word is its first whitespace-separated token, and the first character of that
 * word, lower-cased as Python lower-cases the word, must be the letter ("\"Apple" fails, as its
 * first character is a quote; "İ" lower-cases to "i̇" and so counts as "i").
 *
 * <p>Fix {@value #FIX} reads the first letter of the first word: quotes and opening brackets in
 * front of it ({@code "Apple}, {@code (Apple}, {@code [“Apple}) are skipped, with any whitespace
 * among them. Quotes are ASCII {@code " ' `} and Unicode's initial and final quote punctuation;
 * opening brackets are Unicode's opening punctuation. Other marks (markdown's {@code *}) are not
 * skipped.
 */
public final class AlphabeticalSentenceStarts extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("custom:sentence_alphabet").factory(AlphabeticalSentenceStarts::new);

  /** The fix that skips quotes and brackets in front of a sentence's first word. */
  public static final String FIX = "sentence-alphabet-skip-quotes";

  private final boolean skipQuotes;

  AlphabeticalSentenceStarts(BuildContext ctx) {
    super(TYPE);
    this.skipQuotes = ctx.fixed(FIX);
  }

  @Override
  public String describe() {
    return "Tell me a 26-sentence story where each sentence's first word starts with the letters of"
        + " the alphabet in order.";
  }

  @Override
  public Verdict check(TextView response) {
    List<String> sentences = response.get(Counts.SENTENCES);
    if (sentences.size() != 26) {
      return Verdict.notFollowed(() -> "found " + sentences.size() + " sentences, expected 26");
    }
    for (int i = 0; i < 26; i++) {
      String word = skipQuotes ? firstWordAfterQuotes(sentences.get(i)) : firstWord(sentences.get(i));
      char letter = (char) ('a' + i);
      int number = i + 1;
      if (word.isEmpty()) {
        return Verdict.notFollowed(() -> "sentence " + number + " has no words");
      }
      if (Py.lower(word).codePointAt(0) != letter) {
        return Verdict.notFollowed(() -> "sentence " + number + " starts with \"" + word
            + "\", expected a word starting with '" + letter + "'");
      }
    }
    return Verdict.followed(() -> "26 sentences starting with a to z");
  }

  /** Fixed: the first word once leading whitespace, quotes and opening brackets are skipped. */
  private static String firstWordAfterQuotes(String sentence) {
    int n = sentence.length();
    int i = 0;
    while (i < n) {
      int cp = sentence.codePointAt(i);
      if (!Py.isSpace(cp) && !isQuoteOrOpening(cp)) break;
      i += Character.charCount(cp);
    }
    int start = i;
    while (i < n && !Py.isSpace(sentence.charAt(i))) i++;
    return sentence.substring(start, i);
  }

  private static boolean isQuoteOrOpening(int cp) {
    if (cp == '"' || cp == '\'' || cp == '`') return true;
    int type = Character.getType(cp);
    return type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.START_PUNCTUATION;
  }

  /** {@code sentence.lstrip().split()[0]}, or "" when the sentence is blank. */
  private static String firstWord(String sentence) {
    int n = sentence.length();
    int i = 0;
    while (i < n && Py.isSpace(sentence.charAt(i))) i++;
    int start = i;
    while (i < n && !Py.isSpace(sentence.charAt(i))) i++;
    return sentence.substring(start, i);
  }
}
