package dev.if4j.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Several literal strings searched for in one text: where each first occurs (subject to a test of
 * the occurrence, such as word boundaries), the search behind checkers that take a list of
 * keywords or forbidden words.
 *
 * <p>Searching for each of k needles in turn costs k passes over the text: with thousands of
 * short keywords (an argument of a few KB), millions of chars read per keyword list. Up to {@value
 * #FEW} distinct needles are still searched one by one (each a {@link Needle}: the JDK's vectorised
 * search makes this the fastest way for the usual two or three keywords); more run through one
 * Aho–Corasick automaton, which reads the text once whatever the number of needles. Its cost is
 * then O(text + total needle length + occurrences tested), where the occurrences tested at one
 * position are at most the number of distinct needle lengths.
 */
public final class Needles {
  /** Up to this many distinct needles are searched one at a time. */
  static final int FEW = 8;

  /** Whether an occurrence, {@code text[start:end]}, counts. */
  @FunctionalInterface
  public interface OccurrenceTest {
    boolean accepts(int start, int end);
  }

  private final List<String> needles;
  /** For each needle, the number of its value among the distinct ones (equal needles are searched once). */
  private final int[] canonical;
  private final int distinct;
  private final Automaton automaton;

  private Needles(List<String> needles) {
    this.needles = List.copyOf(needles);
    this.canonical = new int[needles.size()];
    this.distinct = needles.size() <= FEW ? numberByScan(this.needles, canonical) : numberByMap(this.needles, canonical);
    this.automaton = distinct > FEW ? new Automaton(this.needles, canonical) : null;
  }

  /** Numbers the distinct needles in order of first appearance; returns how many there are. */
  private static int numberByScan(List<String> needles, int[] canonical) {
    int distinct = 0;
    for (int i = 0; i < needles.size(); i++) {
      canonical[i] = distinct;
      for (int j = 0; j < i; j++) {
        if (needles.get(j).equals(needles.get(i))) {
          canonical[i] = canonical[j];
          break;
        }
      }
      if (canonical[i] == distinct) distinct++;
    }
    return distinct;
  }

