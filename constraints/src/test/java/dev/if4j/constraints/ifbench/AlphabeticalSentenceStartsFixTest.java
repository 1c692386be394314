package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.fixes.FixTesting.follows;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fix sentence-alphabet-skip-quotes: the reference's verdicts (checked with its code) and the fixed ones. */
class AlphabeticalSentenceStartsFixTest {
  /** "Ax is here. Bx is here. ..." with sentence {@code at} wrapped in {@code open} and {@code close}. */
  private static String story(int at, String open, String close, String firstLetter) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < 26; k++) {
      String word = (k == at && !firstLetter.isEmpty() ? firstLetter : String.valueOf((char) ('A' + k))) + "x";
      out.add(k == at ? open + word + " is here." + close : word + " is here.");
    }
    return String.join(" ", out);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    // sentence, opening, closing, first letter ('' = the right one), reference, fixed
    "0 | ` ` | ` ` | ` ` | true | true",
    "0 | \" | \" | ` ` | false | true",
    "1 | ( | ) | ` ` | false | true",
    "3 | ' | ' | ` ` | false | true",
    "4 | [\" | \"] | ` ` | false | true",
    "5 | `\" ` | \" | ` ` | true | true",
    "0 | \" | \" | Z | false | false",
    "6 | * | * | ` ` | false | false",
  })
  void quotesAndBracketsBeforeTheFirstWordAreSkipped(int at, String open, String close, String letter,
      boolean reference, boolean fixed) {
    String text = story(at, open.strip().isEmpty() ? "" : open, close.strip(), letter.strip());
    assertThat(follows(AlphabeticalSentenceStarts.TYPE, Map.of(), text)).isEqualTo(reference);
    assertThat(follows(AlphabeticalSentenceStarts.TYPE, Map.of(), text, AlphabeticalSentenceStarts.FIX))
        .isEqualTo(fixed);
  }
}
