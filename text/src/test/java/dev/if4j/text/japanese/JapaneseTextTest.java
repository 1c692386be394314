package dev.if4j.text.japanese;

import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.text.japanese.JanomeTokenizer.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Japanese text units: ja_sentence_segmenter's normalizer and splitter, janome's tokens. */
class JapaneseTextTest {
  @Test
  void normalizerWidensAndNarrowsAsNeologdRulesSay() {
    assertThat(NeologdNormalizer.normalize("  ＡＢＣ１２３  ")).isEqualTo("ABC123");
    assertThat(NeologdNormalizer.normalize("ﾊﾟﾋﾟﾌﾟ")).isEqualTo("パピプ");
    assertThat(NeologdNormalizer.normalize("ラーーーメン")).isEqualTo("ラーメン");
    assertThat(NeologdNormalizer.normalize("あ〜い")).isEqualTo("あ～い");
    // ASCII punctuation goes to full width and back, except ＝ ・ 「 」, which stay full width.
    assertThat(NeologdNormalizer.normalize("（注）！？=｢a｣")).isEqualTo("(注)!?＝「a」");
    assertThat(NeologdNormalizer.normalize("’”")).isEqualTo("'\"");
  }

  @Test
  void spacesGoBetweenJapaneseAndJapaneseOrAsciiOnly() {
    assertThat(NeologdNormalizer.normalize("日本 語 　 です")).isEqualTo("日本語です");
    assertThat(NeologdNormalizer.normalize("Python と Java")).isEqualTo("PythonとJava");
    assertThat(NeologdNormalizer.normalize("hello   world")).isEqualTo("hello world");
    assertThat(NeologdNormalizer.normalize("é あ")).isEqualTo("é あ");
  }

  private static int sentences(String text) {
    List<String> texts = JaSentenceSegmenter.splitNewline(List.of(NeologdNormalizer.normalize(text)));
    texts = JaSentenceSegmenter.concatenateWhenEndsWith(texts, "の");
    return JaSentenceSegmenter.splitPunctuation(texts, "。!?").size();
  }

  @Test
  void segmenterSplitsAfterMarksOutsideQuotesAndBrackets() {
    assertThat(sentences("今日は晴れです。明日は雨です！本当？")).isEqualTo(3);
    assertThat(sentences("彼は「はい。いいえ。」と言った。")).isEqualTo(1);
    assertThat(sentences("結果（注。後述）を見る。")).isEqualTo(1);
    assertThat(sentences("一行目。\n\n\n二行目")).isEqualTo(2);
    assertThat(sentences("今日は。。")).isEqualTo(2);
    assertThat(sentences("")).isZero();
  }

  @Test
  void aLineEndingInNoIsJoinedToTheNext() {
    assertThat(sentences("私の\n本です。")).isEqualTo(1);
    assertThat(sentences("の\n本です。")).isEqualTo(2);
    assertThat(sentences("これは私の\n友達の\n本です")).isEqualTo(1);
  }

  @Test
  void tokensCarrySurfaceAndJanomesPartOfSpeech() {
    List<Token> tokens = new JanomeTokenizer().tokenize("  すもももももももものうち。  ");
    assertThat(tokens).extracting(Token::surface)
        .containsExactly("すもも", "も", "もも", "も", "もも", "の", "うち", "。");
    assertThat(tokens.get(0).partOfSpeech()).isEqualTo("名詞,一般,*,*");
    assertThat(tokens.get(7).partOfSpeech()).isEqualTo("記号,句点,*,*");
    assertThat(JanomeTokenizer.janomePartOfSpeech("名詞-固有名詞-地域-一般")).isEqualTo("名詞,固有名詞,地域,一般");
  }

  /** Cases where Kuromoji's own tokenizer and janome part (checked against janome 0.5.0 itself). */
  @Test
  void theLatticeIsJanomesNotKuromojis() {
    JanomeTokenizer t = new JanomeTokenizer();
    // Kuromoji starts no word inside an unknown one and keeps 、[ whole; janome finds 、 and [.
    assertThat(t.tokenize("年後、[主人公名]")).extracting(Token::surface)
        .containsExactly("年", "後", "、", "[", "主人公", "名", "]");
    assertThat(t.tokenize("。**")).extracting(Token::surface).containsExactly("。", "**");
    // IPADIC's EUC-JP 0xA1BD is ― for janome and — for Kuromoji's build.
    assertThat(t.tokenize("手——“王者”")).extracting(Token::surface).containsExactly("手", "——“", "王者", "”");
    assertThat(t.tokenize("――")).extracting(Token::partOfSpeech).containsExactly("記号,一般,*,*");
    // Kanji numerals are KANJI and KANJINUMERIC; 〇 is a symbol.
    assertThat(t.tokenize("二十三人の〇〇")).extracting(Token::surface)
        .containsExactly("二", "十", "三", "人", "の", "〇", "〇");
  }

  @Test
  void longTextsAreCutIntoJanomesChunks() {
    // No mark: a chunk ends at 1,024 characters, and each chunk is analysed alone (janome: [1024, 76]).
    List<Token> tokens = new JanomeTokenizer().tokenize("ア".repeat(1100));
    assertThat(tokens).extracting(t -> t.surface().length()).containsExactly(1024, 76);
  }
}
