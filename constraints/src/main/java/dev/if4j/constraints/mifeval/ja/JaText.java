package dev.if4j.constraints.mifeval.ja;

import dev.if4j.text.Analysis;
import dev.if4j.text.TextTools;
import dev.if4j.text.japanese.JaSentenceSegmenter;
import dev.if4j.text.japanese.JanomeTokenizer;
import dev.if4j.text.japanese.JanomeTokenizer.Token;
import dev.if4j.text.japanese.NeologdNormalizer;
import java.util.List;

/** What several of M-IFEval's Japanese checkers read of a response ({@code ja_instructions_util}). */
final class JaText {
  private JaText() {}

  /** One janome tokenizer per set of tools (it needs no resource file: Kuromoji bundles IPADIC). */
  static final TextTools.Loader<JanomeTokenizer> JANOME = tools -> new JanomeTokenizer();

  /** {@code tokenizing_texts(value)}: janome's tokens of the text. */
  static final Analysis<List<Token>> TOKENS =
      Analysis.of("mifeval.ja.tokens", v -> v.tools().loaded(JANOME).tokenize(v.text()));

  /**
   * {@code count_sentences(value)}: ja_sentence_segmenter's pipeline as M-IFEval builds it:
   * normalize, split at line breaks, join a line ending in {@code の} to the next, split after
   * {@code 。}, {@code !} and {@code ?} outside quotes and brackets; the pieces are counted.
   */
  static final Analysis<Integer> SENTENCE_COUNT = Analysis.of("mifeval.ja.sentenceCount", v -> {
    List<String> texts = List.of(NeologdNormalizer.normalize(v.text()));
    texts = JaSentenceSegmenter.splitNewline(texts);
    texts = JaSentenceSegmenter.concatenateWhenEndsWith(texts, "の");
    return JaSentenceSegmenter.splitPunctuation(texts, "。!?").size();
  });

  /**
   * The text without its quotations: {@code re.sub(r'「.*?」', '', value)}, then the same for
   * {@code 『.*?』} ({@code .} stops at a newline, so an unclosed mark on its line stays).
   */
  static String withoutQuotes(String text) {
    return removeSpans(removeSpans(text, '「', '」'), '『', '』');
  }

  private static String removeSpans(String s, char open, char close) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == open) {
        int end = i + 1;
        while (end < n && s.charAt(end) != close && s.charAt(end) != '\n') end++;
        if (end < n && s.charAt(end) == close) {
          i = end + 1;
          continue;
        }
        // No closing mark on this line: no later opening mark before the line break finds one
        // either, so the stretch stays as it is (one pass, where the regex would rescan it).
        out.append(s, i, end);
        i = end;
        continue;
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }
}
