package dev.if4j.text.langdetect;

/** One entry of {@code detect_langs}: a language code and its averaged probability. */
public record LanguageProbability(String lang, double prob) {
  /** Python's {@code Language.__repr__} shape, {@code lang:prob}. */
  @Override
  public String toString() {
    return lang + ":" + prob;
  }
}
