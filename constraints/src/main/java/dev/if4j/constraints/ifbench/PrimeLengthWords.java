package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifbench.WordsAndSentencesTexts.PunctFreeWords;
import dev.if4j.text.PyRepr;
import dev.if4j.text.TextView;

/**
 * {@code words:prime_lengths}: every word's length is a prime number.
 *
 * <p>Words are the whitespace-separated pieces once ASCII punctuation is deleted ("don't" has
 * 4 letters); lengths count code points. As in the reference, only the primes below 100 are
 * accepted: a word of 101 characters fails.
 */
public final class PrimeLengthWords extends TypedConstraint {
  public static final ConstraintType TYPE =
      ConstraintType.define("words:prime_lengths").factory(PrimeLengthWords::new);

  /** Bit k set when k is one of the reference's primes (2..97). */
  private static final long[] PRIMES = primes();

  PrimeLengthWords(BuildContext ctx) {
    super(TYPE);
  }

  @Override
  public String describe() {
    return "Use only words with lengths that are prime numbers.";
  }

  @Override
  public Verdict check(TextView response) {
    PunctFreeWords words = new PunctFreeWords(response.text());
    while (words.next()) {
      int length = words.length();
      if (!isListedPrime(length)) {
        String word = words.word();
        int index = words.index() + 1;
        return Verdict.notFollowed(() -> "word " + index + " " + PyRepr.repr(word) + " has "
            + length + " characters, not a prime below 100");
      }
    }
    int count = words.index() + 1;
    return Verdict.followed(() -> "all " + count + " words have prime lengths");
  }

  static boolean isListedPrime(int n) {
    return n >= 0 && n < 128 && (PRIMES[n >> 6] & (1L << (n & 63))) != 0;
  }

  private static long[] primes() {
    long[] bits = new long[2];
    for (int n = 2; n < 100; n++) {
      boolean prime = true;
      for (int d = 2; d * d <= n; d++) {
        if (n % d == 0) {
          prime = false;
          break;
        }
      }
      if (prime) bits[n >> 6] |= 1L << (n & 63);
    }
    return bits;
  }
}
