package dev.if4j.text.io;

/**
 * One line of a JSONL file: its 1-based number and text (without the line break).
 *
 * @param notUtf8 the line's bytes were not valid UTF-8 ({@code text} then has replacement
 *     characters, fit for a rejects file only); parsing such a line is bad input
 * @param unterminated the file ends inside this line (no newline after it): when the line does not
 *     parse either, the file was probably cut short while it was written
 * @param ascii every character of {@code text} is ASCII, so its UTF-8 bytes are its characters: a
 *     parser may read those bytes instead of the characters ({@link Json#asciiObject}), which
 *     Jackson does in about two thirds of the time
 */
public record SourceLine(long number, String text, boolean notUtf8, boolean unterminated, boolean ascii) {
  /** The problem of a line whose bytes are not UTF-8, as every reader words it. */
  public static final String NOT_UTF8 = "not valid UTF-8 text";

  public SourceLine(long number, String text) {
    this(number, text, false, false, isAscii(text));
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) return false;
    }
    return true;
  }

  /** This line, when its bytes were UTF-8; otherwise the input problem naming {@code source} and the line. */
  public SourceLine requireUtf8(String source) {
    if (notUtf8) throw InputProblemException.atLine(source, number, null, NOT_UTF8);
    return this;
  }

  /**
   * What to add to the message of a line that does not parse: nothing, or for a last line without its
   * newline, that the file looks torn (a writer killed mid-line), which is the fix to look for.
   */
  public String tornHint() {
    return unterminated ? " (the file ends inside this line, without a newline: was it cut short?)" : "";
  }
}
