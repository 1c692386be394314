package dev.if4j.llm;

import dev.if4j.text.Py;
import java.util.Objects;

/**
 * {@code --strip-reasoning}: what a reasoning model wrote before its answer is not the answer.
 *
 * <p>The answer is the text after the <em>last</em> end tag ({@code </think>} by default), without
 * the whitespace that directly follows the tag (models put blank lines there, and a strict checker
 * of how the answer begins would otherwise see them). Text without an end tag is kept whole, but
 * when it holds the start tag the reasoning never finished (the token limit cut it off): {@link
 * Split#unfinished()} says so, so that such rows can be found.
 *
 * @param startTag e.g. {@code <think>}
 * @param endTag e.g. {@code </think>}
 */
public record ReasoningFilter(String startTag, String endTag) {
  public static final ReasoningFilter THINK = new ReasoningFilter("<think>", "</think>");

  public ReasoningFilter {
    Objects.requireNonNull(startTag, "startTag");
    Objects.requireNonNull(endTag, "endTag");
    if (endTag.isEmpty()) throw new IllegalArgumentException("the end tag must not be empty");
  }

  /**
   * A response split into reasoning and answer.
   *
   * @param answer what is scored
   * @param stripped whether anything was removed
   * @param unfinished the start tag is there but no end tag follows it
   */
  public record Split(String answer, boolean stripped, boolean unfinished) {}

  public Split split(String raw) {
    int end = raw.lastIndexOf(endTag);
    if (end < 0) {
      return new Split(raw, false, !startTag.isEmpty() && raw.contains(startTag));
    }
    int i = end + endTag.length();
    while (i < raw.length()) {
      int cp = raw.codePointAt(i);
      if (!Py.isSpace(cp)) break;
      i += Character.charCount(cp);
    }
    return new Split(raw.substring(i), true, false);
  }
}
