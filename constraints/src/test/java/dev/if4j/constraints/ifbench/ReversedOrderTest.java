package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.CustomAndRepeatTesting.build;
import static dev.if4j.constraints.ifbench.CustomAndRepeatTesting.follows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected verdicts checked against the reference's WordReverseOrderChecker and CharacterReverseOrderChecker. */
class ReversedOrderTest {
  private final Constraint words = build(ReversedWordOrder.TYPE);
  private final Constraint characters = build(ReversedCharacters.TYPE);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "eagle bald the is symbol national the | true",
      "Eagle bald the. Is symbol national the! | true",
      "EAGLE BALD | true",
      "eagle\\n\\tbald | true",
      "The bald eagle. | false",
      "eagle-bald | false",
  })
  void wordsReadBackwardsHoldBaldEagle(String text, boolean expected) {
    assertThat(follows(words, unescape(text))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "elgae dlab eht si rewsna ehT | true",
      "ELGAE DLAB | true",
      "elgae  dlab | false",
      "eagle bald | false",
  })
  void lettersReadBackwardsHoldBaldEagle(String text, boolean expected) {
    assertThat(follows(characters, text)).isEqualTo(expected);
  }

  private static String unescape(String s) {
    return s.replace("\\n", "\n").replace("\\t", "\t");
  }
}
