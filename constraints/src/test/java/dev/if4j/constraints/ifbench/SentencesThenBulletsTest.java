package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.FormatsTesting.build;
import static dev.if4j.constraints.ifbench.FormatsTesting.follows;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected verdicts checked against the reference's SomeBulletPointsChecker. */
class SentencesThenBulletsTest {
  private final Constraint someBullets = build(SentencesThenBullets.TYPE);

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("One. Two.\n* a\n* b", true),
        // A trailing newline is a non-bullet line after the bullets.
        Arguments.of("One. Two.\n* a\n* b\n", false),
        // A blank line ends the sentence part; a sentence line after it fails...
        Arguments.of("One.\n\nTwo.\n* a\n* b", false),
        // ...while a bullet after it is fine.
        Arguments.of("One.\nTwo.\n\n* a\n* b", true),
        Arguments.of("One two\n* a\n* b", false),
        Arguments.of("One. Two.\n**b**\n* c", true),
        Arguments.of("Mr. Smith left. He came back.\n  * a\n* b", true),
        Arguments.of("One. Two.\n* a", false));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void twoSentencesThenTwoBullets(String text, boolean expected) {
    assertThat(follows(someBullets, text)).isEqualTo(expected);
  }

  @Test
  void describesAsTheReference() {
    assertThat(someBullets.describe()).isEqualTo("Your answer must contain at least two sentences ending "
        + "in a period followed by at least two bullet points denoted by *.");
  }
}
