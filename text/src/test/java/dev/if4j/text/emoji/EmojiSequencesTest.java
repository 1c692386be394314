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
  void onlyPairsNamingARegionAreFlags() {
    // 🇺🇸 is a flag; 🇦🇦 names no region, so neither indicator is an emoji and both stay.
    assertThat(EmojiSequences.remove("\uD83C\uDDFA\uD83C\uDDF8")).isEqualTo(new EmojiSequences.Removed("", 1));
    assertThat(EmojiSequences.remove("\uD83C\uDDE6\uD83C\uDDE6")).isEqualTo(new EmojiSequences.Removed("\uD83C\uDDE6\uD83C\uDDE6", 0));
    // 🇦🇦🇺: the walk starts over at the second indicator: 🇦🇺 is Australia.
    assertThat(EmojiSequences.remove("\uD83C\uDDE6\uD83C\uDDE6\uD83C\uDDFA").count()).isEqualTo(1);
    assertThat(EmojiSequences.isFlag(0x1F1EA, 0x1F1FA)).isTrue(); // EU
    assertThat(EmojiSequences.isFlag(0x1F1FD, 0x1F1F0)).isTrue(); // XK
    // Emoji 15.0 has 258 flags: a JDK whose ISO 3166 list differs from 249 codes must be looked at.
    assertThat(EmojiSequences.flagRegionCount()).isEqualTo(258);
  }

  @Test
  void variationSelectorsNoEmojiTookAreDropped() {
    assertThat(EmojiSequences.remove("好\uFE0F好")).isEqualTo(new EmojiSequences.Removed("好好", 0));
    assertThat(EmojiSequences.remove("😀\uFE0F")).isEqualTo(new EmojiSequences.Removed("", 1));
  }

  @Test
  void plainTextAndLoneComponentsStay() {
    assertThat(EmojiSequences.remove("abc 123 #")).isEqualTo(new EmojiSequences.Removed("abc 123 #", 0));
    // A lone regional indicator is no emoji for the package either.
    assertThat(EmojiSequences.remove("\uD83C\uDDFA")).isEqualTo(new EmojiSequences.Removed("\uD83C\uDDFA", 0));
  }
}
