package dev.if4j.eval.io;

/**
 * One line of a JSONL file: its 1-based number and text (without the line break).
 *
 * @param notUtf8 the line's bytes were not valid UTF-8 ({@code text} then has replacement
 *     characters, fit for a rejects file only); parsing such a line is bad input
 */
public record SourceLine(long number, String text, boolean notUtf8) {
  public SourceLine(long number, String text) {
    this(number, text, false);
  }
}
