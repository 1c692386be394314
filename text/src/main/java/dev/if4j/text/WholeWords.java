package dev.if4j.text;

/**
 * Occurrences of a word as a whole word, not inside a longer one: "art" is in "the art of" but not
 * in "start" or "artist". Word characters are {@code re}'s {@code \w} ({@link Py#isWordChar}).
 *
 * <p>An edge of the word that is itself a word character must not touch another word character;
 * an edge that is not one ("c++", "#tag") may touch anything on that side. Occurrences do not
 * overlap and are found left to right, in linear time for a fixed word.
 */
public final class WholeWords {
  private WholeWords() {}

  /** How many times {@code word} occurs in {@code text} as a whole word; 0 for an empty word. */
  public static int count(String text, String word) {
    if (word.isEmpty()) return 0;
    boolean guardStart = Py.isWordChar(word.codePointAt(0));
    boolean guardEnd = Py.isWordChar(word.codePointBefore(word.length()));
    int n = 0;
    int at = text.indexOf(word);
    while (at >= 0) {
      int end = at + word.length();
      boolean free = (!guardStart || at == 0 || !Py.isWordChar(text.codePointBefore(at)))
          && (!guardEnd || end == text.length() || !Py.isWordChar(text.codePointAt(end)));
      if (free) {
        n++;
        at = text.indexOf(word, end);
      } else {
        // Not a whole word here; an occurrence may still start inside this one ("aa" in "aaa a").
        at = text.indexOf(word, at + Character.charCount(text.codePointAt(at)));
      }
    }
    return n;
  }

  /** True when the token has a letter or digit ({@code any(c.isalnum() for c in token)}): a word, not punctuation. */
  public static boolean isWordToken(String token) {
    for (int i = 0; i < token.length(); ) {
      int cp = token.codePointAt(i);
      if (Py.isAlnum(cp)) return true;
      i += Character.charCount(cp);
    }
    return false;
  }
}
