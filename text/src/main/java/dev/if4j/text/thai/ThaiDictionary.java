package dev.if4j.text.thai;

import dev.if4j.text.Py;
import dev.if4j.text.PyLines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * A word list as pythainlp's {@code Trie} holds it (v5.0.4): the file's lines, each stripped, empty
 * ones dropped, duplicates merged; answering which words are prefixes of a text at a position
 * ({@code Trie.prefixes}).
 *
 * <p>Held as a sorted array rather than a tree of nodes: the words sharing a prefix are a range of
 * it, narrowed by one binary search per character, so a look-up costs {@code O(length · log words)}
 * and the 62,000 words take no more memory than their strings. Immutable and thread-safe.
 */
final class ThaiDictionary {
  private final String[] words;

  private ThaiDictionary(String[] sortedWords) {
    this.words = sortedWords;
  }

  /** The dictionary of a word-list file's text ({@code utf-8-sig}: a leading BOM is not part of the first word). */
  static ThaiDictionary parse(String text) {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
    TreeSet<String> set = new TreeSet<>();
    for (String line : PyLines.splitLines(text)) {
      String word = Py.strip(line);
      if (!word.isEmpty()) set.add(word);
    }
    return new ThaiDictionary(set.toArray(String[]::new));
  }

  int size() {
    return words.length;
  }

  boolean contains(String word) {
    return Arrays.binarySearch(words, word) >= 0;
  }

  /**
   * The lengths of the dictionary words that {@code text} starts with at {@code from}, shortest
   * first ({@code [len(w) for w in trie.prefixes(text[from:])]}).
   */
  List<Integer> prefixLengths(String text, int from) {
    List<Integer> out = new ArrayList<>(4);
    int lo = 0;
    int hi = words.length;
    for (int depth = 0; from + depth < text.length() && lo < hi; depth++) {
      char c = text.charAt(from + depth);
      lo = firstWithCharAtLeast(lo, hi, depth, c);
      hi = firstWithCharAtLeast(lo, hi, depth, (char) (c + 1), c == Character.MAX_VALUE);
      if (lo < hi && words[lo].length() == depth + 1) out.add(depth + 1);
    }
    return out;
  }

  private int firstWithCharAtLeast(int lo, int hi, int depth, char c) {
    return firstWithCharAtLeast(lo, hi, depth, c, false);
  }

  /**
   * In {@code words[lo, hi)}, all of length greater than {@code depth} but possibly the first (which
   * may end at {@code depth}), the first whose character at {@code depth} is at least {@code c}
   * ({@code hi} when {@code past} asks for "beyond the largest char").
   */
  private int firstWithCharAtLeast(int lo, int hi, int depth, char c, boolean past) {
    if (past) return hi;
    int a = lo;
    int b = hi;
    while (a < b) {
      int mid = (a + b) >>> 1;
      String w = words[mid];
      // A word that ends before depth sorts before every longer word of the range.
      if (w.length() <= depth || w.charAt(depth) < c) a = mid + 1;
      else b = mid;
    }
    return a;
  }
}
