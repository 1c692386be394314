package dev.if4j.constraints.ifeval;

import static dev.if4j.constraints.fixes.FixTesting.follows;
import static dev.if4j.constraints.fixes.FixTesting.reason;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fix constrained-response-one-option: the reference's verdicts (checked with its code) and the fixed ones. */
class ConstrainedResponseFixTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // text, reference, fixed
    "My answer is yes. My answer is no. | true | false",
    "My answer is yes. My answer is no. My answer is maybe. | true | false",
    "My answer is maybe. | true | true",
    "My answer is no. Truly: My answer is no. | true | true",
    "Yes. | false | false",
  })
  void oneAnswerOnly(String text, boolean reference, boolean fixed) {
    assertThat(follows(ConstrainedResponse.TYPE, Map.of(), text)).isEqualTo(reference);
    assertThat(follows(ConstrainedResponse.TYPE, Map.of(), text, ConstrainedResponse.FIX)).isEqualTo(fixed);
  }

  @Test
  void namesTheOptionsFound() {
    assertThat(reason(ConstrainedResponse.TYPE, Map.of(), "My answer is yes. My answer is no.", ConstrainedResponse.FIX))
        .isEqualTo("found several options: [My answer is yes., My answer is no.]");
  }
}
