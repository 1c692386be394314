package dev.if4j.text;

/**
 * Occurrences of a word as a whole word, not inside a longer one: "art" is in "the art of" but not
 * in "start" or "artist". Word characters are {@code re}'s {@code \w} ({@link Py#isWordChar}).
 *
 * <p>An edge of the word that is itself a word character must not touch another word character;
 * an edge that is not one ("c++", "#tag") may touch anything on that side. Occurrences do not
 * overlap and are found left to right, in time linear in the text's and the word's length
 * ({@link Needle}).
 */
public final class WholeWords {
  private WholeWords() {}

  /** How many times {@code word} occurs in {@code text} as a whole word; 0 for an empty word. */
  public static int count(String text, String word) {
    if (word.isEmpty()) return 0;
    boolean guardStart = Py.isWordChar(word.codePointAt(0));
    boolean guardEnd = Py.isWordChar(word.codePointBefore(word.length()));
    int n = 0;
    // One pass: the scan resumes at `allowed`, exactly as restarting the search there would
    // (without re-reading the text).
    Needle.Scan scan = Needle.of(word).scan(text, 0);
    int allowed = 0;
    for (int at = scan.next(); at >= 0; at = scan.nextFrom(allowed)) {
      int end = at + word.length();
      boolean free = (!guardStart || at == 0 || !Py.isWordChar(text.codePointBefore(at)))
          && (!guardEnd || end == text.length() || !Py.isWordChar(text.codePointAt(end)));
      // Not a whole word here; an occurrence may still start inside this one ("aa" in "aaa a").
      allowed = free ? end : at + Character.charCount(text.codePointAt(at));
      if (free) n++;
    }
    return n;
  }

  /**
   * The first index where {@code word} occurs in {@code searched} with Python's {@code \b} at both
   * ends, judged on {@code original} ({@code searched} is {@code original} or a same-length copy of
   * it, such as its {@linkplain IgnoreCase#fold fold}); -1 if none. Every occurrence is tried,
   * overlapping ones included, as {@code re.search(r"\b" + word + r"\b")} would, in one pass.
   */
  public static int findBounded(String original, String searched, String word) {
    Needle.Scan scan = Needle.of(word).scan(searched, 0);
    for (int at = scan.next(); at >= 0; at = scan.next()) {
      if (isBoundary(original, at) && isBoundary(original, at + word.length())) return at;
    }
    return -1;
  }

  /** Python's {@code \b} at {@code index}: word-ness differs on its two sides. */
  public static boolean isBoundary(String s, int index) {
    boolean before = index > 0 && Py.isWordChar(s.codePointBefore(index));
    boolean after = index < s.length() && Py.isWordChar(s.codePointAt(index));
    return before != after;
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
