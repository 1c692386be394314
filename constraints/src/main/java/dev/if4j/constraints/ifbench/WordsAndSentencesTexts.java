package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.ifeval.Counts;
import dev.if4j.text.Analysis;
import dev.if4j.text.Py;
import dev.if4j.text.PyLower;
import dev.if4j.text.TextView;
import dev.if4j.text.treebank.NltkWordTokenizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The ways the {@code words:*} and {@code sentence:*} checkers cut a response into words and
 * sentences.
 *
 * <p>Most of these checkers take words as {@code text.translate(<delete string.punctuation>).split()}:
 * deleting the 32 ASCII punctuation characters and then splitting on Python whitespace is the same
 * as splitting first and deleting the punctuation inside each piece, dropping pieces that were all
 * punctuation. {@link PunctFreeWords} does the latter, without building the punctuation-free text,
 * and stops where the checker stops. Punkt's sentences are the analysis the IFEval checkers
 * share, so a row that asks for sentences twice splits them once.
 */
final class WordsAndSentencesTexts {
  private WordsAndSentencesTexts() {}

  /** Punkt's sentences of the text: the IFEval analysis, shared with it. */
  static final Analysis<List<String>> SENTENCES = Counts.SENTENCES;

  /**
   * Python's {@code text.lower()}: the view's shared lower-cased text, unless a capital sigma makes
   * Java's final-sigma rule differ from Python's (see {@link PyLower}).
   */
  static String lower(TextView v) {
    return v.text().indexOf('\u03A3') < 0 ? v.lower() : PyLower.lower(v.text());
  }

  /**
   * Walks the words of {@code s.translate(<delete punctuation>).split()} without building the
   * list: each {@link #next} finds the next whitespace-separated piece of {@code s} that holds a
   * character other than ASCII punctuation; the word is that piece without its punctuation, built
   * only when asked for. Checkers that stop at the first bad word stop scanning there too.
   */
  static final class PunctFreeWords {
    private final String s;
    private int pos;
    private int end;
    private int first;
    private boolean punct;
    private int index = -1;
    private int previousFirst = -1;
    private int previousEnd;
    private boolean previousPunct;

    PunctFreeWords(String s) {
      this.s = s;
    }

    /** Moves to the next word; false when there is none. */
    boolean next() {
      int n = s.length();
      int i = pos;
      while (i < n) {
        while (i < n && Py.isSpace(s.charAt(i))) i++;
        int firstKept = -1;
        boolean sawPunct = false;
        while (i < n && !Py.isSpace(s.charAt(i))) {
          if (Py.isPunctuation(s.charAt(i))) sawPunct = true;
          else if (firstKept < 0) firstKept = i;
          i++;
        }
        if (firstKept >= 0) {
          previousFirst = first;
          previousEnd = end;
          previousPunct = punct;
          end = i;
          first = firstKept;
          punct = sawPunct;
          pos = i;
          index++;
          return true;
        }
      }
      pos = n;
      return false;
    }

    /** The 0-based number of the current word. */
    int index() {
      return index;
    }

    /** The word's first code point ({@code word[0]}). */
    int firstCodePoint() {
      return s.codePointAt(first);
    }

    /** The word ({@code len(word)}) in code points. */
    int length() {
      if (!punct) return s.codePointCount(first, end);
      int count = 0;
      for (int i = first; i < end; i++) {
        char c = s.charAt(i);
        if (!Py.isPunctuation(c) && !Character.isLowSurrogate(c)) count++;
      }
      return count;
    }

    /** True when the word is pure ASCII. */
    boolean isAscii() {
      for (int i = first; i < end; i++) {
        if (s.charAt(i) >= 0x80) return false;
      }
      return true;
    }

    /** The word itself. */
    String word() {
      return build(first, end, punct);
    }

    /** The word before the current one (the first word has none: null). */
    String previousWord() {
      return index < 1 ? null : build(previousFirst, previousEnd, previousPunct);
    }

    private String build(int from, int to, boolean withPunct) {
      if (!withPunct) return s.substring(from, to);
      StringBuilder sb = new StringBuilder(to - from);
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        if (!Py.isPunctuation(c)) sb.append(c);
      }
      return sb.toString();
    }

    /** The text the words come from. */
    String source() {
      return s;
    }

    /** Where the current word starts in {@link #source} (its first kept character). */
    int startIndex() {
      return first;
    }

