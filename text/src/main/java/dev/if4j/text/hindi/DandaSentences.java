package dev.if4j.text.hindi;

import dev.if4j.text.Py;

/**
 * Multi-IF's Hindi sentence count ({@code count_hindi_num_sentences}): the pieces of {@code
 * re.split(r'(?<=[।!?])\s*', text)} that are not blank. A sentence ends after each danda
 * ({@code U+0964}), {@code !} or {@code ?}; the double danda ({@code U+0965}) and {@code .} do not
 * end one.
 */
public final class DandaSentences {
  private DandaSentences() {}

  /** The number of non-blank pieces between sentence ends. */
  public static int count(String text) {
    int sentences = 0;
    boolean pieceHasText = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Py.isSpace(cp)) pieceHasText = true;
      if (cp == '\u0964' || cp == '!' || cp == '?') {
        if (pieceHasText) sentences++;
        pieceHasText = false;
      }
    }
    return pieceHasText ? sentences + 1 : sentences;
  }
}
