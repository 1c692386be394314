package dev.if4j.text.punkt;

import dev.if4j.text.resources.ResourceStore;
import java.util.List;

/** NLTK's Punkt sentence tokenizer (placeholder: being ported). */
public final class PunktSentenceTokenizer {
  public static PunktSentenceTokenizer english(ResourceStore store) {
    throw new UnsupportedOperationException("Punkt is not ported yet");
  }

  /** {@code PunktSentenceTokenizer.tokenize(text)}. */
  public List<String> tokenize(String text) {
    throw new UnsupportedOperationException("Punkt is not ported yet");
  }
}
