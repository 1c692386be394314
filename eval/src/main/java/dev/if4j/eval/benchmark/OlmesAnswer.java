package dev.if4j.eval.benchmark;

import dev.if4j.text.Py;

/**
 * olmo-eval's {@code extract_think_answer} ({@code src/olmo_eval/evals/extract/reasoning.py} at
 * allenai/olmo-eval 37f0852f), the answer its {@code ifeval} task verifies: three {@code re.sub}
 * calls, each written out here as one linear scan rather than a Java regex, because Python's
 * {@code \s} (what {@link Py#isSpace} matches) and its multiline {@code ^}/{@code $} (only {@code
 * \n} ends a line) are not Java's.
 */
final class OlmesAnswer {
  private static final String THINK_END = "</think>";
  private static final String ANSWER_START = "<answer>";
  private static final String ANSWER_END = "</answer>";

  private OlmesAnswer() {}

  static String extract(String text) {
    return removeAnswerEnds(removeAnswerStarts(afterLastThinkEnd(text)));
  }

  /**
   * {@code re.sub("(?ms).*</think>", "", text)}: the greedy {@code .*} from the start reaches the
   * last {@code </think>}, and nothing after it can match again.
   */
  static String afterLastThinkEnd(String text) {
    int end = text.lastIndexOf(THINK_END);
    return end < 0 ? text : text.substring(end + THINK_END.length());
  }

  /**
   * {@code re.sub("(?ms)^\\s*<answer>\\s*", "", answer)}: at each line start (the text's, or after
   * a {@code \n}), whitespace then {@code <answer>} then whitespace is removed. A failed attempt
   * fails at every line start inside the same whitespace run too (the run ends at the same
   * character), so the run is copied whole: the scan stays linear.
   */
  static String removeAnswerStarts(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      if (i == 0 || s.charAt(i - 1) == '\n') {
        int tag = skipSpace(s, i);
        if (s.startsWith(ANSWER_START, tag)) {
          i = skipSpace(s, tag + ANSWER_START.length());
          continue;
        }
        if (tag > i) {
          out.append(s, i, tag);
          i = tag;
          continue;
        }
      }
      out.append(s.charAt(i++));
    }
    return out.toString();
  }

  /**
   * {@code re.sub("(?ms)</answer>\\s*$", "", answer)}: an {@code </answer>} whose following
   * whitespace reaches a line end ({@code $}: the text's end or before a {@code \n}). The greedy
   * {@code \s*} gives back to the last such end inside the run: all of it at the text's end, else
   * up to (not including) the run's last {@code \n}; with neither, no match there.
   */
  static String removeAnswerEnds(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int from = 0;
    int at = s.indexOf(ANSWER_END);
    while (at >= 0) {
      int after = at + ANSWER_END.length();
      int run = skipSpace(s, after);
      int end = run == s.length() ? run : s.lastIndexOf('\n', run - 1);
      if (end >= after) {
        out.append(s, from, at);
        from = end;
        at = s.indexOf(ANSWER_END, end);
      } else {
        at = s.indexOf(ANSWER_END, at + 1);
      }
    }
    return out.append(s, from, s.length()).toString();
  }

  /** The first index at or after {@code i} that is not Python whitespace. */
  private static int skipSpace(String s, int i) {
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!Py.isSpace(cp)) break;
      i += Character.charCount(cp);
    }
    return i;
  }
}
