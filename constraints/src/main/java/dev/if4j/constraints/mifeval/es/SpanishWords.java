package dev.if4j.constraints.mifeval.es;

import dev.if4j.text.Analysis;
import dev.if4j.text.Py;
import dev.if4j.text.TextView;
import dev.if4j.text.spacy.SpacyTokenizer;
import java.util.List;

/**
 * {@code tokenize_words(text)}: spaCy's tokens that are not punctuation, once per text and
 * language (several checkers of a row, and its loose variants, ask for them).
 */
final class SpanishWords {
  private SpanishWords() {}

  private static final Analysis<List<String>> SPANISH =
      Analysis.of("spacy.es.words", v -> SpacyTokenizer.spanish().words(v.text()));
  private static final Analysis<List<String>> CATALAN =
      Analysis.of("spacy.ca.words", v -> SpacyTokenizer.catalan().words(v.text()));

  /** The words of {@code view} by {@code tokenizer}. */
  static List<String> of(TextView view, SpacyTokenizer tokenizer) {
    return view.get(tokenizer == SpacyTokenizer.catalan() ? CATALAN : SPANISH);
  }

  /** How many of the words hold one of {@code chars} (after lower-casing when {@code lower}). */
  static int countHolding(List<String> words, String chars, boolean lower) {
    int n = 0;
    for (String w : words) {
      String s = lower ? Py.lower(w) : w;
      for (int i = 0; i < s.length(); i++) {
        if (chars.indexOf(s.charAt(i)) >= 0) {
          n++;
          break;
        }
      }
    }
    return n;
  }
}
