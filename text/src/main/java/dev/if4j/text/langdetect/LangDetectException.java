package dev.if4j.text.langdetect;

/** langdetect found nothing to judge (e.g. no letters): the reference counts that as followed. */
public final class LangDetectException extends Exception {
  private static final long serialVersionUID = 1L;

  public LangDetectException(String message) {
    super(message);
  }
}
