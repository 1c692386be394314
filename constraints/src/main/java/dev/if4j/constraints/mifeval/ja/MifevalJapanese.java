package dev.if4j.constraints.mifeval.ja;

import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.ifeval.IfEval;
import dev.if4j.constraints.mifeval.DelimitedTitle;
import dev.if4j.constraints.mifeval.Description;
import dev.if4j.constraints.mifeval.Localized;
import dev.if4j.constraints.mifeval.RelationWords;
import dev.if4j.constraints.mifeval.MifevalResponseLanguage;
import dev.if4j.constraints.mifeval.SentenceCount;
import dev.if4j.constraints.mifeval.StockAnswers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * M-IFEval's Japanese module ({@code instructions/ja_instructions.py} at 0bc3143, ids {@code ja:…}):
 * six of Google's checkers unchanged (one, the response language, with its description in Japanese); sentence counts by ja_sentence_segmenter; keywords as janome's
 * tokens; full-width bullets, sections, highlights, titles, quotes and stock answers; relation
 * words {@code "未満"} ({@code <}) and {@code "以上"} ({@code >=}); and twelve instructions of its own.
 */
public final class MifevalJapanese {
  private MifevalJapanese() {}

  public static final String PREFIX = "ja:";

  /** Google's ids the module copies unchanged, each with the module's Japanese description pattern. */
  private static final Map<String, String> GOOGLE_IDS = Description.pairs(
      "length_constraints:number_paragraphs", "応答は{num_paragraphs}個の段落に分かれた文章で送ってください。"
          + "それぞれの段落をマークダウンの区切り記号: *** で区切ってください。",
      "detectable_content:number_placeholders", "応答には少なくとも {num_placeholders} 個のプレースホルダーを含めてください。"
          + "プレースホルダーは [名前] 、[場所]のように角括弧で表されます。",
      "detectable_content:postscript", "応答の最後に、{postscript_marker}で始まる追伸を追加してください。",
      "detectable_format:json_format", "マークダウンのバッククォート（```）などを使用して、出力全体をJSON形式で囲んでください。",
      "combination:two_responses", "2種類の異なる答え方をしてください。回答のみを出力し、"
          + "それぞれの回答はアスタリスク6個（******）で区切ってください。");

  /** {@code ja_instructions_util.LANGUAGE_CODES} (Google's table): code to English name, in its order. */
  private static final Map<String, String> LANGUAGE_CODES = Description.pairs(
      "en", "English", "es", "Spanish", "pt", "Portuguese", "ar", "Arabic", "hi", "Hindi", "fr", "French",
      "ru", "Russian", "de", "German", "ja", "Japanese", "it", "Italian", "bn", "Bengali", "uk", "Ukrainian",
      "th", "Thai", "ur", "Urdu", "ta", "Tamil", "te", "Telugu", "bg", "Bulgarian", "ko", "Korean",
      "pl", "Polish", "he", "Hebrew", "fa", "Persian", "vi", "Vietnamese", "ne", "Nepali", "sw", "Swahili",
      "kn", "Kannada", "mr", "Marathi", "gu", "Gujarati", "pa", "Punjabi", "ml", "Malayalam", "fi", "Finnish");

  /** The module's 33 instructions. */
  public static final List<ConstraintType> TYPES = types();

  private static List<ConstraintType> types() {
    List<ConstraintType> out = new ArrayList<>();
    out.add(MifevalResponseLanguage.type(PREFIX + "language:response_language", LANGUAGE_CODES,
        "あなたは言語「{language}」を用いて応答してください。他の言語は許可されません。"));
    GOOGLE_IDS.forEach((id, description) ->
        out.add(Localized.of(PREFIX, IfEval.registry().get(id), RelationWords.JAPANESE, description)));
    out.add(TokenKeywords.EXISTENCE);
    out.add(JaKeywordFrequency.TYPE);
    out.add(TokenKeywords.FORBIDDEN);
    out.add(JaLetterFrequency.TYPE);
    out.add(SentenceCount.type(PREFIX + "length_constraints:number_sentences", RelationWords.JAPANESE,
        JaText.SENTENCE_COUNT, "応答は{num_sentences}文{relation}の文章で構成させてください。"));
    out.add(CharacterCount.LETTERS);
    out.add(FirstWord.TYPE);
    out.add(ListItems.BULLETS);
    out.add(ListItems.NUMBERED);
    out.add(StockAnswers.type(PREFIX + "detectable_format:constrained_response",
        List.of("はい、そうです。", "いいえ、違います。", "どちらとも言えません。"),
        "次の選択肢のいずれかで回答してください: ('はい、そうです。', 'いいえ、違います。', 'どちらとも言えません。')"));
    out.add(Highlights.TYPE);
    out.add(JaSections.TYPE);
    out.add(DelimitedTitle.type(PREFIX + "detectable_format:title", "『", "』",
        "例えば『喜びの詩』のように、応答に二重鉤括弧で囲まれたタイトルをつけてください。"));
    out.add(JaRepeatPrompt.TYPE);
    out.add(JaEndPhrase.TYPE);
    out.add(UnifiedEnding.TYPE);
    out.add(NominalEnding.TYPE);
    out.add(Furigana.TYPE);
    out.add(ForbiddenCharacters.KANSUUJI);
    out.add(ForbiddenCharacters.NO_KATAKANA);
    out.add(ForbiddenCharacters.KATAKANA_ONLY);
    out.add(ForbiddenCharacters.NO_HIRAGANA);
    out.add(ForbiddenCharacters.HIRAGANA_ONLY);
    out.add(CharacterCount.KANJI);
    out.add(ForbiddenCharacters.NO_COMMA);
    out.add(ForbiddenCharacters.NO_PERIOD);
    out.add(JaQuotation.TYPE);
    return List.copyOf(out);
  }
}
