package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.build;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.followed;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.reason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import org.junit.jupiter.api.Test;

// Expected verdicts were checked with the reference (StartWithVerbChecker, NLTK 3.8's tagger).
class StartsWithVerbTest {
  private final Constraint verb = build(StartsWithVerb.TYPE);

  @Test
  void describesAsTheReference() {
    assertThat(verb.describe()).isEqualTo("The response must start with a verb.");
  }

  @Test
  void theFirstTokenIsTaggedAsAVerb() {
    assertThat(followed(verb, "Write a poem about the sea.")).isTrue();
    assertThat(followed(verb, "Running is fun.")).isTrue();
    assertThat(followed(verb, "Go")).isTrue();
    assertThat(followed(verb, "Consider")).isTrue();
    assertThat(followed(verb, "The sea is blue.")).isFalse();
    assertThat(reason(verb, "The sea is blue."))
        .isEqualTo("the first token 'The' is tagged DT, not a verb");
  }

  @Test
  void markdownBeforeTheVerbIsTheFirstToken() {
    assertThat(followed(verb, "**Write** this.")).isFalse();
  }
}
