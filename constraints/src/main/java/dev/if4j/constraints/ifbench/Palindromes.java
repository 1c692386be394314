package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifbench.WordsAndSentencesTexts.PunctFreeWords;
import dev.if4j.text.Py;
import dev.if4j.text.PyLower;
import dev.if4j.text.TextView;

/**
 * {@code words:palindrome}: at least 10 words read the same backwards, ignoring case, and are at
 * least 5 characters long.
 *
 * <p>Words are the whitespace-separated pieces once ASCII punctuation is deleted, so "Madam,"
 * is the palindrome "madam" and "A-ma-na-ma" the 7-letter "amanama". Every occurrence counts, the
 * same palindrome ten times included; so do numbers ("12321"). Lengths and reversal go by code
 * point, after Python's {@code lower()}.
 */
public final class Palindromes extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("words:palindrome").factory(Palindromes::new);

  private static final int MIN_LENGTH = 5;
  private static final int REQUIRED = 10;

  Palindromes(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Include at least 10 single-word palindromes, each at least 5 characters long.";
  }

  /**
   * A loose variant has no palindrome the response lacks: words are split at whitespace, so
   * dropping a line (and stripping) drops whole words, and '*' is deleted from every word as ASCII
   * punctuation already (a piece of '*' only is no word either way). At least 10 cannot hold for a
   * variant where it fails for the response.
   */
  @Override
  public boolean failsTheLooseVariantsOfAFailure() {
    return true;
  }

  @Override
  public Verdict check(TextView response) {
    // Lower-casing each word is lower-casing the text: Python's final-sigma context never
    // crosses whitespace (it is neither cased nor case-ignorable).
    int found = 0;
    PunctFreeWords words = new PunctFreeWords(response.text());
    while (words.next()) {
      if (words.isAscii() ? isLongAsciiPalindrome(words) : isLongPalindrome(words.word())) found++;
    }
    int count = found;
    return Verdict.of(found >= REQUIRED,
        () -> "found " + count + " palindromes of 5 or more characters, expected at least 10");
  }

  /** The current ASCII word, compared in place (punctuation skipped, case folded). */
  private static boolean isLongAsciiPalindrome(PunctFreeWords w) {
    if (w.length() < MIN_LENGTH) return false;
    String s = w.source();
    int i = w.startIndex();
    int j = w.endIndex() - 1;
    while (true) {
      while (Py.isPunctuation(s.charAt(i))) i++;
      while (Py.isPunctuation(s.charAt(j))) j--;
      if (i >= j) return true;
      if (lowerAscii(s.charAt(i)) != lowerAscii(s.charAt(j))) return false;
      i++;
      j--;
    }
  }

  /** {@code word.lower()} reads the same backwards and has at least 5 code points. */
  static boolean isLongPalindrome(String word) {
    String lower = PyLower.lower(word);
    int[] cps = lower.codePoints().toArray();
    if (cps.length < MIN_LENGTH) return false;
    for (int i = 0, j = cps.length - 1; i < j; i++, j--) {
      if (cps[i] != cps[j]) return false;
    }
    return true;
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }
}
