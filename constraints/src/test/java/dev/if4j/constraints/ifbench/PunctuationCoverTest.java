package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.build;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.followed;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.reason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PunctuationCoverTest {
  private final Constraint c = build(PunctuationCover.TYPE, Map.of());

  // Verdicts of the reference's check_following in CPython.
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
    "Wow?! Really. Yes, no; maybe: fine! | false",
    "Wow!? Really. Yes, no; maybe: fine | false",
    "Wow\u203D Really. Yes, no; maybe: fine!? | false",
    "Wow\u203D Really? Yes, no; maybe: fine! | false",
    "Wow\u203D Really? Yes. no, maybe; fine: ok! | true",
    "?!.,;: only | false",
    "?! ?! .,;: | true",
    "!? !? .,;: | true",
    "Really. Yes, no; maybe: fine! Why? | false",
  })
  void needsAnInterrobangAndEveryMarkBesidesIt(String text, boolean expected) {
    assertThat(followed(c, text)).isEqualTo(expected);
  }

  @Test
  void explainsWhatIsMissing() {
    assertThat(reason(c, "?!.,;: only")).isEqualTo("missing ! ? (apart from the interrobang)");
    assertThat(reason(c, "Fine. Yes!")).isEqualTo("no interrobang (?!, !? or \u203D) found");
  }

  @Test
  void describesAsTheReference() {
    assertThat(c.describe()).isEqualTo("Use every standard punctuation mark at least once, including "
        + "semicolons, colons, and the interrobang (?!).");
    assertThat(c.args()).isEmpty();
  }
}
