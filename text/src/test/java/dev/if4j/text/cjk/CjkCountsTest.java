package dev.if4j.text.cjk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Multi-IF's {@code count_words_chinese_japanese} and {@code split_chinese_japanese}. */
class CjkCountsTest {
  @Test
  void theDocstringExample() {
    // Multi-IF's own example: 17 kana/kanji... 'こんにちは、ジェイソンさん、Jason? Nice to meet you☺ ❤' → 19
    assertThat(CjkCounts.countWords("こんにちは、ジェイソンさん、Jason? Nice to meet you☺ ❤")).isEqualTo(19);
  }

  @Test
  void eachCjkCharacterIsAWordAndSeparatesTheRest() {
    assertThat(CjkCounts.countWords("我爱abc北京")).isEqualTo(5);
    assertThat(CjkCounts.countWords("한국어 text")).isEqualTo(4);
    // Punctuation is removed before counting, so it joins what it separated.
    assertThat(CjkCounts.countWords("a,b c")).isEqualTo(2);
    assertThat(CjkCounts.countWords("")).isZero();
  }

  @Test
  void emojiSequencesCountOnce() {
    assertThat(CjkCounts.countWords("好👨\u200D👩\u200D👧")).isEqualTo(2);
    assertThat(CjkCounts.countWords("🇺🇸🇹🇭")).isEqualTo(2);
    assertThat(CjkCounts.countWords("👍🏽 ❤\uFE0F")).isEqualTo(2);
  }

  @Test
  void sentencesAreRunsBetweenStops() {
    assertThat(CjkCounts.countSentences("你好。我很好！你呢？")).isEqualTo(3);
    assertThat(CjkCounts.countSentences("第一句。。。第二句")).isEqualTo(2);
    assertThat(CjkCounts.countSentences("一\n\n二。\n")).isEqualTo(2);
    assertThat(CjkCounts.countSentences("  \n")).isZero();
  }
}
