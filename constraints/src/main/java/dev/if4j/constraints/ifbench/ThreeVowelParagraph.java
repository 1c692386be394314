package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.text.TextView;

/**
 * {@code words:vowel}: the response is one line (no newline once surrounding whitespace is
 * stripped) and uses at most three of the vowels a, e, i, o, u, in either case.
 *
 * <p>Only ASCII vowels count ("é" is no vowel here), plus "İ", which the reference's
 * {@code lower()} turns into an "i" followed by a combining dot.
 */
public final class ThreeVowelParagraph extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("words:vowel").factory(ThreeVowelParagraph::new);

  private static final String VOWELS = "aeiou";

  ThreeVowelParagraph(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Write a paragraph using words that contain only three types of vowels.";
  }

  @Override
  public Verdict check(TextView response) {
    String text = response.stripped();
    int newline = text.indexOf('\n');
    if (newline >= 0) {
      return Verdict.notFollowed(() -> "found " + (text.chars().filter(c -> c == '\n').count() + 1)
          + " lines, expected one paragraph");
    }
    int seen = 0; // one bit per vowel
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int lower = c < 0x80 ? (c >= 'A' && c <= 'Z' ? c + 32 : c) : c == 0x130 ? 'i' : -1;
      int v = lower < 0 ? -1 : VOWELS.indexOf(lower);
      if (v >= 0) seen |= 1 << v;
    }
    int used = seen;
    int kinds = Integer.bitCount(used);
    return Verdict.of(kinds <= 3, () -> "uses " + kinds + " kinds of vowels (" + vowels(used)
        + "), expected at most 3");
  }

  private static String vowels(int bits) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < VOWELS.length(); k++) {
      if ((bits & (1 << k)) != 0) sb.append(VOWELS.charAt(k));
    }
    return sb.toString();
  }
}
