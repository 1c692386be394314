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

// Expected verdicts were checked with the reference (IncrementingWordCountChecker).
class IncrementingWordCountTest {
  private static Constraint by(Object n) {
    return build(IncrementingWordCount.TYPE, Map.of("small_n", n));
  }

  @Test
  void describesAsTheReference() {
    assertThat(by(2).describe())
        .isEqualTo("Each sentence must contain exactly 2 more words than the previous one.");
    assertThat(by(4.0).describe())
        .isEqualTo("Each sentence must contain exactly 4.0 more words than the previous one.");
  }

  @Test
  void eachSentenceGrowsByExactlyN() {
    assertThat(followed(by(2), "I run. I run far away. I run far away from home.")).isTrue();
    assertThat(reason(by(2), "I run. I run far away. I run far away from home now."))
        .isEqualTo("sentence 3 has 7 words, expected 6");
    assertThat(followed(by(0), "Same size. Same size.")).isTrue();
    assertThat(followed(by(4.0), "Single sentence here.")).isTrue();
  }

  @Test
  void aLoneDashIsNoWord() {
    assertThat(followed(by(1), "Go - now. Go - now - fast.")).isTrue();
  }

  @Test
  void missingIncrementIsDrawn() {
    BuildContext ctx = context(IncrementingWordCount.TYPE, Map.of());
    assertThat(IncrementingWordCount.TYPE.create(ctx).args()).containsEntry("small_n", 4L);
    assertThat(ctx.referenceRandom()).isTrue();
  }
}
