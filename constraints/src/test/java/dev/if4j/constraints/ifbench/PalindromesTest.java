package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.build;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.followed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import org.junit.jupiter.api.Test;

// Expected verdicts were checked with the reference (PalindromeChecker).
class PalindromesTest {
  private final Constraint palindromes = build(Palindromes.TYPE);

  @Test
  void describesAsTheReference() {
    assertThat(palindromes.describe())
        .isEqualTo("Include at least 10 single-word palindromes, each at least 5 characters long.");
  }

  @Test
  void needsTenPalindromesOfFiveOrMoreCharacters() {
    assertThat(followed(palindromes,
        "level racecar madam refer rotor civic kayak radar stats tenet")).isTrue();
    assertThat(followed(palindromes,
        "level racecar madam refer rotor civic kayak radar stats noon")).isFalse();
    assertThat(followed(palindromes,
        "level level level level level level level level level level")).isTrue();
  }

  @Test
  void ignoresCaseAndDeletesPunctuation() {
    assertThat(followed(palindromes,
        "Level, RaceCar! madam. refer? rotor; civic: kayak radar stats A-ma-na-ma")).isTrue();
    assertThat(Palindromes.isLongPalindrome("ΣΟΣΟΣ")).isFalse(); // final sigma: "σοσος"
    assertThat(Palindromes.isLongPalindrome("Racecar")).isTrue();
    assertThat(Palindromes.isLongPalindrome("abba")).isFalse();
  }
}
