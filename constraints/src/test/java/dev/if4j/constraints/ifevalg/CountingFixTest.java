package dev.if4j.constraints.ifevalg;

import static dev.if4j.constraints.fixes.FixTesting.follows;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fixes punctuation-is-not-a-word and composition-divider: the reference's verdicts (checked with
 * its code) and the fixed ones.
 */
class CountingFixTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // text, reference, fixed
    "Cats purr. Dogs bark. | false | true",
    "Cats purr, dogs bark | true | true",
    "Cats purr. Cats bark. | false | false",
  })
  void uniqueWordsIgnorePunctuation(String text, boolean reference, boolean fixed) {
    assertThat(follows(UniqueWords.TYPE, Map.of(), text)).isEqualTo(reference);
    assertThat(follows(UniqueWords.TYPE, Map.of(), text, UniqueWords.FIX)).isEqualTo(fixed);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // n_words, text, reference, with punctuation-is-not-a-word, with composition-divider, with both
    "3 | Cats purr.\\n* * *\\nDogs bark.\\n* * *\\nBirds sing. | false | false | true | false",
    "2 | Cats purr.\\n* * *\\nDogs bark.\\n* * *\\nBirds sing. | false | false | false | true",
    "3 | Cats purr.\\n***\\nDogs bark.\\n***\\nBirds sing. | true | false | true | false",
    "2 | Cats purr.\\n***\\nDogs bark.\\n***\\nBirds sing. | false | true | false | true",
    "3 | Cats purr.\\n***\\nDogs bark.\\n***\\nBirds sing.\\n*** | false | false | true | false",
    "2 | Cats purr.\\n* * *\\nDogs bark.\\n***\\nBirds sing. | false | false | false | true",
  })
  void compositionCountsWordsAndSplitsOnTheDescribedDivider(int words, String text, boolean reference,
      boolean noPunctuation, boolean divider, boolean both) {
    Map<String, Object> args = Map.of("n_sent", 1, "n_words", words);
    String response = text.replace("\\n", "\n");
    assertThat(follows(CountingComposition.TYPE, args, response)).isEqualTo(reference);
    assertThat(follows(CountingComposition.TYPE, args, response, UniqueWords.FIX)).isEqualTo(noPunctuation);
    assertThat(follows(CountingComposition.TYPE, args, response, CountingComposition.DIVIDER_FIX)).isEqualTo(divider);
    assertThat(follows(CountingComposition.TYPE, args, response, UniqueWords.FIX, CountingComposition.DIVIDER_FIX))
        .isEqualTo(both);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "a *** b * * * c | a,b,c",
    "a * * * b *** c | a,b,c",
    "a ** * b | a ** * b",
    "*** | ,",
  })
  void splitsOnEitherDivider(String text, String pieces) {
    assertThat(String.join(",", TrainingTexts.splitOnDividers(text, "***", "* * *"))).isEqualTo(pieces);
  }
}
