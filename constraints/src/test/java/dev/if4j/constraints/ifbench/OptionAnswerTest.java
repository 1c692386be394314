package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.FormatsTesting.build;
import static dev.if4j.constraints.ifbench.FormatsTesting.context;
import static dev.if4j.constraints.ifbench.FormatsTesting.follows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected verdicts checked against the reference's OptionsResponseChecker. */
class OptionAnswerTest {
  static Stream<Arguments> answers() {
    return Stream.of(
        Arguments.of("yes/no/maybe", "yes", true),
        Arguments.of("yes/no/maybe", "Yes.", true),
        // Only punctuation and U+0020 are stripped: the newline stays.
        Arguments.of("yes/no/maybe", "yes\n", false),
        Arguments.of("yes/no/maybe", " maybe ", true),
        Arguments.of("yes/no/maybe", "No!", true),
        Arguments.of("yes/no/maybe", "(yes)", true),
        Arguments.of("yes/no/maybe", "yes, of course", false),
        // Letter choices compare exactly.
        Arguments.of("a), b), c), d)", "a)", true),
        Arguments.of("a), b), c), d)", "A)", false),
        Arguments.of("a), b), c), d)", "a", false),
        Arguments.of("a), b), c), d)", " a)", false),
        Arguments.of("a), b), c), d)", "b) ", false),
        Arguments.of("I know or I don't know", "I know", true),
        Arguments.of("I know or I don't know", "i don't know.", true),
        Arguments.of("I know or I don't know", "know", false),
        // "or" inside a word cuts too: the pieces are "w", "d, sw", "d".
        Arguments.of("word, sword", "w", true),
        Arguments.of("word, sword", "d", true),
        Arguments.of("word, sword", "word", false),
        Arguments.of("Red, Green, Blue", "green", true));
  }

  @ParameterizedTest
  @MethodSource("answers")
  void answerIsOneOption(String options, String response, boolean expected) {
    assertThat(follows(build(OptionAnswer.TYPE, Map.of("options", options)), response)).isEqualTo(expected);
  }

  @Test
  void recognisesLetterChoicesAsTheReferenceRegexDoes() {
    assertThat(OptionAnswer.startsLikeLetterChoices("a), b), c), d)")).isTrue();
    assertThat(OptionAnswer.startsLikeLetterChoices("(A) (b) [C] d")).isTrue();
    assertThat(OptionAnswer.startsLikeLetterChoices("abc")).isTrue();
    assertThat(OptionAnswer.startsLikeLetterChoices("a_b_c")).isFalse(); // _ is a word character
    assertThat(OptionAnswer.startsLikeLetterChoices("1) a 2) b 3) c")).isFalse();
    assertThat(OptionAnswer.startsLikeLetterChoices("é a b c")).isFalse();
  }

  @Test
  void describesAndReportsTheOptionsText() {
    Constraint c = build(OptionAnswer.TYPE, Map.of("options", "yes/no/maybe"));
    assertThat(c.describe()).isEqualTo(
        "Answer with one of the following options: yes/no/maybe. Do not give any explanation.");
    assertThat(c.args()).isEqualTo(Map.of("options", "yes/no/maybe"));
  }

  @Test
  void missingOptionsAreDrawnAsTheReferenceDrawsThem() {
    BuildContext ctx = context(OptionAnswer.TYPE, Map.of());
    Constraint c = OptionAnswer.TYPE.create(ctx);
    // random.seed(0); random.choice(options_bank)
    assertThat(c.args()).isEqualTo(Map.of("options", "I know or I don't know"));
    assertThat(ctx.referenceRandom()).isTrue();
  }
}
