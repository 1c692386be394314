package dev.if4j.constraints.ifevalg;

import dev.if4j.constraints.Verdict;
import dev.if4j.text.Analysis;
import dev.if4j.text.Py;
import dev.if4j.text.RuleSentenceSplitter;
import dev.if4j.text.TextView;
import dev.if4j.text.treebank.NltkWordTokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Facts about a response that several IFTrain instructions ask for, each computed once per
 * {@link TextView}, and the text helpers they share.
 */
final class TrainingTexts {
  private TrainingTexts() {}

  /** {@code value.split()}: the whitespace-separated words. */
  static final Analysis<List<String>> WORDS =
      Analysis.of("ifevalg.words", v -> Py.splitWhitespace(v.text()));

  /** {@code instructions_util.split_into_sentences(value)}: the rule-based sentences. */
  static final Analysis<List<String>> RULE_SENTENCES =
      Analysis.of("ifevalg.ruleSentences", v -> RuleSentenceSplitter.split(v.text()));

  /** {@code nltk.word_tokenize(text)} of some part of the response. */
  static List<String> wordTokenize(TextView view, String text) {
    return NltkWordTokenizer.instance().wordTokenize(view.sentencesOf(text));
  }

  /**
   * {@code re.split(r"\s?\*\*\*\s?", text)}: at each position the optional leading whitespace is
   * tried first (and given up when no {@code ***} follows it), the trailing one is taken when
   * present; the scan resumes after each divider.
   */
  static List<String> splitOnStarDivider(String text) {
    return splitOnDividers(text, "***");
  }

  /**
   * {@code re.split(r"\s?(?:D1|D2...)\s?", text)} for literal dividers none of which is a prefix of
   * another, with the whitespace rules of {@link #splitOnStarDivider}.
   */
  static List<String> splitOnDividers(String text, String... dividers) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int from = 0;
    // The leftmost match at or after `from` starts at the next divider, or one character earlier
    // when that character is whitespace (and not inside the previous match).
    // Next occurrence of each divider at or after `from` (-1: none left); kept between rounds
    // so that each divider's occurrences are searched for once in all (linear).
    int[] next = new int[dividers.length];
    for (int k = 0; k < dividers.length; k++) next[k] = text.indexOf(dividers[k]);
    while (true) {
      int stars = -1;
      String divider = null;
      for (int k = 0; k < dividers.length; k++) {
        if (next[k] >= 0 && next[k] < from) next[k] = text.indexOf(dividers[k], from);
        if (next[k] >= 0 && (stars < 0 || next[k] < stars)) {
          stars = next[k];
          divider = dividers[k];
        }
      }
      if (stars < 0) break;
      int start = stars > from && Py.isSpace(text.charAt(stars - 1)) ? stars - 1 : stars;
      int end = stars + divider.length();
      if (end < n && Py.isSpace(text.charAt(end))) end++;
      out.add(text.substring(from, start));
      from = end;
    }
    out.add(text.substring(from));
    return out;
  }

  /**
   * The reference's paragraph count over split pieces: blank pieces at either end do not count;
   * a blank piece in the middle fails the instruction (-1 here).
   */
  static int paragraphCount(List<String> pieces) {
    int count = pieces.size();
    for (int i = 0; i < pieces.size(); i++) {
      if (!Py.isBlank(pieces.get(i))) continue;
      if (i == 0 || i == pieces.size() - 1) {
        count--;
      } else {
        return -1;
      }
    }
    return count;
  }

  /** {@code s.split()[0]} for a non-blank {@code s}. */
  static String firstWord(String s) {
    int start = 0;
    while (Py.isSpace(s.charAt(start))) start++;
    int end = start;
    while (end < s.length() && !Py.isSpace(s.charAt(end))) end++;
    return s.substring(start, end);
  }

  /** {@code s.split()[-1]} for a non-blank {@code s}. */
  static String lastWord(String s) {
    int end = s.length();
    while (Py.isSpace(s.charAt(end - 1))) end--;
    int start = end;
    while (start > 0 && !Py.isSpace(s.charAt(start - 1))) start--;
    return s.substring(start, end);
  }

  /** {@code s == s[::-1]}, by code point. */
  static boolean isPalindrome(String s) {
    int i = 0;
    int j = s.length();
    while (i < j) {
      int a = s.codePointAt(i);
      int b = s.codePointBefore(j);
      if (a != b) return false;
      i += Character.charCount(a);
      j -= Character.charCount(b);
    }
    return true;
  }

  /** {@code re.sub(r"[^\w\s]", "", word)}: only word characters and whitespace are kept. */
  static String keepWordChars(String word) {
    StringBuilder out = null;
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      int next = i + Character.charCount(cp);
      boolean keep = Py.isWordChar(cp) || Py.isSpace(cp);
      if (!keep && out == null) {
        out = new StringBuilder(word.length());
        out.append(word, 0, i);
      } else if (keep && out != null) {
        out.appendCodePoint(cp);
      }
      i = next;
    }
    return out == null ? word : out.toString();
  }

  /** {@code text[start:end]} with Python's slice rules (negative and out-of-range indexes), by code point. */
  static String pySlice(String text, long start, long end) {
    int len = Py.len(text);
    long s = start < 0 ? Math.max(0, start + len) : Math.min(start, len);
    long e = end < 0 ? Math.max(0, end + len) : Math.min(end, len);
    if (e <= s) return "";
    int from = text.offsetByCodePoints(0, (int) s);
    int to = text.offsetByCodePoints(from, (int) (e - s));
    return text.substring(from, to);
  }

  /** The response, stripped and lower-cased, equals {@code expected} (already stripped and lower-cased). */
  static Verdict copyVerdict(TextView response, String expected) {
    String got = Py.lower(response.stripped());
    if (got.equals(expected)) return Verdict.followed(() -> "the response is the expected text");
    return Verdict.notFollowed(() -> "the response differs from the expected text "
        + quote(expected) + " (ignoring case) from character " + firstDifference(got, expected));
  }

  private static int firstDifference(String a, String b) {
    int i = 0;
    int n = Math.min(a.length(), b.length());
    while (i < n && a.charAt(i) == b.charAt(i)) i++;
    return a.codePointCount(0, i);
  }

  /** A short quotation of {@code s} for reasons. */
  static String quote(String s) {
    String one = s.replace("\n", "\\n");
    return "'" + (one.length() > 60 ? one.substring(0, 57) + "..." : one) + "'";
  }
}
