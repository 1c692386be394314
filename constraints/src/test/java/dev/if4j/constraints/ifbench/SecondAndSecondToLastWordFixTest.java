package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.fixes.FixTesting.follows;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fix words-position-skip-punctuation: the reference's verdicts (checked with its code) and the fixed ones. */
class SecondAndSecondToLastWordFixTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    // text, reference, fixed
    "Yes, cat lovers adore a cat indeed. | false | true",
    "A cat sat by a cat here. | true | true",
    "A cat sat by a cat here!\" | false | true",
    "A cat sat by a cat here... | false | true",
    "**A** cat sat by a cat **here**. | false | true",
    "A dog sat by a cat here. | false | false",
  })
  void punctuationTokensAreNotWords(String text, boolean reference, boolean fixed) {
    Map<String, Object> args = Map.of("keyword", "cat");
    assertThat(follows(SecondAndSecondToLastWord.TYPE, args, text)).isEqualTo(reference);
    assertThat(follows(SecondAndSecondToLastWord.TYPE, args, text, SecondAndSecondToLastWord.FIX)).isEqualTo(fixed);
  }
}
