package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.build;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.context;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.followed;
import static dev.if4j.constraints.ifbench.WordsAndSentencesTesting.reason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.Constraint;
import java.util.Map;
import org.junit.jupiter.api.Test;

// Expected verdicts were checked with the reference (LimitedWordRepeatChecker).
class LimitedWordRepeatsTest {
  private static final String TEXT = "The cat and the dog and THE bird.";

  @Test
  void describesAsTheReferenceKeepingAFloatAsWritten() {
    Constraint two = build(LimitedWordRepeats.TYPE, Map.of("small_n", 2));
    assertThat(two.describe()).isEqualTo("The response should not repeat any word more than 2 times.");
    assertThat(two.args()).containsExactly(Map.entry("small_n", 2L));
    Constraint twoFloat = build(LimitedWordRepeats.TYPE, Map.of("small_n", 2.0));
    assertThat(twoFloat.describe())
        .isEqualTo("The response should not repeat any word more than 2.0 times.");
    assertThat(twoFloat.args()).containsExactly(Map.entry("small_n", 2.0));
  }

  @Test
  void countsLowerCasedWordsWithoutPunctuation() {
    assertThat(followed(build(LimitedWordRepeats.TYPE, Map.of("small_n", 3)), TEXT)).isTrue();
    Constraint two = build(LimitedWordRepeats.TYPE, Map.of("small_n", 2));
    assertThat(followed(two, TEXT)).isFalse();
    assertThat(reason(two, TEXT)).isEqualTo("'the' occurs more than 2 times");
    assertThat(followed(build(LimitedWordRepeats.TYPE, Map.of("small_n", 2.0)),
        "The cat and the dog and (the) bird.")).isFalse();
    assertThat(followed(build(LimitedWordRepeats.TYPE, Map.of("small_n", 0)), "One")).isFalse();
    // The whole text is lower-cased first: the sigma before "-" is final, so these two differ.
    assertThat(followed(build(LimitedWordRepeats.TYPE, Map.of("small_n", 1)), "ΟΔΟΣ-Α ΟΔΟΣΑ"))
        .isTrue();
  }

  @Test
  void missingOrNegativeLimitIsDrawnAsTheReferenceDraws() {
    // random.seed(0); random.randint(1, 5) == 4
    BuildContext ctx = context(LimitedWordRepeats.TYPE, Map.of("small_n", -1));
    Constraint c = LimitedWordRepeats.TYPE.create(ctx);
    assertThat(c.args()).containsExactly(Map.entry("small_n", 4L));
    assertThat(ctx.referenceRandom()).isTrue();
    BuildContext given = context(LimitedWordRepeats.TYPE, Map.of("small_n", 0));
    LimitedWordRepeats.TYPE.create(given);
    assertThat(given.referenceRandom()).isFalse();
  }
}