  /** {@link #numberByScan} in linear time, for many needles. */
  private static int numberByMap(List<String> needles, int[] canonical) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < needles.size(); i++) {
      // The mapping only reads the map's size: the new needle's number.
      canonical[i] = first.computeIfAbsent(needles.get(i), s -> first.size());
    }
    return first.size();
  }

  /** The needles, in the order given; duplicates are searched once. */
  public static Needles of(List<String> needles) {
    return new Needles(needles);
  }

  /**
   * For each needle (in the order given), the start of its first occurrence in {@code text} that
   * {@code test} accepts, overlapping occurrences included, or -1. An empty needle occurs at every
   * index from 0 to {@code text.length()}.
   */
  public int[] firstAccepted(String text, OccurrenceTest test) {
    int[] byDistinct = new int[distinct];
    Arrays.fill(byDistinct, -1);
    boolean[] done = new boolean[distinct];
    for (int i = 0; i < needles.size(); i++) {
      int d = canonical[i];
      if (done[d]) continue;
      done[d] = true;
      String needle = needles.get(i);
      // The automaton holds no empty needle: it is found by its own (one-state) scan.
      if (automaton == null || needle.isEmpty()) byDistinct[d] = firstAccepted(text, needle, test);
    }
    if (automaton != null) automaton.search(text, test, byDistinct);
    int[] out = new int[needles.size()];
    for (int i = 0; i < out.length; i++) out[i] = byDistinct[canonical[i]];
    return out;
  }

  /** For each needle, whether it occurs in {@code text} at all. */
  public boolean[] occurIn(String text) {
    int[] at = firstAccepted(text, (start, end) -> true);
    boolean[] out = new boolean[at.length];
    for (int i = 0; i < at.length; i++) out[i] = at[i] >= 0;
    return out;
  }

  private static int firstAccepted(String text, String needle, OccurrenceTest test) {
    Needle.Scan scan = Needle.of(needle).scan(text, 0);
    for (int at = scan.next(); at >= 0; at = scan.next()) {
      if (test.accepts(at, at + needle.length())) return at;
    }
    return -1;
  }

  /**
   * Aho–Corasick over UTF-16 chars: a trie of the non-empty needles, each state's failure link (the
   * longest proper suffix that is also a trie path) and its output link (the nearest state on the
   * failure chain where a needle ends).
   */
  private static final class Automaton {
    /** Child of (state, char): keys {@code state << 16 | char}, open addressing. */
    private long[] keys;
    private int[] values;
    private int states = 1;
    private int[] fail;
    private int[] output;
    /** The distinct-needle index that ends at each state, or -1. */
    private int[] ends;
    private int[] depth;

    Automaton(List<String> needles, int[] canonical) {
      int capacity = 1;
      for (String s : needles) capacity += s.length();
      keys = new long[Integer.highestOneBit(Math.max(4, capacity * 2)) * 2];
      Arrays.fill(keys, -1);
      values = new int[keys.length];
      ends = new int[capacity];
      depth = new int[capacity];
      Arrays.fill(ends, -1);
      for (int i = 0; i < needles.size(); i++) {
        String s = needles.get(i);
        if (s.isEmpty()) continue;
        int state = 0;
        for (int k = 0; k < s.length(); k++) {
          int next = child(state, s.charAt(k));
          if (next < 0) {
            next = states++;
            depth[next] = k + 1;
            put(state, s.charAt(k), next);
          }
          state = next;
        }
        ends[state] = canonical[i];
      }
      links();
    }

    /** Failure and output links, breadth first (a state's links depend on shallower states'). */
    private void links() {
      fail = new int[states];
      output = new int[states];
      // States in breadth-first order: by depth, then any order (a state's parent is shallower).
      int[] order = new int[states];
      int[] parentOf = new int[states];
      char[] charOf = new char[states];
      for (int slot = 0; slot < keys.length; slot++) {
        if (keys[slot] < 0) continue;
        int child = values[slot];
        parentOf[child] = (int) (keys[slot] >>> 16);
        charOf[child] = (char) (keys[slot] & 0xFFFF);
      }
      int[] countByDepth = new int[maxDepth() + 2];
      for (int s = 0; s < states; s++) countByDepth[depth[s] + 1]++;
      for (int d = 1; d < countByDepth.length; d++) countByDepth[d] += countByDepth[d - 1];
      for (int s = 0; s < states; s++) order[countByDepth[depth[s]]++] = s;
      for (int k = 1; k < states; k++) {
        int s = order[k];
        int parent = parentOf[s];
        char c = charOf[s];
        if (parent == 0) {
          fail[s] = 0;
        } else {
          int f = fail[parent];
          while (f != 0 && child(f, c) < 0) f = fail[f];
          int next = child(f, c);
          fail[s] = next < 0 ? 0 : next;
        }
        int f = fail[s];
        output[s] = ends[f] >= 0 ? f : output[f];
      }
    }

    private int maxDepth() {
      int max = 0;
      for (int s = 0; s < states; s++) max = Math.max(max, depth[s]);
      return max;
    }

    /** Fills {@code first[d]} (where still -1) with the first accepted occurrence of needle d. */
    void search(String text, OccurrenceTest test, int[] first) {
      int state = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        int next = child(state, c);
        while (next < 0 && state != 0) {
          state = fail[state];
          next = child(state, c);
        }
        state = next < 0 ? 0 : next;
        for (int s = ends[state] >= 0 ? state : output[state]; s != 0; s = output[s]) {
          int d = ends[s];
          if (first[d] < 0 && test.accepts(i + 1 - depth[s], i + 1)) first[d] = i + 1 - depth[s];
        }
      }
    }

    private int child(int state, char c) {
      long key = (long) state << 16 | c;
      int mask = keys.length - 1;
      for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
        if (keys[slot] == key) return values[slot];
        if (keys[slot] < 0) return -1;
      }
    }

    private void put(int state, char c, int child) {
      long key = (long) state << 16 | c;
      int mask = keys.length - 1;
      int slot = hash(key) & mask;
      while (keys[slot] >= 0) slot = (slot + 1) & mask;
      keys[slot] = key;
      values[slot] = child;
    }

    private static int hash(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h >>> 32);
    }
  }
}
