package dev.if4j.text.japanese;

import dev.if4j.text.PyLines;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pieces of ja_sentence_segmenter 0.0.2 ({@code split/simple_splitter.py}, {@code
 * concatenate/simple_concatenator.py}; normalisation is {@link NeologdNormalizer}), to be composed as
 * a caller's pipeline composes them.
 *
 * <p>The regular expressions are upstream's own (character classes, a quote or bracket pair without
 * nesting, one-character look-arounds): none backtracks more than a character, so each pass is
 * linear in the text.
 */
public final class JaSentenceSegmenter {
  private JaSentenceSegmenter() {}

  /** Upstream's {@code ESCAPE_CHAR}: marks a punctuation mark inside quotes or brackets. */
  private static final String ESCAPE = "∯";

  private static final Pattern BETWEEN_QUOTES = Pattern.compile("「[^「」]*」");
  private static final Pattern BETWEEN_PARENS = Pattern.compile("\\([^()]*\\)");

  /** {@code split_newline}: the lines of each text, as Python's {@code str.splitlines()} finds them. */
  public static List<String> splitNewline(List<String> texts) {
    List<String> out = new ArrayList<>();
    for (String t : texts) out.addAll(PyLines.splitLines(t));
    return out;
  }

  /**
   * {@code concatenate_matching(former_matching_rule=r"^(?P<result>.+)(SUFFIX)$",
   * remove_former_matched=False)}: a text of at least two characters that ends with {@code suffix}
   * is joined to the next one (and the joined text tested again).
   */
  public static List<String> concatenateWhenEndsWith(List<String> texts, String suffix) {
    List<String> out = new ArrayList<>();
    if (texts.isEmpty()) return out;
    String former = texts.get(0);
    for (int i = 1; i < texts.size(); i++) {
      String latter = texts.get(i);
      if (endsWithAfterSomething(former, suffix)) {
        former = former + latter;
      } else {
        out.add(former);
        former = latter;
      }
    }
    out.add(former);
    return out;
  }

  /** {@code re.match(r"^(.+)(SUFFIX)$", s)}: {@code .} is anything but {@code \n}. */
  private static boolean endsWithAfterSomething(String s, String suffix) {
    // $ also matches before a final \n, which the lines of splitlines never hold.
    String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    if (!body.endsWith(suffix)) return false;
    String before = body.substring(0, body.length() - suffix.length());
    return !before.isEmpty() && before.indexOf('\n') < 0;
  }

  /**
   * {@code split_punctuation(punctuations=PUNCTUATIONS)} with its defaults (no split inside
   * {@code 「…」} or {@code (…)}): each text broken after every punctuation mark of {@code
   * punctuations} (a regular-expression character class body, e.g. {@code "。!?"}).
   */
  public static List<String> splitPunctuation(List<String> texts, String punctuations) {
    Pattern unescaped = Pattern.compile("(?<!" + ESCAPE + ")([" + punctuations + "])(?!" + ESCAPE + ")");
    Pattern escaped = Pattern.compile("(" + ESCAPE + ")([" + punctuations + "])(" + ESCAPE + ")");
    List<String> out = new ArrayList<>();
    for (String text : texts) {
      String temp = escapeInside(BETWEEN_QUOTES, text, unescaped);
      temp = escapeInside(BETWEEN_PARENS, temp, unescaped);
      String split = unescaped.matcher(temp).replaceAll("$1\n");
      split = escaped.matcher(split).replaceAll("$2");
      out.addAll(PyLines.splitLines(split));
    }
    return out;
  }

  private static String escapeInside(Pattern span, String text, Pattern unescaped) {
    Matcher m = span.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String escaped = unescaped.matcher(m.group()).replaceAll(ESCAPE + "$1" + ESCAPE);
      m.appendReplacement(out, Matcher.quoteReplacement(escaped));
    }
    m.appendTail(out);
    return out.toString();
  }
}
