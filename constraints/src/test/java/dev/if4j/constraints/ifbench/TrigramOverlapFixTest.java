package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.fixes.FixTesting.follows;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fix overlap-word-trigrams: the reference's verdicts (checked with its code) and the fixed ones. */
class TrigramOverlapFixTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
    // response, reference text, percentage, reference, fixed
    "The cat sat on a rug. | The cat sat on the mat. | 50 | false | true",
    "the cat sat on a rug | the cat sat on the mat | 70 | true | false",
    "the cat sat on the mat | the cat sat on the mat | 100 | true | true",
    "THE CAT SAT ON THE MAT | the cat sat on the mat | 100 | false | true",
    "the mat | the cat sat on the mat | 100 | true | false",
  })
  void trigramsAreOfWords(String response, String referenceText, int percentage, boolean reference, boolean fixed) {
    Map<String, Object> args = Map.of("reference_text", referenceText, "percentage", percentage);
    assertThat(follows(TrigramOverlap.TYPE, args, response)).isEqualTo(reference);
    assertThat(follows(TrigramOverlap.TYPE, args, response, TrigramOverlap.FIX)).isEqualTo(fixed);
  }
}
