package dev.if4j.constraints.mifeval.ja;

import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.ifeval.IfEval;
import dev.if4j.constraints.mifeval.DelimitedTitle;
import dev.if4j.constraints.mifeval.Localized;
import dev.if4j.constraints.mifeval.RelationWords;
import dev.if4j.constraints.mifeval.SentenceCount;
import dev.if4j.constraints.mifeval.StockAnswers;
import java.util.ArrayList;
import java.util.List;

/**
 * M-IFEval's Japanese module ({@code instructions/ja_instructions.py} at 0bc3143, ids {@code ja:…}):
 * six of Google's checkers unchanged; sentence counts by ja_sentence_segmenter; keywords as janome's
 * tokens; full-width bullets, sections, highlights, titles, quotes and stock answers; relation
 * words {@code "未満"} ({@code <}) and {@code "以上"} ({@code >=}); and twelve instructions of its own.
 */
public final class MifevalJapanese {
  private MifevalJapanese() {}

  public static final String PREFIX = "ja:";

  /** Google's ids the module copies unchanged. */
  private static final List<String> GOOGLE_IDS = List.of(
      "language:response_language",
      "length_constraints:number_paragraphs",
      "detectable_content:number_placeholders",
      "detectable_content:postscript",
      "detectable_format:json_format",
      "combination:two_responses");

  /** The module's 33 instructions. */
  public static final List<ConstraintType> TYPES = types();

  private static List<ConstraintType> types() {
    List<ConstraintType> out = new ArrayList<>();
    for (String id : GOOGLE_IDS) {
      out.add(Localized.of(PREFIX, IfEval.registry().get(id), RelationWords.JAPANESE));
    }
    out.add(TokenKeywords.EXISTENCE);
    out.add(KeywordFrequency.TYPE);
    out.add(TokenKeywords.FORBIDDEN);
    out.add(LetterFrequency.TYPE);
    out.add(SentenceCount.type(PREFIX + "length_constraints:number_sentences", RelationWords.JAPANESE,
        JaText.SENTENCE_COUNT));
    out.add(CharacterCount.LETTERS);
    out.add(FirstWord.TYPE);
    out.add(ListItems.BULLETS);
    out.add(ListItems.NUMBERED);
    out.add(StockAnswers.type(PREFIX + "detectable_format:constrained_response",
        List.of("はい、そうです。", "いいえ、違います。", "どちらとも言えません。"),
        "次の選択肢のいずれかで回答してください: ('はい、そうです。', 'いいえ、違います。', 'どちらとも言えません。')"));
    out.add(Highlights.TYPE);
    out.add(Sections.TYPE);
    out.add(DelimitedTitle.type(PREFIX + "detectable_format:title", "『", "』",
        "応答には『』で囲まれたタイトルを含めてください。例: 『喜びの詩』"));
    out.add(RepeatPrompt.TYPE);
    out.add(EndPhrase.TYPE);
    out.add(UnifiedEnding.TYPE);
    out.add(NominalEnding.TYPE);
    out.add(Furigana.TYPE);
    out.add(ForbiddenCharacters.KANSUUJI);
    out.add(ForbiddenCharacters.NO_KATAKANA);
    out.add(OnlyKana.KATAKANA);
    out.add(ForbiddenCharacters.NO_HIRAGANA);
    out.add(OnlyKana.HIRAGANA);
    out.add(CharacterCount.KANJI);
    out.add(ForbiddenCharacters.NO_COMMA);
    out.add(ForbiddenCharacters.NO_PERIOD);
    out.add(JaQuotation.TYPE);
    return List.copyOf(out);
  }
}
