package dev.if4j.text.japanese;

import dev.if4j.text.japanese.CharCategories.Category;
import dev.if4j.text.japanese.CharCategories.Membership;
import dev.if4j.text.japanese.JanomeTokenizer.Token;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ja.dict.ConnectionCosts;
import org.apache.lucene.analysis.ja.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ja.dict.TokenInfoFST;
import org.apache.lucene.analysis.ja.dict.UnknownDictionary;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.fst.FST;

/**
 * janome 0.5.0's lattice ({@code Tokenizer.__tokenize_partial}, {@code lattice.Lattice}) over the
 * IPADIC that Lucene's Kuromoji bundles: its dictionary entries, unknown-word entries and
 * connection costs, read through Kuromoji's public dictionary classes.
 *
 * <p>Kuromoji's own tokenizer is not used: in normal mode it starts no word inside an unknown word
 * it has made (so {@code 、[} stays one unknown symbol where janome and MeCab find {@code 、} and
 * {@code [}), and it forms unknown words otherwise (one character for kanji, one class per
 * character). This class follows janome step by step: at each position the lattice reaches, every
 * dictionary word starting there (up to 50 characters), then the unknown words of each category
 * of the character ({@link CharCategories}) unless a dictionary word matched and the category is
 * not always invoked, grouped or of the category's length; each node keeps the cheapest way in
 * (ties: the first found, or the smaller dictionary entry); the chunk ends where janome ends it.
 *
 * <p>Positions are code points, as in Python. One instance per call; not thread-safe.
 */
final class JanomeLattice {
  private static final int MAX_LOOKUP = 50;
  private static final long INFINITE = 2147483647L;

  private static final TokenInfoDictionary DICTIONARY = TokenInfoDictionary.getInstance();
  private static final UnknownDictionary UNKNOWN = UnknownDictionary.getInstance();
  private static final ConnectionCosts COSTS = ConnectionCosts.getInstance();

  /** A lattice node: a word spanning {@code [start, start + length)} code points, with its best way in. */
  private static final class Node {
    final int start;
    final int length;
    final int leftId;
    final int rightId;
    final int cost;
    /** The dictionary entry; -1 for an unknown word. */
    final int wordId;
    final int unknownId;
    long minCost = INFINITE;
    Node back;

    Node(int start, int length, int leftId, int rightId, int cost, int wordId, int unknownId) {
      this.start = start;
      this.length = length;
      this.leftId = leftId;
      this.rightId = rightId;
      this.cost = cost;
      this.wordId = wordId;
      this.unknownId = unknownId;
    }
  }

  private final int[] cps;
  private final int[] charAt; // UTF-16 offset of each code point, and of the end
  private final String text;

  private JanomeLattice(String text) {
    this.text = text;
    this.cps = text.codePoints().toArray();
    this.charAt = new int[cps.length + 1];
    for (int i = 0, off = 0; i < cps.length; i++) {
      charAt[i] = off;
      off += Character.charCount(cps[i]);
    }
    charAt[cps.length] = text.length();
  }

  /** janome's tokens of {@code text} (already stripped), chunk by chunk. */
  static List<Token> tokenize(String text) {
    JanomeLattice all = new JanomeLattice(text);
    List<Token> out = new ArrayList<>();
    int processed = 0;
    while (processed < all.cps.length) processed += all.chunk(processed, out);
    return out;
  }

  /** One chunk from code point {@code from}: its tokens go to {@code out}; returns its length. */
  private int chunk(int from, List<Token> out) {
    int remaining = cps.length - from;
    int size = Math.min(remaining, JanomeTokenizer.MAX_CHUNK_SIZE);
    @SuppressWarnings("unchecked")
    List<Node>[] ending = new List[size + 2];
    for (int i = 0; i < ending.length; i++) ending[i] = new ArrayList<>(2);
    Node bos = new Node(-1, 0, 0, 0, 0, -1, -1);
    bos.minCost = 0;
    ending[0].add(bos);
    int pos = 0;
    FST.BytesReader reader = DICTIONARY.getFST().getBytesReader();
    IntsRef ids = new IntsRef();
    while (!shouldSplit(from, remaining, pos)) {
      boolean matched = addDictionaryWords(from, size, pos, ending, reader, ids);
      addUnknownWords(from, size, pos, matched, ending, ids);
      // janome's Lattice.forward: to the next position where a word ends.
      do {
        pos++;
      } while (ending[pos].isEmpty());
    }
    Node eos = new Node(pos, 0, 0, 0, 0, -1, -1);
    connect(eos, ending[pos]);
    List<Token> tokens = new ArrayList<>();
    for (Node n = eos.back; n != bos; n = n.back) tokens.add(token(from, n));
    for (int i = tokens.size() - 1; i >= 0; i--) out.add(tokens.get(i));
    return pos;
  }

