package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.Py;
import dev.if4j.text.PyRepr;
import dev.if4j.text.TextView;

/**
 * {@code words:consonants}: every whitespace-separated word holds two ASCII consonants in a row
 * (y counts as a consonant), ignoring case.
 *
 * <p>As in the reference, punctuation stays part of the word ("st." has its cluster, "a-b" none)
 * and a word of digits or emoji has no cluster. Case is compared after Python's {@code lower()},
 * which maps the Kelvin sign to a "k".
 */
public final class ConsonantClusters extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("words:consonants").factory(ConsonantClusters::new);

  ConsonantClusters(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Ensure each word in your response has at least one consonant cluster (two or more consonants together).";
  }

  @Override
  public Verdict check(TextView response) {
    String s = response.text();
    int n = s.length();
    int i = 0;
    int words = 0;
    while (i < n) {
      while (i < n && Py.isSpace(s.charAt(i))) i++;
      if (i == n) break;
      int start = i;
      boolean cluster = false;
      boolean prev = false;
      while (i < n && !Py.isSpace(s.charAt(i))) {
        boolean c = isConsonant(s.charAt(i));
        if (c && prev) cluster = true;
        prev = c;
        i++;
      }
      words++;
      if (!cluster) {
        String word = s.substring(start, i);
        int index = words;
        return Verdict.notFollowed(
            () -> "word " + index + " " + PyRepr.repr(word) + " has no consonant cluster");
      }
    }
    int count = words;
    return Verdict.followed(() -> "all " + count + " words have a consonant cluster");
  }

  /**
   * Whether the character is a consonant once lower-cased. Only ASCII letters and the Kelvin sign
   * lower-case to ASCII consonants; İ lower-cases to "i" plus a combining mark, neither of them a
   * consonant, so keeping it as one non-consonant unit leaves every pair the same.
   */
  private static boolean isConsonant(char c) {
    int lower;
    if (c < 0x80) lower = c >= 'A' && c <= 'Z' ? c + 32 : c;
    else if (c == 0x212A) lower = 'k';
    else return false;
    return lower >= 'a' && lower <= 'z' && "aeiou".indexOf(lower) < 0;
  }
}
