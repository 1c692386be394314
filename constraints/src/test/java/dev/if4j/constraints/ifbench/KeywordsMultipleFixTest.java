package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.fixes.FixTesting.follows;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fix keywords-whole-words: the reference's verdicts (checked with its code) and the fixed ones. */
class KeywordsMultipleFixTest {
  private static final Map<String, Object> KEYWORDS = Map.of("keyword1", "art", "keyword2", "sun",
      "keyword3", "sea", "keyword4", "sky", "keyword5", "ice");
  private static final String REST = " The sun, the sun. A sea, a sea, a sea. Sky sky sky sky sky. Ice ice ice ice ice ice ice.";

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // first sentence, reference, fixed
    "Art is a start. | false | true", // "art" in "start"
    "Art is good. | true | true",
    "Art is good. The sunny day. | false | true", // "sun" three times as a substring, twice as a word
  })
  void countsWholeWords(String first, boolean reference, boolean fixed) {
    String text = first.startsWith("Art is good. The sunny")
        ? "Art is good. The sunny sun, the sun. A sea, a sea, a sea. Sky sky sky sky sky. Ice ice ice ice ice ice ice."
        : first + REST;
    assertThat(follows(KeywordsMultiple.TYPE, KEYWORDS, text)).isEqualTo(reference);
    assertThat(follows(KeywordsMultiple.TYPE, KEYWORDS, text, KeywordsMultiple.FIX)).isEqualTo(fixed);
  }
}
