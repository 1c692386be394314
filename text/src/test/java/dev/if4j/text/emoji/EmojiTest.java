package dev.if4j.text.emoji;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values are what Python's {@code emoji.is_emoji} (emoji 2.2.0) returns. */
class EmojiTest {
  @Test
  void recognisesSingleCharacterEmoji() {
    for (String s : List.of("😀", "👍", "❤", "©", "®", "‼", "☺", "🏻", "🦰", "🫠", "⌚", "🛝")) {
      assertThat(Emoji.isEmojiChar(s)).as("is_emoji(%s)", s).isTrue();
    }
  }

  @Test
  void rejectsNonEmojiAndSequenceParts() {
    for (String s : List.of("a", "1", "#", "*", ".", "", " ", "\uFE0F", "\u200D", "\u20E3", "🇦",
        "\uD83D", "★", "→", "😀😀")) {
      assertThat(Emoji.isEmojiChar(s)).as("is_emoji(%s)", s).isFalse();
    }
  }

  @Test
  void doesNotRecogniseMultiCodePointEmoji() {
    // A documented gap: Python's table also holds sequences (is_emoji("👍🏻") and
    // is_emoji("❤️") are True there). The IFBench checkers only ever pass one character.
    assertThat(Emoji.isEmojiChar("👍🏻")).isFalse();
    assertThat(Emoji.isEmojiChar("❤️")).isFalse();
  }

  @Test
  void agreesWithEmoji220OnEveryCodePoint() {
    // emoji 2.2.0 (Emoji 15.0) has 1386 single-code-point entries. A JDK with newer Unicode emoji
    // makes this fail and names them: add them to Emoji.NEWER_THAN_EMOJI_15.
    List<String> all = new ArrayList<>();
    for (int cp = 0; cp <= 0x10FFFF; cp++) {
      if (Emoji.isEmoji(cp)) all.add(Integer.toHexString(cp));
    }
    assertThat(all).hasSize(1386);
    assertThat(all).startsWith("a9", "ae", "203c", "2049").endsWith("1faf7", "1faf8");
  }
}
