package dev.if4j.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule-based sentence splitter of IFEval's {@code instructions_util.split_into_sentences}
 * (Google's and open-instruct's IFEvalG copy are the same function), not NLTK's Punkt.
 *
 * <p>The reference rewrites the text with a dozen regular-expression substitutions that turn the
 * dots it considers non-final ("Mr.", "e.g.", "3.5", "www.x.com", "...") into a {@code <prd>}
 * marker and mark sentence ends with {@code <stop>}, then splits at the markers. Each rewrite
 * sees the output of the previous ones (a dot consumed by one rule is no longer a dot for the
 * next, and a match consumes its characters so that an adjacent candidate is skipped: {@code
 * " a. b."} protects only the first dot in that step), so this class keeps the rewrites in the
 * same order, each as one left-to-right scan that tries to match at every position and, on a
 * match, continues after it, as {@code re.sub} does. The markers are plain text, exactly as in
 * the reference, so a response that itself contains {@code "<stop>"} or {@code "<prd>"} is split
 * (or joined) the same way.
 *
 * <p>Python semantics: {@code \s} is {@link Py#isSpace}; the letter classes are ASCII ({@code
 * [A-Za-z]}, {@code [0-9]}); only {@code '\n'} is turned into a space first; the pieces are
 * {@code str.strip()}ped and a final empty piece is dropped (an empty one elsewhere is kept).
 *
 * <p>Linear in the text length: every rewrite is a single pass with bounded look-ahead.
 */
public final class RuleSentenceSplitter {
  private RuleSentenceSplitter() {}

  private static final String PRD = "<prd>";
  private static final String STOP = "<stop>";

  private static final String[] PREFIXES = {"Mr", "St", "Mrs", "Ms", "Dr"};
  private static final String[] WEBSITES = {"com", "net", "org", "io", "gov", "edu", "me"};
  private static final String[] SUFFIXES = {"Inc", "Ltd", "Jr", "Sr", "Co"};
  /** The starters; the ones the reference writes with a trailing {@code \s} end with a space here. */
  private static final String[] STARTERS = {"Mr", "Mrs", "Ms", "Dr", "Prof", "Capt", "Cpt", "Lt",
      "He ", "She ", "It ", "They ", "Their ", "Our ", "We ", "But ", "However ", "That ", "This ",
      "Wherever"};

