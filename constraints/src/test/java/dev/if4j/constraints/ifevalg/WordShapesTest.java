package dev.if4j.constraints.ifevalg;

import static dev.if4j.constraints.ifevalg.TrainingTesting.followed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Instructions about each whitespace-separated word: no_adjacent_consecutive, square_brackets,
 * bigram_wrapping, palindrome.
 */
class WordShapesTest {
  @Test
  void adjacentWordsMayNotStartWithConsecutiveCharacters() {
    assertThat(followed(NoAdjacentConsecutiveLetters.TYPE, Map.of(), "Apple cat")).isTrue();
    assertThat(followed(NoAdjacentConsecutiveLetters.TYPE, Map.of(), "Apple Banana")).isFalse();
    assertThat(followed(NoAdjacentConsecutiveLetters.TYPE, Map.of(), "1 2")).isFalse();
    assertThat(followed(NoAdjacentConsecutiveLetters.TYPE, Map.of(), "single")).isTrue();
  }

  @Test
  void aFirstLetterThatLowerCasesToTwoCharactersFails() {
    // "İ".lower() is "i" plus a combining dot.
    assertThat(followed(NoAdjacentConsecutiveLetters.TYPE, Map.of(), "İstanbul zoo")).isFalse();
    assertThat(followed(NoAdjacentConsecutiveLetters.TYPE, Map.of(), "İstanbul")).isTrue();
  }

  @Test
  void everyWordInSquareBrackets() {
    assertThat(followed(SquareBrackets.TYPE, Map.of(), "[a] [b]\n[c]")).isTrue();
    assertThat(followed(SquareBrackets.TYPE, Map.of(), "[a] [ b]")).isFalse();
    assertThat(followed(SquareBrackets.TYPE, Map.of(), "[")).isFalse();
    assertThat(SquareBrackets.TYPE.create(dev.if4j.constraints.Args.empty()).describe())
        .isEqualTo("Enclose every word in your response within square brackets.");
  }

  @Test
  void bigramsLookOnlyAtEachPairsOuterEnds() {
    assertThat(followed(BigramWrapping.TYPE, Map.of(), "<<I am>> <<at home>> odd")).isTrue();
    assertThat(followed(BigramWrapping.TYPE, Map.of(), "<<I am>> at home")).isFalse();
    assertThat(followed(BigramWrapping.TYPE, Map.of(), "<<I am at>> <<home x>>")).isFalse();
  }

  @Test
  void aPalindromeIsAnyWordEqualToItsReverse() {
    assertThat(followed(Palindrome.TYPE, Map.of(), "Noon is Level")).isFalse();
    assertThat(followed(Palindrome.TYPE, Map.of(), "I")).isTrue();
    // Reversed by code point, so a surrogate pair stays whole.
    assertThat(followed(Palindrome.TYPE, Map.of(), "😀x😀 ab")).isTrue();
    assertThat(followed(Palindrome.TYPE, Map.of(), "😀😁 ab")).isFalse();
    assertThat(followed(Palindrome.TYPE, Map.of(), "no palindromes here")).isFalse();
  }
}
