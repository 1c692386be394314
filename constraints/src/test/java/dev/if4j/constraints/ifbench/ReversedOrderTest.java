package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.CustomAndRepeatTesting.build;
import static dev.if4j.constraints.ifbench.CustomAndRepeatTesting.follows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import dev.if4j.text.Py;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected verdicts checked against the reference's WordReverseOrderChecker and CharacterReverseOrderChecker. */
class ReversedOrderTest {
  private final Constraint words = build(ReversedWordOrder.TYPE);
  private final Constraint characters = build(ReversedCharacters.TYPE);

  /** The pair scan agrees with reversing the words, joining them and searching the result. */
  @Test
  void theBaldEagleScanAgreesWithReversingTheWords() {
    Random random = new Random(3);
    String[] vocabulary = {"eagle", "bald", "eagles", "xbald", "eaglebald", "ba", "ld", "a", "baldeagle"};
    for (int round = 0; round < 3000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(6);
      for (int i = 0; i < n; i++) {
        sb.append(random.nextInt(4) == 0 ? "  " : random.nextInt(4) == 0 ? "\n" : " ");
        sb.append(vocabulary[random.nextInt(vocabulary.length)]);
      }
      String s = sb.toString();
      List<String> words = new ArrayList<>(Py.splitWhitespace(s));
      Collections.reverse(words);
      assertThat(ReversedWordOrder.reversedContainsBaldEagle(s)).as(s)
          .isEqualTo(String.join(" ", words).contains("bald eagle"));
    }
  }

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