  /** {@code split_into_sentences(text)}. */
  public static List<String> split(String text) {
    String t = " " + text.replace('\n', ' ') + "  ";
    t = prefixes(t);
    t = websites(t);
    t = decimals(t);
    t = dotRuns(t);
    if (t.contains("Ph.D")) t = t.replace("Ph.D.", "Ph<prd>D<prd>");
    t = spacedInitials(t);
    t = acronymsBeforeStarters(t);
    t = letterDots(t, 3);
    t = letterDots(t, 2);
    t = suffixesBeforeStarters(t);
    t = suffixes(t);
    t = spacedLetterDots(t);
    t = t.replace(".\u201D", "\u201D.").replace(".\"", "\".").replace("!\"", "\"!")
        .replace("?\"", "\"?");
    t = t.replace(".", ".<stop>").replace("?", "?<stop>").replace("!", "!<stop>");
    t = t.replace(PRD, ".");
    List<String> sentences = Py.split(t, STOP);
    List<String> out = new ArrayList<>(sentences.size());
    for (String s : sentences) out.add(Py.strip(s));
    if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) out.remove(out.size() - 1);
    return out;
  }

  // Each rewrite below is one re.sub. Scanning by UTF-16 unit is safe: every pattern starts with
  // an ASCII character or whitespace, and neither is half of a surrogate pair.

  // Each pass keeps the text unchanged until its first match, then copies unmatched stretches in
  // bulk; the matching is written out in each loop (a shared matcher interface would be a
  // megamorphic call per character).

  /** {@code (Mr|St|Mrs|Ms|Dr)[.]} → {@code \1<prd>}. */
  private static String prefixes(String t) {
    if (t.indexOf('.') < 0) return t;
    StringBuilder out = null;
    int n = t.length();
    int copied = 0;
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (c != 'M' && c != 'S' && c != 'D') continue;
      String alt = firstAlternative(t, i, PREFIXES, ".");
      if (alt == null) continue;
      int dot = i + alt.length();
      if (out == null) out = new StringBuilder(n + 32);
      out.append(t, copied, dot).append(PRD);
      copied = dot + 1;
      i = dot;
    }
    return out == null ? t : out.append(t, copied, n).toString();
  }

  /** {@code [.](com|net|org|io|gov|edu|me)} → {@code <prd>\1}. */
  private static String websites(String t) {
    StringBuilder out = null;
    int n = t.length();
    int copied = 0;
    for (int i = t.indexOf('.'); i >= 0; i = t.indexOf('.', i + 1)) {
      String alt = firstAlternative(t, i + 1, WEBSITES, "");
      if (alt == null) continue;
      if (out == null) out = new StringBuilder(n + 32);
      out.append(t, copied, i).append(PRD);
      copied = i + 1;
      i += alt.length();
    }
    return out == null ? t : out.append(t, copied, n).toString();
  }

  /** {@code ([0-9])[.]([0-9])} → {@code \1<prd>\2}: "1.2.3" protects only the first dot. */
  private static String decimals(String t) {
    StringBuilder out = null;
    int n = t.length();
    int copied = 0;
    // A match starts at the digit before a dot; it must not start inside the previous match.
    for (int d = t.indexOf('.'); d >= 0; d = t.indexOf('.', d + 1)) {
      if (d - 1 < copied || !isDigit(t.charAt(d - 1)) || d + 1 >= n || !isDigit(t.charAt(d + 1))) {
        continue;
      }
      if (out == null) out = new StringBuilder(n + 32);
      out.append(t, copied, d).append(PRD).append(t.charAt(d + 1));
      copied = d + 2;
      d++;
    }
    return out == null ? t : out.append(t, copied, n).toString();
  }

  /** {@code \.{2,}} → one {@code <prd>} per dot, then {@code <stop>}. */
  private static String dotRuns(String t) {
    StringBuilder out = null;
    int n = t.length();
    int copied = 0;
    for (int i = t.indexOf(".."); i >= 0; i = t.indexOf("..", i)) {
      int end = i + 2;
      while (end < n && t.charAt(end) == '.') end++;
      if (out == null) out = new StringBuilder(n + 64);
      out.append(t, copied, i);
      for (int k = i; k < end; k++) out.append(PRD);
      out.append(STOP);
      copied = end;
      i = end;
    }
    return out == null ? t : out.append(t, copied, n).toString();
  }

  /** {@code \s([A-Za-z])[.] } → {@code " \1<prd> "} (the whitespace becomes a plain space). */
  private static String spacedInitials(String t) {
    StringBuilder out = null;
    int n = t.length();
    int copied = 0;
    // A match starts two characters before its dot.
    for (int d = t.indexOf('.'); d >= 0; d = t.indexOf('.', d + 1)) {
      int i = d - 2;
      if (i < copied || d + 1 >= n || t.charAt(d + 1) != ' ' || !isAsciiLetter(t.charAt(d - 1))
          || !Py.isSpace(t.charAt(i))) {
        continue;
      }
      if (out == null) out = new StringBuilder(n + 32);
      out.append(t, copied, i).append(' ').append(t.charAt(d - 1)).append(PRD).append(' ');
      copied = d + 2;
      d++;
    }
    return out == null ? t : out.append(t, copied, n).toString();
  }

  /**
   * {@code ([A-Z][.][A-Z][.](?:[A-Z][.])?) (starter)} → {@code \1<stop> \2}: the greedy third
   * letter is tried first and given up if the starter does not follow it.
   */
  private static String acronymsBeforeStarters(String t) {
    StringBuilder out = null;
    int n = t.length();
    int copied = 0;
    // A match starts at the letter before its first dot.
    for (int d = t.indexOf('.'); d >= 0; d = t.indexOf('.', d + 1)) {
      int i = d - 1;
      if (i < copied || i + 4 >= n || !isUpperAscii(t.charAt(i)) || !isUpperAscii(t.charAt(i + 2))
          || t.charAt(i + 3) != '.') {
        continue;
      }
      int acronymEnd = -1;
      int end = -1;
      if (i + 5 < n && isUpperAscii(t.charAt(i + 4)) && t.charAt(i + 5) == '.') {
        end = spaceThenStarter(t, i + 6);
        if (end >= 0) acronymEnd = i + 6;
      }
      if (end < 0) {
        end = spaceThenStarter(t, i + 4);
        if (end >= 0) acronymEnd = i + 4;
      }
      if (end < 0) continue;
      if (out == null) out = new StringBuilder(n + 32);
      out.append(t, copied, acronymEnd).append(STOP).append(t, acronymEnd, end);
      copied = end;
      d = end - 1;
    }
    return out == null ? t : out.append(t, copied, n).toString();
  }

  /** {@code ([A-Za-z])[.]} repeated {@code count} times → each dot a {@code <prd>}. */
  private static String letterDots(String t, int count) {
    StringBuilder out = null;
    int n = t.length();
    int copied = 0;
    // A match starts at the letter before its first dot.
    for (int d = t.indexOf('.'); d >= 0; d = t.indexOf('.', d + 1)) {
      int i = d - 1;
      if (i < copied || !isLetterDots(t, i, count)) continue;
      if (out == null) out = new StringBuilder(n + 32);
      out.append(t, copied, i);
      for (int k = 0; k < count; k++) out.append(t.charAt(i + 2 * k)).append(PRD);
      copied = i + 2 * count;
      d = copied - 1;
    }
    return out == null ? t : out.append(t, copied, n).toString();
  }

  private static boolean isLetterDots(String t, int i, int count) {
    if (i + 2 * count > t.length()) return false;
    for (int k = 0; k < count; k++) {
      if (!isAsciiLetter(t.charAt(i + 2 * k)) || t.charAt(i + 2 * k + 1) != '.') return false;
    }
    return true;
  }

  /** {@code " (Inc|Ltd|Jr|Sr|Co)[.] (starter)"} → {@code " \1<stop> \2"}: the dot is dropped. */
  private static String suffixesBeforeStarters(String t) {
    StringBuilder out = null;
    int n = t.length();
    int copied = 0;
    for (int d = t.indexOf('.'); d >= 0; d = t.indexOf('.', d + 1)) {
      int i = suffixStart(t, d, copied);
      if (i < 0) continue;
      int end = spaceThenStarter(t, d + 1);
      if (end < 0) continue;
      if (out == null) out = new StringBuilder(n + 32);
      out.append(t, copied, d).append(STOP).append(t, d + 1, end);
      copied = end;
      d = end - 1;
    }
    return out == null ? t : out.append(t, copied, n).toString();
  }

  /** {@code " (Inc|Ltd|Jr|Sr|Co)[.]"} → {@code " \1<prd>"}. */
  private static String suffixes(String t) {
    StringBuilder out = null;
    int n = t.length();
    int copied = 0;
    for (int d = t.indexOf('.'); d >= 0; d = t.indexOf('.', d + 1)) {
      if (suffixStart(t, d, copied) < 0) continue;
      if (out == null) out = new StringBuilder(n + 32);
      out.append(t, copied, d).append(PRD);
      copied = d + 1;
    }
    return out == null ? t : out.append(t, copied, n).toString();
  }

  /**
   * Where {@code " " + suffix} ends at the dot {@code d} and starts at or after {@code from}, or
   * -1. No suffix ends with another, so at most one can precede a given dot.
   */
  private static int suffixStart(String t, int d, int from) {
    for (String alt : SUFFIXES) {
      int i = d - alt.length() - 1;
      if (i >= from && t.charAt(i) == ' ' && t.startsWith(alt, i + 1)) return i;
    }
    return -1;
  }

  /** {@code " ([A-Za-z])[.]"} → {@code " \1<prd>"}. */
  private static String spacedLetterDots(String t) {
    StringBuilder out = null;
    int n = t.length();
    int copied = 0;
    for (int d = t.indexOf('.'); d >= 0; d = t.indexOf('.', d + 1)) {
      int i = d - 2;
      if (i < copied || t.charAt(i) != ' ' || !isAsciiLetter(t.charAt(d - 1))) continue;
      if (out == null) out = new StringBuilder(n + 32);
      out.append(t, copied, d).append(PRD);
      copied = d + 1;
    }
    return out == null ? t : out.append(t, copied, n).toString();
  }

  /**
   * The end of {@code " " + starter} at {@code at}, or -1. The first alternative that matches
   * wins (nothing follows the group in either pattern); a starter's trailing {@code \s} is any
   * Python whitespace.
   */
  private static int spaceThenStarter(String t, int at) {
    if (at >= t.length() || t.charAt(at) != ' ') return -1;
    int from = at + 1;
    for (String s : STARTERS) {
      boolean needsSpace = s.endsWith(" ");
      String word = needsSpace ? s.substring(0, s.length() - 1) : s;
      if (!t.startsWith(word, from)) continue;
      int end = from + word.length();
      if (!needsSpace) return end;
      if (end < t.length() && Py.isSpace(t.charAt(end))) return end + 1;
    }
    return -1;
  }

  /** The first of {@code alternatives} found at {@code at} and followed by {@code then}, or null. */
  private static String firstAlternative(String t, int at, String[] alternatives, String then) {
    if (at >= t.length()) return null;
    char c = t.charAt(at);
    for (String alt : alternatives) {
      if (alt.charAt(0) == c && t.startsWith(alt, at) && t.startsWith(then, at + alt.length())) {
        return alt;
      }
    }
    return null;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isUpperAscii(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
