package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.build;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.followed;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.reason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import org.junit.jupiter.api.Test;

// Expected verdicts were checked with the reference (ParagraphLastFirstWordMatchChecker).
class ParagraphEndsWithFirstWordTest {
  private final Constraint paragraphs = build(ParagraphEndsWithFirstWord.TYPE);

  @Test
  void describesAsTheReference() {
    assertThat(paragraphs.describe()).isEqualTo("Each paragraph must end with the same word it "
        + "started with, separate paragraphs with a newline.");
  }

  @Test
  void everyLineEndsWithItsFirstWord() {
    assertThat(followed(paragraphs, "Go home, go.\nStay here and stay!")).isTrue();
    assertThat(followed(paragraphs, "Go home GO")).isTrue();
    assertThat(followed(paragraphs, "Word\n\n  \nOnly only\n...")).isTrue();
  }

  @Test
  void onlyPunctuationAtTheLineEdgesIsDropped() {
    assertThat(reason(paragraphs, "Go home, go (now)"))
        .isEqualTo("line 1 starts with 'go' but ends with '(now'");
    assertThat(followed(paragraphs, "Go: home, go.")).isFalse();
  }
}
