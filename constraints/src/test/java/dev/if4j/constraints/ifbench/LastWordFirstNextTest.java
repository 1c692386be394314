package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.build;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.followed;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.reason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import org.junit.jupiter.api.Test;

// Expected verdicts were checked with the reference (LastWordFirstNextChecker).
class LastWordFirstNextTest {
  private final Constraint chain = build(LastWordFirstNext.TYPE);

  @Test
  void describesAsTheReference() {
    assertThat(chain.describe())
        .isEqualTo("The last word of each sentence must become the first word of the next sentence.");
  }

  @Test
  void lastWordStartsTheNextSentence() {
    assertThat(followed(chain, "I like cats. Cats like fish. Fish swim.")).isTrue();
    assertThat(followed(chain, "One sentence only.")).isTrue();
    assertThat(reason(chain, "I like cats. Dogs like fish."))
        .isEqualTo("sentence 1 ends with 'cats' but sentence 2 starts with 'Dogs'");
  }

  @Test
  void onlyEdgePunctuationIsDropped() {
    assertThat(followed(chain, "I like cats!) (Cats like fish.")).isTrue();
    assertThat(followed(chain, "It is the end's. End.")).isFalse();
    assertThat(followed(chain, "Hello there. ... There we go.")).isFalse(); // "..." has no word
  }
}
