package dev.if4j.constraints.mifeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.if4j.constraints.ArgumentException;
import dev.if4j.constraints.Args;
import dev.if4j.constraints.Constraint;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.text.TextTools;
import dev.if4j.text.TextView;
import dev.if4j.text.resources.ResourceStore;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** M-IFEval's French and Japanese checkers, on the cases that tell them from Google's. */
class MifevalCheckersTest {
  private static final TextTools TOOLS = new TextTools(
      ResourceStore.offline(Path.of(System.getProperty("if4j.shared")).resolve("resources")));

  private static Constraint build(String id, Map<String, ?> args) {
    ConstraintType type = Mifeval.registry().get(id);
    return type.create(Args.of(id, args));
  }

  private static boolean follows(String id, Map<String, ?> args, String text) {
    return build(id, args).check(new TextView(text, TOOLS)).isFollowed();
  }

  @Test
  void theRegistryHasEveryFrenchAndJapaneseId() {
    assertThat(Mifeval.registry().ids().stream().filter(i -> i.startsWith("fr:"))).hasSize(30);
    assertThat(Mifeval.registry().ids().stream().filter(i -> i.startsWith("ja:"))).hasSize(33);
  }

  @Test
  void relationWordsAreTheLanguagesOwn() {
    String id = "fr:length_constraints:number_words";
    assertThat(follows(id, Map.of("num_words", 3, "relation", "moins de"), "un deux")).isTrue();
    assertThat(follows(id, Map.of("num_words", 2, "relation", "moins de"), "un deux")).isFalse();
    assertThat(follows(id, Map.of("num_words", 2, "relation", "au moins"), "un deux")).isTrue();
    assertThat(build(id, Map.of("num_words", 2, "relation", "au moins")).args())
        .containsEntry("relation", "au moins");
    // Google's words are not French: upstream raises ValueError.
    assertThatThrownBy(() -> build(id, Map.of("num_words", 2, "relation", "at least")))
        .isInstanceOf(ArgumentException.class).hasMessageContaining("('moins de', 'au moins')");
    assertThat(follows("ja:letters:kanji", Map.of("kanji_limit", 2, "relation", "未満"), "漢字")).isFalse();
    assertThat(follows("ja:letters:kanji", Map.of("kanji_limit", 2, "relation", "以上"), "漢字")).isTrue();
    assertThatThrownBy(() -> build("ja:letters:kanji", Map.of("kanji_limit", 2, "relation", "less than")))
        .isInstanceOf(ArgumentException.class);
  }

  @Test
  void anUnknownRelationWordIsRefusedAsEachBenchmarkWordsIt() {
    assertThatThrownBy(() -> build("fr:length_constraints:number_words", Map.of("num_words", 2, "relation", "x")))
        .hasMessageEndingWith("ValueError in the reference: the supported relation for comparison must be in"
            + " ('moins de', 'au moins'), but x is given");
    assertThatThrownBy(() -> build("ja:keywords:frequency", Map.of("keyword", "猫", "frequency", 2, "relation", "x")))
        .hasMessageEndingWith("ValueError in the reference: the supported relation for comparison must be in"
            + " ('未満', '以上'), but x is given");
    assertThatThrownBy(() -> build("es:length_constraints:number_words", Map.of("num_words", 2, "relation", "x")))
        .hasMessageEndingWith("must be 'al menos' or 'como m\u00E1ximo' (the reference raises ValueError on other words)");
  }

  @Test
  void spanishRelationsAreAtLeastAndAtMost() {
    String id = "es:length_constraints:number_words";
    Constraint atMost = build(id, Map.of("num_words", 2, "relation", "como m\u00E1ximo"));
    assertThat(atMost.check(new TextView("uno dos", TOOLS)).isFollowed()).isTrue();
    assertThat(atMost.check(new TextView("uno dos tres", TOOLS)).reason())
        .isEqualTo("found 3 words, expected como m\u00E1ximo 2 (<=)");
    assertThat(follows(id, Map.of("num_words", 2, "relation", "al menos"), "uno dos")).isTrue();
    assertThat(follows(id, Map.of("num_words", 3, "relation", "al menos"), "uno dos")).isFalse();
  }