    /** Where the current whitespace-separated piece ends in {@link #source} (exclusive). */
    int endIndex() {
      return end;
    }
  }

  /** {@code len(s.translate(<delete punctuation>).split())}, without building the words. */
  static int countPunctFreeWords(String s) {
    int count = 0;
    boolean inPiece = false;
    boolean counted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Py.isSpace(c)) {
        inPiece = false;
        continue;
      }
      if (!inPiece) {
        inPiece = true;
        counted = false;
      }
      if (!counted && !Py.isPunctuation(c)) {
        counted = true;
        count++;
      }
    }
    return count;
  }

  /**
   * The first code point of Python's {@code word.lower()}, given the word's first code point.
   *
   * <p>Java's simple lower-case mapping gives it: Python's full mapping differs from the simple one
   * only for U+0130 (İ becomes "i" plus a combining dot, whose first code point is the simple
   * mapping's "i"), and the final-sigma rule never applies to the first letter of a word (it needs
   * a cased letter before). Checked against CPython 3.11 over every code point.
   */
  static int firstLower(int cp) {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
    return Character.toLowerCase(cp);
  }

  /** {@code repr}-like quoting of one code point for reasons: {@code 'a'}. */
  static String quoteCp(int cp) {
    return "'" + new String(Character.toChars(cp)) + "'";
  }

  /** Python's {@code s.lstrip(chars)}. */
  static String lstrip(String s, String chars) {
    int start = 0;
    while (start < s.length() && chars.indexOf(s.codePointAt(start)) >= 0) {
      start += Character.charCount(s.codePointAt(start));
    }
    return s.substring(start);
  }

  /** Python's {@code s.rstrip(chars)}. */
  static String rstrip(String s, String chars) {
    int end = s.length();
    while (end > 0 && chars.indexOf(s.codePointBefore(end)) >= 0) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    return s.substring(0, end);
  }

  /** {@code s.split()[0]}, or null when {@code s} has no non-whitespace. */
  static String firstPiece(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && Py.isSpace(s.charAt(i))) i++;
    if (i == n) return null;
    int start = i;
    while (i < n && !Py.isSpace(s.charAt(i))) i++;
    return s.substring(start, i);
  }

  /** {@code s.split()[-1]}, or null when {@code s} has no non-whitespace. */
  static String lastPiece(String s) {
    int end = s.length();
    while (end > 0 && Py.isSpace(s.charAt(end - 1))) end--;
    if (end == 0) return null;
    int start = end;
    while (start > 0 && !Py.isSpace(s.charAt(start - 1))) start--;
    return s.substring(start, end);
  }

  /** {@code nltk.word_tokenize(text)}: Punkt's sentences of {@code text}, each tokenized. */
  static List<String> wordTokenize(TextView view, String text) {
    return NltkWordTokenizer.instance().wordTokenize(view.sentencesOf(text));
  }

  /**
   * The first and last tokens of {@code nltk.word_tokenize(text)}, tokenizing only the sentences
   * needed: at least {@code head} tokens from the front and {@code tail} from the back, or all of
   * them when the text has fewer.
   */
  static Ends tokenEnds(TextView view, int head, int tail) {
    NltkWordTokenizer tokenizer = NltkWordTokenizer.instance();
    List<String> sentences = view.get(SENTENCES);
    List<String> first = new ArrayList<>();
    int next = 0;
    while (next < sentences.size() && first.size() < head) {
      first.addAll(tokenizer.tokenize(sentences.get(next++)));
    }
    List<List<String>> lastSentences = new ArrayList<>();
    int lastCount = 0;
    int back = sentences.size();
    while (back > next && lastCount < tail) {
      List<String> tokens = tokenizer.tokenize(sentences.get(--back));
      lastSentences.add(tokens);
      lastCount += tokens.size();
    }
    boolean complete = back == next;
    List<String> last = new ArrayList<>(lastCount);
    for (int k = lastSentences.size() - 1; k >= 0; k--) last.addAll(lastSentences.get(k));
    if (complete) {
      List<String> all = new ArrayList<>(first.size() + last.size());
      all.addAll(first);
      all.addAll(last);
      return new Ends(all, all, true);
    }
    return new Ends(first, last, false);
  }

  /**
   * Tokens from the front ({@code first}) and back ({@code last}) of a text; when {@code complete},
   * both are the whole token list.
   */
  record Ends(List<String> first, List<String> last, boolean complete) {
    Ends {
      first = Collections.unmodifiableList(first);
      last = Collections.unmodifiableList(last);
    }

    /** At least {@code k} tokens in all. */
    boolean hasAtLeast(int k) {
      return !complete || first.size() >= k;
    }

    /** The token at Python index {@code i} (non-negative from the front, negative from the back). */
    String at(int i) {
      return i >= 0 ? first.get(i) : last.get(last.size() + i);
    }
  }
}
