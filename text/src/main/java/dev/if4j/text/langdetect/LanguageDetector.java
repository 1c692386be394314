package dev.if4j.text.langdetect;

import dev.if4j.text.resources.ResourceStore;

/** Python langdetect 1.0.9 (placeholder: being ported). */
public final class LanguageDetector {
  public static LanguageDetector load(ResourceStore store) {
    throw new UnsupportedOperationException("langdetect is not ported yet");
  }

  /** {@code langdetect.detect(text)} with {@code DetectorFactory.seed = seed}. */
  public String detect(String text, long seed) throws LangDetectException {
    throw new UnsupportedOperationException("langdetect is not ported yet");
  }
}
