package dev.if4j.text.thai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.text.resources.ResourceStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** pythainlp 5.0.4's {@code sent_tokenize(text)} (crfcut) outputs, from its own tests. */
class ThaiSentencesTest {
  static final ThaiSentences SENTENCES = ThaiSentences.load(
      ResourceStore.offline(Path.of(System.getProperty("if4j.shared"), "resources")), ThaiWordsTest.WORDS);

  @Test
  void splitsWhereTheModelSays() {
    assertThat(SENTENCES.split("ฉันไปโรงเรียน เธอไปโรงพยาบาล"))
        .containsExactly("ฉันไปโรงเรียน ", "เธอไปโรงพยาบาล");
    assertThat(SENTENCES.split("วันนี้ฉันกินข้าว และโดดเรียน"))
        .containsExactly("วันนี้ฉันกินข้าว และโดดเรียน");
    assertThat(SENTENCES.split("(1) บทความนี้ผู้เขียนสังเคราะห์ขึ้นมาจากผลงานวิจัยที่เคยทำมาในอดีต"
        + " มิได้ทำการศึกษาค้นคว้าใหม่อย่างกว้างขวางแต่อย่างใด จึงใคร่ขออภัยในความบกพร่องทั้งปวงมา ณ ที่นี้"))
        .containsExactly("(1) บทความนี้ผู้เขียนสังเคราะห์ขึ้นมาจากผลงานวิจัยที่เคยทำมาในอดีต ",
            "มิได้ทำการศึกษาค้นคว้าใหม่อย่างกว้างขวางแต่อย่างใด ",
            "จึงใคร่ขออภัยในความบกพร่องทั้งปวงมา ณ ที่นี้");
    assertThat(SENTENCES.split("ข้าราชการได้รับการหมุนเวียนเป็นระยะ และเขาได้รับมอบหมายให้ประจำในระดับภูมิภาค"))
        .containsExactly("ข้าราชการได้รับการหมุนเวียนเป็นระยะ ", "และเขาได้รับมอบหมายให้ประจำในระดับภูมิภาค");
  }

  @Test
  void terminalPunctuationEndsASentence() {
    assertThat(SENTENCES.split("ฉันไปโรงเรียน! เธอไปโรงพยาบาล")).hasSize(2);
    assertThat(SENTENCES.count("")).isZero();
  }

  @Test
  void featuresAreCrfcutsNames() {
    var f = ThaiSentences.features(List.of("ฉัน", "ไป")).get(0);
    assertThat(f.get(0)).isEqualTo("bias");
    assertThat(f).contains("word_1_0_1=ฉัน", "starter_1_0_1=starter", "word_2_-1_1=xxpad|ฉัน",
        "word_3_0_3=ฉัน|ไป|xxpad", "ender_1_1_2=ender");
    // 1 bias + 3 kinds × (5 unigrams + 4 bigrams + 3 trigrams)
    assertThat(f).hasSize(37);
  }
}
