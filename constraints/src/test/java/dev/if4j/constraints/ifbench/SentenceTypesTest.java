package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.build;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.followed;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.reason;
import static dev.if4j.constraints.ifbench.CountsAndRatiosTesting.view;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ratio:sentence_type and ratio:sentence_balance, which classify Punkt sentences by their last character. */
class SentenceTypesTest {
  private final Constraint ratio = build(SentenceTypeRatio.TYPE, Map.of());
  private final Constraint balance = build(SentenceBalance.TYPE, Map.of());

  @Test
  void sentencesAreClassifiedByTheirLastCharacter() {
    // Punkt in CPython: 'He said "Stop."' | 'Then left.' | 'Why?' | 'Who knows?' | '"Really?"' | 'Yes!'
    String text = "He said \"Stop.\" Then left. Why? Who knows? \"Really?\" Yes!";
    assertThat(view(text).get(CountsAndRatiosTexts.SENTENCE_ENDINGS)).containsExactly(1, 2, 1);
  }

  @Test
  void twoStatementsPerQuestion() {
    assertThat(followed(ratio, "It rains. It pours. Why?")).isTrue();
    assertThat(followed(ratio, "It rains. Why? It pours!")).isFalse();
    assertThat(followed(ratio, "No final mark at all")).isTrue();
    assertThat(reason(ratio, "It rains. Why?"))
        .isEqualTo("found 1 declarative sentence and 1 question, expected twice as many declarative sentences as questions");
  }

  @Test
  void asManyOfEachType() {
    assertThat(followed(balance, "One. Two? Three! Four. Five? Six!")).isTrue();
    assertThat(followed(balance, "One. Two? Three! Four.")).isFalse();
    assertThat(followed(balance, "Nothing ends here")).isTrue();
  }

  @Test
  void describesAsTheReference() {
    assertThat(ratio.describe()).isEqualTo("Maintain a 2:1 ratio of declarative to interrogative sentences.");
    assertThat(balance.describe()).isEqualTo(
        "Ensure that the ratio of sentence types (declarative, interrogative, exclamatory) is balanced.");
    assertThat(ratio.args()).isEmpty();
  }
}
