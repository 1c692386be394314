package dev.if4j.text.emoji;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** emoji 2.2.0's {@code emoji_count} / {@code replace_emoji(text, "")} on RGI sequences. */
class EmojiSequencesTest {
  @Test
  void sequencesAreCountedAndRemovedWhole() {
    assertThat(EmojiSequences.remove("a👨\u200D👩\u200D👧b")).isEqualTo(new EmojiSequences.Removed("ab", 1));
    assertThat(EmojiSequences.remove("🇹🇭!")).isEqualTo(new EmojiSequences.Removed("!", 1));
    assertThat(EmojiSequences.remove("👍🏽")).isEqualTo(new EmojiSequences.Removed("", 1));
    assertThat(EmojiSequences.remove("❤\uFE0F❤")).isEqualTo(new EmojiSequences.Removed("", 2));
    assertThat(EmojiSequences.remove("1\uFE0F\u20E3")).isEqualTo(new EmojiSequences.Removed("", 1));
    assertThat(EmojiSequences.remove("🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F"))
        .isEqualTo(new EmojiSequences.Removed("", 1));
  }

  @Test
  void plainTextAndLoneComponentsStay() {
    assertThat(EmojiSequences.remove("abc 123 #")).isEqualTo(new EmojiSequences.Removed("abc 123 #", 0));
    // A lone regional indicator is no emoji for the package either.
    assertThat(EmojiSequences.remove("\uD83C\uDDFA")).isEqualTo(new EmojiSequences.Removed("\uD83C\uDDFA", 0));
  }
}
