package dev.if4j.text.thai;

import dev.if4j.text.TextTools;
import dev.if4j.text.resources.ResourceStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pythainlp's default word tokenizer, {@code word_tokenize(text)} of v5.0.4: {@code newmm}
 * (dictionary maximal matching over {@code words_th.txt}, cut only at Thai Character Cluster
 * boundaries), whitespace kept as tokens, formatted numbers ({@code 1,234.5}, {@code 12:00})
 * joined back into one token.
 *
 * <p>Cost: newmm resolves ambiguity in a graph of candidate cuts that it limits to 50 edges before
 * forcing a cut, so a text is segmented in time linear in its length (times the dictionary look-up,
 * logarithmic). Where no dictionary word starts, the scan for the next place a word can start is
 * pythainlp's own, linear from that point. Immutable and thread-safe.
 */
public final class ThaiWords {
  /** The dictionary inside a resource directory. */
  public static final String WORDS = "pythainlp/words_th.txt";

  /** pythainlp 5.0.4's default Thai word tokenizer, loaded once per set of tools. */
  public static final TextTools.Loader<ThaiWords> TOOL = tools -> load(tools.store());

  private static final int MAX_GRAPH_SIZE = 50;

  /** newmm's {@code _PAT_NONTHAI}: a run of Latin letters, a number, spaces, a newline, or other non-Thai text. */
  private static final Pattern NON_THAI = Pattern.compile(
      "[-a-zA-Z]+|\\p{Nd}+([,.]\\p{Nd}+)*|[ \\t]+|\\r?\\n|[^\\u0E00-\\u0E7F \\t\\r\\n]+");

  /** {@code _DIGITS_WITH_SEPARATOR} of {@code rejoin_formatted_num}. */
  private static final Pattern FORMATTED_NUMBER = Pattern.compile("(\\p{Nd}+[.,:])+\\p{Nd}+");

  private final ThaiDictionary dictionary;

  private ThaiWords(ThaiDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** The tokenizer with pythainlp's dictionary from {@code store}. */
  public static ThaiWords load(ResourceStore store) {
    return load(store.require(WORDS));
  }

  /** The tokenizer with the word list in {@code file} (one word a line). */
  public static ThaiWords load(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Thai word list " + file, e);
    }
  }

  /** The tokenizer with the word list {@code text}. */
  public static ThaiWords parse(String text) {
    return new ThaiWords(ThaiDictionary.parse(text));
  }

  /** {@code word_tokenize(text)}: the tokens, whitespace tokens included; none for {@code ""}. */
  public List<String> tokenize(String text) {
    if (text.isEmpty()) return List.of();
    return rejoinFormattedNumbers(text, segment(text));
  }

  /** {@code len(word_tokenize(text))}. */
  public int count(String text) {
    return tokenize(text).size();
  }

  /** newmm's {@code _onecut}: the maximal-matching cuts of the whole text. */
  List<String> segment(String text) {
    int n = text.length();
    boolean[] valid = ThaiClusters.clusterEnds(text);
    Map<Integer, List<Integer>> graph = new HashMap<>();
    int graphSize = 0;
    PriorityQueue<Integer> positions = new PriorityQueue<>();
    positions.add(0);
    int endPos = 0;
    List<String> out = new ArrayList<>();
    Matcher nonThai = NON_THAI.matcher(text);
    while (positions.peek() < n) {
      int begin = positions.poll();
      for (int len : dictionary.prefixLengths(text, begin)) {
        int candidate = begin + len;
        if (!valid[candidate]) continue;
        graph.computeIfAbsent(begin, k -> new ArrayList<>()).add(candidate);
        graphSize++;
        if (!positions.contains(candidate)) positions.add(candidate);
        if (graphSize > MAX_GRAPH_SIZE) break;
      }
      if (positions.size() == 1) {
        // One candidate left: the ambiguity is resolved; emit the first shortest path to it.
        int goal = positions.peek();
        graphSize = 0;
        for (int pos : firstPath(graph, endPos, goal)) {
          out.add(text.substring(endPos, pos));
          endPos = pos;
        }
      } else if (positions.isEmpty()) {
        endPos = unknownWordEnd(text, begin, valid, nonThai);
        graph.computeIfAbsent(begin, k -> new ArrayList<>()).add(endPos);
        graphSize++;
        out.add(text.substring(begin, endPos));
        positions.add(endPos);
      }
    }
    return out;
  }

