package dev.if4j.constraints.ifevalg;

import static dev.if4j.constraints.ifevalg.TrainingTesting.followed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SentenceHyphensTest {
  private static boolean hyphenated(String text) {
    return followed(SentenceHyphens.TYPE, Map.of(), text);
  }

  @Test
  void sentencesJoinedByBareHyphensFollow() {
    assertThat(hyphenated("I run.-You walk.-We sleep.")).isTrue();
  }

  @Test
  void aSpaceNextToAHyphenFails() {
    assertThat(hyphenated("I run. -You walk.")).isFalse();
    assertThat(hyphenated("I run.- You walk.")).isFalse();
  }

  @Test
  void aHyphenInsideASentenceFails() {
    assertThat(hyphenated("A well-known fact.")).isFalse();
  }

  @Test
  void withoutHyphensOnlyASingleSentenceFollows() {
    assertThat(hyphenated("I run. You walk.")).isFalse();
    assertThat(hyphenated("I run.")).isTrue();
  }
}
