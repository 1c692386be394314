package dev.if4j.text.resources;

/** A language resource file is not in the cache and could not (or may not) be downloaded. */
public final class ResourceMissingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String relativePath;

  public ResourceMissingException(String relativePath, String message, Throwable cause) {
    super(message, cause);
    this.relativePath = relativePath;
  }

  /** The missing file, relative to the resource directory (e.g. {@code langdetect/profiles/en}). */
  public String relativePath() {
    return relativePath;
  }
}