  /** janome's {@code __should_split(text, pos)}, on the text from {@code from}. */
  private boolean shouldSplit(int from, int remaining, int pos) {
    if (pos >= remaining || pos >= JanomeTokenizer.MAX_CHUNK_SIZE) return true;
    if (pos < JanomeTokenizer.CHUNK_SIZE) return false;
    int last = cps[from + pos - 1];
    if ("、。,.？?！!".indexOf(last) >= 0) return true;
    return (pos >= 2 && cps[from + pos - 2] == '\n' && last == '\n')
        || (pos >= 4 && cps[from + pos - 4] == '\r' && cps[from + pos - 3] == '\n' && cps[from + pos - 2] == '\r'
            && last == '\n');
  }

  /** Every dictionary word starting at {@code pos} (at most 50 characters, within the chunk). */
  private boolean addDictionaryWords(int from, int size, int pos, List<Node>[] ending, FST.BytesReader reader,
      IntsRef ids) {
    TokenInfoFST fst = DICTIONARY.getFST();
    int limitCp = from + pos + Math.min(MAX_LOOKUP, size - pos);
    int startChar = charAt[from + pos];
    int endChar = charAt[limitCp];
    FST.Arc<Long> arc = fst.getFirstArc(new FST.Arc<>());
    long output = 0;
    boolean matched = false;
    List<Node> found = new ArrayList<>();
    try {
      for (int i = startChar; i < endChar; i++) {
        if (fst.findTargetArc(dictionaryChar(text.charAt(i)), arc, arc, i == startChar, reader) == null) break;
        output += arc.output();
        if (arc.isFinal()) {
          DICTIONARY.lookupWordIds((int) (output + arc.nextFinalOutput()), ids);
          int length = Character.codePointCount(text, startChar, i + 1);
          for (int k = 0; k < ids.length; k++) {
            int id = ids.ints[ids.offset + k];
            found.add(new Node(pos, length, DICTIONARY.getLeftId(id), DICTIONARY.getRightId(id),
                DICTIONARY.getWordCost(id), id, -1));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading Kuromoji's bundled dictionary", e);
    }
    for (Node n : found) {
      add(n, ending);
      matched = true;
    }
    return matched;
  }

  /**
   * The character as Kuromoji's dictionary spells it. IPADIC's sources are EUC-JP, and the two
   * builds decode one code differently: 0xA1BD is U+2015 (―, horizontal bar) for janome (Python's
   * codec) and U+2014 (—, em dash) for Kuromoji (Java's); no other code differs. So a ― of the text
   * is looked up as —, and a — of the text matches no entry, as in janome.
   */
  private static int dictionaryChar(char c) {
    if (c == '\u2015') return '\u2014';
    if (c == '\u2014') return 0xFFFF;
    return c;
  }

  /** janome's unknown words at {@code pos}: one per unknown entry of each category that applies. */
  private void addUnknownWords(int from, int size, int pos, boolean matched, List<Node>[] ending, IntsRef ids) {
    for (Membership m : CharCategories.of(cps[from + pos])) {
      Category c = m.category();
      if (matched && !c.invoke) continue;
      int length = c.group ? JanomeTokenizer.MAX_UNKNOWN_LENGTH : c.length;
      int end = pos + 1;
      int bound = Math.min(size, pos + length + 1);
      while (end < bound && CharCategories.continues(c, cps[from + end])) end++;
      UNKNOWN.lookupWordIds(c.kuromojiClass(), ids);
      for (int k = 0; k < ids.length; k++) {
        int id = ids.ints[ids.offset + k];
        add(new Node(pos, end - pos, UNKNOWN.getLeftId(id), UNKNOWN.getRightId(id), UNKNOWN.getWordCost(id), -1, id),
            ending);
      }
    }
  }

  /** janome's {@code Lattice.add}: the cheapest way in, then the node ends where it ends. */
  private static void add(Node node, List<Node>[] ending) {
    connect(node, ending[node.start]);
    ending[node.start + node.length].add(node);
  }

  private static void connect(Node node, List<Node> into) {
    long min = INFINITE - node.cost;
    Node best = null;
    for (Node e : into) {
      long cost = e.minCost + COSTS.get(e.rightId, node.leftId);
      if (cost < min) {
        min = cost;
        best = e;
      } else if (cost == min && best != null && best.wordId >= 0 && e.wordId >= 0 && e.wordId < best.wordId) {
        best = e;
      }
    }
    node.minCost = min + node.cost;
    node.back = best;
  }

  private Token token(int from, Node n) {
    String surface = text.substring(charAt[from + n.start], charAt[from + n.start + n.length]);
    String pos = n.wordId >= 0 ? DICTIONARY.getPartOfSpeech(n.wordId) : UNKNOWN.getPartOfSpeech(n.unknownId);
    return new Token(surface, JanomeTokenizer.janomePartOfSpeech(pos));
  }
}
