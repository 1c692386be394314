package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.fixes.FixTesting.follows;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fix sentence-words-unique: the reference's verdicts (checked with its code) and the fixed ones. */
class EqualLengthSentencesFixTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    // text, reference, fixed
    "Cat sat. Cat sat. Cat sat. | true | false",
    "Dogs ran. Cats sat. Owls ran. | true | false",
    "Dogs ran. Cats sat. OWLS sat. | true | false",
    "Dogs ran. Cats sat. Owls hid. | true | true",
    "Dogs ran. Cats sat. Owls hid! | true | true",
    "Dogs ran. Cats sat. Owl hid. | false | false",
  })
  void theWordsOfTheThreeSentencesMustDiffer(String text, boolean reference, boolean fixed) {
    assertThat(follows(EqualLengthSentences.TYPE, Map.of(), text)).isEqualTo(reference);
    assertThat(follows(EqualLengthSentences.TYPE, Map.of(), text, EqualLengthSentences.FIX)).isEqualTo(fixed);
  }
}
