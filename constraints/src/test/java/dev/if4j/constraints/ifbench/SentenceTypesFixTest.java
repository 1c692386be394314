package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.fixes.FixTesting.follows;
import static dev.if4j.constraints.fixes.FixTesting.reason;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fix ratio-needs-sentences: the reference's verdicts (checked with its code) and the fixed ones. */
class SentenceTypesFixTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // text, reference, fixed
    "What a day! Let us go! | true | false",
    "no punctuation here | true | false",
    "I came. I saw. Did I win? | true | true",
    "I came. Did I win? | false | false",
  })
  void aTwoToOneRatioNeedsAQuestion(String text, boolean reference, boolean fixed) {
    assertThat(follows(SentenceTypeRatio.TYPE, Map.of(), text)).isEqualTo(reference);
    assertThat(follows(SentenceTypeRatio.TYPE, Map.of(), text, SentenceTypeRatio.FIX)).isEqualTo(fixed);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "no punctuation here | true | false",
    "'\"Quoted.\" \"Asked?\"' | true | false",
    "I came. Did I? Wow! | true | true",
  })
  void aBalanceNeedsOneSentenceOfEachType(String text, boolean reference, boolean fixed) {
    assertThat(follows(SentenceBalance.TYPE, Map.of(), text)).isEqualTo(reference);
    assertThat(follows(SentenceBalance.TYPE, Map.of(), text, SentenceTypeRatio.FIX)).isEqualTo(fixed);
  }

  @Test
  void saysWhatIsMissing() {
    assertThat(reason(SentenceTypeRatio.TYPE, Map.of(), "Wow!", SentenceTypeRatio.FIX))
        .endsWith("expected at least one question and twice as many declarative sentences");
    assertThat(reason(SentenceBalance.TYPE, Map.of(), "wow", SentenceTypeRatio.FIX))
        .endsWith("expected at least one of each");
  }
}
