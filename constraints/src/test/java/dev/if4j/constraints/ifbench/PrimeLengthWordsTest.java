package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.build;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.followed;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.reason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import org.junit.jupiter.api.Test;

// Expected verdicts were checked with the reference (PrimeLengthsChecker).
class PrimeLengthWordsTest {
  private final Constraint primes = build(PrimeLengthWords.TYPE);

  @Test
  void describesAsTheReference() {
    assertThat(primes.describe()).isEqualTo("Use only words with lengths that are prime numbers.");
  }

  @Test
  void everyWordLengthIsPrime() {
    assertThat(followed(primes, "We are going to the store now.")).isTrue();
    assertThat(followed(primes, "a b")).isFalse();
    assertThat(followed(primes, "It is  -- ok")).isTrue(); // "--" is no word
    assertThat(reason(primes, "Don't stop it."))
        .isEqualTo("word 1 'Dont' has 4 characters, not a prime below 100");
  }

  @Test
  void onlyPrimesBelowOneHundredAreListed() {
    assertThat(PrimeLengthWords.isListedPrime(97)).isTrue();
    assertThat(PrimeLengthWords.isListedPrime(101)).isFalse();
    assertThat(PrimeLengthWords.isListedPrime(1)).isFalse();
    assertThat(followed(primes, "x".repeat(101))).isFalse();
    assertThat(followed(primes, "x".repeat(97))).isTrue();
  }
}
