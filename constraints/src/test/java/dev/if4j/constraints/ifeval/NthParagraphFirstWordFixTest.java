package dev.if4j.constraints.ifeval;

import static dev.if4j.constraints.fixes.FixTesting.follows;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fix nth-paragraph-non-blank: the reference's verdict (checked with its code) and the fixed one. */
class NthParagraphFirstWordFixTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // num, nth, text, reference, fixed
    "2 | 1 | \\n\\nHello there.\\n\\nA second paragraph. | false | true",
    "2 | 2 | x\\n\\n\\n\\nhello | false | true",
    "2 | 2 | \\n\\nx\\n\\nhello | false | true",
    "3 | 3 | a\\n\\n \\n\\nb\\n\\nEnd. | false | true",
    "2 | 2 | x\\n\\nhello | true | true",
  })
  void looksUpTheNthOfTheParagraphsItCounts(int num, int nth, String text, boolean reference, boolean fixed) {
    Map<String, Object> args = Map.of("num_paragraphs", num, "nth_paragraph", nth,
        "first_word", nth == 3 ? "end" : "hello");
    String response = text.replace("\\n", "\n");
    assertThat(follows(NthParagraphFirstWord.TYPE, args, response)).isEqualTo(reference);
    assertThat(follows(NthParagraphFirstWord.TYPE, args, response, NthParagraphFirstWord.FIX)).isEqualTo(fixed);
  }
}