  /**
   * Where a token starting at {@code begin} that is no dictionary word ends: a non-Thai run ends at
   * its end; Thai text runs to the next cluster boundary where a dictionary word of more than two
   * consonants, or non-Thai text, starts; else to the end of the text.
   */
  private int unknownWordEnd(String text, int begin, boolean[] valid, Matcher nonThai) {
    int n = text.length();
    nonThai.region(begin, n);
    if (nonThai.lookingAt()) return nonThai.end();
    for (int pos = begin + 1; pos < n; pos++) {
      if (!valid[pos]) continue;
      for (int len : dictionary.prefixLengths(text, pos)) {
        if (valid[pos + len] && !isAtMostTwoConsonants(text, pos, len)) return pos;
      }
      nonThai.region(pos, n);
      if (nonThai.lookingAt()) return pos;
    }
    return n;
  }

  /** {@code _PAT_THAI_TWOCHARS.match(word)}: the word is at most two Thai consonants. */
  private static boolean isAtMostTwoConsonants(String text, int from, int len) {
    if (len > 2) return false;
    for (int i = from; i < from + len; i++) {
      char c = text.charAt(i);
      if (c < 'ก' || c > 'ฮ') return false;
    }
    return true;
  }

  /**
   * The first path {@code _bfs_paths_graph(graph, start, goal)} yields, without {@code start}: a
   * breadth-first search visiting each position's next positions in the order they were added. The
   * graph only goes forward, so the first path to reach each position is the one the unpruned
   * search would extend first.
   */
  private static List<Integer> firstPath(Map<Integer, List<Integer>> graph, int start, int goal) {
    Map<Integer, Integer> parent = new HashMap<>();
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    queue.add(start);
    parent.put(start, start);
    while (!queue.isEmpty()) {
      int vertex = queue.poll();
      for (int next : graph.getOrDefault(vertex, List.of())) {
        if (next == goal) {
          parent.put(goal, vertex);
          return pathTo(parent, start, goal);
        }
        if (parent.putIfAbsent(next, vertex) == null) queue.add(next);
      }
    }
    throw new IllegalStateException("newmm: no path from " + start + " to " + goal);
  }

  private static List<Integer> pathTo(Map<Integer, Integer> parent, int start, int goal) {
    ArrayDeque<Integer> path = new ArrayDeque<>();
    for (int v = goal; v != start; v = parent.get(v)) path.addFirst(v);
    return new ArrayList<>(path);
  }

  /** {@code rejoin_formatted_num}: tokens covering a formatted number become one token. */
  static List<String> rejoinFormattedNumbers(String text, List<String> segments) {
    Matcher m = FORMATTED_NUMBER.matcher(text);
    if (!m.find()) return segments;
    List<String> out = new ArrayList<>(segments.size());
    int pos = 0;
    int i = 0;
    boolean match = true;
    while (i < segments.size() && match) {
      String token = segments.get(i);
      if (pos >= m.start()) {
        StringBuilder joined = new StringBuilder();
        while (pos < m.end() && i < segments.size()) {
          joined.append(segments.get(i));
          pos += segments.get(i).length();
          i++;
        }
        if (!joined.isEmpty()) out.add(joined.toString());
        match = m.find();
      } else {
        out.add(token);
        i++;
        pos += token.length();
      }
    }
    out.addAll(segments.subList(i, segments.size()));
    return out;
  }
}