  @Test
  void frenchChecksOfTheirOwn() {
    assertThat(follows("fr:detectable_content:informal_address", Map.of(), "Je t'aime bien.")).isTrue();
    assertThat(follows("fr:detectable_content:informal_address", Map.of(), "Tutoyer, c'est ça.")).isFalse();
    assertThat(follows("fr:detectable_content:informal_address", Map.of(), "Comment vas-TU ?")).isTrue();
    assertThat(follows("fr:special_character:ethel_or_cedilla", Map.of("forbidden_char", "ç"), "LEÇON")).isFalse();
    assertThat(follows("fr:special_character:no_accents", Map.of(), "ecole et lecon")).isTrue();
    assertThat(follows("fr:special_character:no_accents", Map.of(), "école")).isFalse();
    Map<String, ?> accents = Map.of("word_to_accentuate", Map.of("ecole", "école", "a", "à"));
    assertThat(follows("fr:special_character:accents", accents, "À l'École, à midi")).isTrue();
    assertThat(follows("fr:special_character:accents", accents, "a l'école")).isFalse();
    assertThat(follows("fr:detectable_content:no_digits", Map.of(), "trois pommes")).isTrue();
    assertThat(follows("fr:detectable_content:no_digits", Map.of(), "３ pommes")).isFalse();
    assertThat(follows("fr:startend:quotation", Map.of(), " «Bonjour» ")).isTrue();
    assertThat(follows("fr:startend:quotation", Map.of(), "'Bonjour'")).isTrue();
    assertThat(follows("fr:startend:quotation", Map.of(), "«Bonjour\"")).isFalse();
    assertThat(follows("fr:detectable_format:title", Map.of(), "##Mon titre##\nTexte")).isTrue();
    assertThat(follows("fr:detectable_format:title", Map.of(), "<<Mon titre>>")).isFalse();
    assertThat(follows("fr:detectable_format:constrained_response", Map.of(), "Peut-être.")).isTrue();
  }

  @Test
  void japaneseFormats() {
    assertThat(follows("ja:detectable_format:number_bullet_lists", Map.of("num_bullets", 2),
        "・一つ目\n  ・二つ目\n・・三つ目ではない")).isTrue();
    assertThat(follows("ja:detectable_format:number_numbered_lists", Map.of("num_items", 2),
        "1. 一つ目\n２. 二つ目\n3.三つ目ではない")).isTrue();
    assertThat(follows("ja:detectable_format:number_highlighted_sections", Map.of("num_highlights", 2),
        "《一》と《 》と《二》")).isTrue();
    assertThat(follows("ja:detectable_format:multiple_sections",
        Map.of("section_spliter", "章", "num_sections", 2), "第1章 はじめに\n第２章 おわりに")).isTrue();
    assertThat(follows("ja:detectable_format:title", Map.of(), "『題名』\n本文")).isTrue();
    assertThat(follows("ja:startend:quotation", Map.of(), "「こんにちは」")).isTrue();
    assertThat(follows("ja:startend:end_checker", Map.of("end_phrase", "以上です"), "説明は以上です」")).isTrue();
    assertThat(follows("ja:length_constraints:nth_paragraph_first_word",
        Map.of("num_paragraphs", 2, "nth_paragraph", 2, "first_word", "猫"), "犬です。\n\n「猫は可愛い」")).isTrue();
  }

  @Test
  void japaneseLettersAndEndings() {
    assertThat(follows("ja:letters:furigana", Map.of(), "漢字（かんじ）と仮名")).isFalse();
    assertThat(follows("ja:letters:furigana", Map.of(), "漢字（かんじ）と仮名（かな）")).isTrue();
    assertThat(follows("ja:letters:hiragana_only", Map.of(), "ひらがな、だけ。123")).isTrue();
    assertThat(follows("ja:letters:katakana_only", Map.of(), "カタカナ・ダケ！")).isTrue();
    assertThat(follows("ja:letters:katakana_only", Map.of(), "カタカナだけ")).isFalse();
    assertThat(follows("ja:letters:no_hiragana", Map.of(), "漢字カタカナ")).isTrue();
    assertThat(follows("ja:letters:kansuuji", Map.of(), "三百人")).isTrue();
    assertThat(follows("ja:letters:kansuuji", Map.of(), "300人")).isFalse();
    assertThat(follows("ja:keywords:letter_frequency", Map.of("letter", "か", "let_frequency", 2,
        "let_relation", "以上"), "かカ")).isTrue();
    assertThat(follows("ja:startend:sentence_unified_end", Map.of("ending", "です"),
        "これはペンです。「何だ。」それは本です！")).isTrue();
    assertThat(follows("ja:startend:sentence_unified_end", Map.of("ending", "です"), "ペンです。\n")).isFalse();
    assertThat(follows("ja:length_constraints:number_letters", Map.of("num_letters", 3, "relation", "未満"),
        "😀あ")).isTrue();
  }

  @Test
  void japaneseKeywordsAreWholeTokens() {
    assertThat(follows("ja:keywords:existence", Map.of("keywords", java.util.List.of("本")), "本を読む")).isTrue();
    assertThat(follows("ja:keywords:existence", Map.of("keywords", java.util.List.of("本")), "日本に行く")).isFalse();
    assertThat(follows("ja:keywords:frequency", Map.of("keyword", "猫", "frequency", 2, "relation", "以上"),
        "猫と猫")).isTrue();
    assertThat(follows("ja:keywords:forbidden_words", Map.of("forbidden_words", java.util.List.of("雨")),
        "雨が降る")).isFalse();
    assertThat(follows("ja:detectable_format:nominal_ending", Map.of("count", 2), "美しい花。静かな夜。")).isTrue();
  }
}
