package dev.if4j.constraints.ifbench;

import dev.if4j.constraints.BuildContext;
import dev.if4j.constraints.ConstraintType;
import dev.if4j.constraints.TypedConstraint;
import dev.if4j.constraints.Verdict;
import dev.if4j.constraints.ifeval.IfEvalArgs;
import dev.if4j.text.PyLower;
import dev.if4j.text.TextView;
import dev.if4j.text.WholeWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code ratio:overlap}: the share of the response's character trigrams that also occur in a
 * reference text is within 2 points of the given percentage.
 *
 * <p>As the reference: trigrams are of characters (code points), not words, whitespace and case
 * included ({@code nltk.ngrams} over the string), each counted once ({@code set}); the overlap is
 * {@code |R ∩ T| / |R|} for the response's set R and the reference text's set T, times 100, and
 * must satisfy {@code percentage - 2 <= overlap <= percentage + 2} in floating point. A response
 * shorter than three characters has no trigrams and is never followed.
 *
 * <p>Without a {@code reference_text} the reference raises TypeError ({@code ngrams(None, 3)}) on
 * every check: never followed, with that reason.
 *
 * <p>Fix {@value #FIX} takes trigrams of words, as a trigram overlap of texts is commonly meant:
 * character trigrams are shared by almost any two English texts ("the", "ing"), so the percentage
 * says little about copying. The words are the {@code nltk.word_tokenize} tokens with a letter or
 * digit, lower-cased; the sets, the overlap and the ± 2 points are as in the reference. A response
 * of fewer than three words has no trigrams and is not followed.
 */
public final class TrigramOverlap extends TypedConstraint {
  public static final ConstraintType TYPE = ConstraintType.define("ratio:overlap")
      .string("reference_text", "the text to share trigrams with (required)")
      .arg(NumberArg.spec("percentage",
          "the share of shared trigrams, in percent, give or take 2; missing or negative: random 1-100"))
      .factory(TrigramOverlap::new);

  /** The fix that takes trigrams of words instead of characters. */
  public static final String FIX = "overlap-word-trigrams";

  private final boolean wordTrigrams;
  /** The reference text's word trigrams, made on the first check (it needs the tokenizer). */
  private Set<List<String>> referenceWords;
  private final String referenceText;
  private final NumberArg percentage;
  private final Trigrams reference;

  TrigramOverlap(BuildContext ctx) {
    super(TYPE);
    referenceText = ctx.args().string("reference_text");
    percentage = NumberArg.givenOrDraw(ctx, "percentage", 1, 100);
    wordTrigrams = ctx.fixed(FIX);
    reference = referenceText == null || wordTrigrams ? null : Trigrams.of(referenceText);
  }

  @Override
  public String describe() {
    return "Maintain a trigram overlap of " + percentage + "% (±2%) with the provided reference text.";
  }

  @Override
  public Map<String, Object> args() {
    // get_instruction_args reports a missing reference text as None.
    return IfEvalArgs.ordered("reference_text", referenceText, "percentage", percentage.json());
  }

  @Override
  public Verdict check(TextView response) {
    if (wordTrigrams && referenceText != null) return checkWords(response);
    if (reference == null) {
      return Verdict.notFollowed(() -> "no reference_text: the reference raises TypeError (ngrams of None)");
    }
    // A loose variant is a slice of the response (or of its '*'-free form): its trigrams are
    // counted from the positions of its whole's.
    TextView whole = response.whole() != null ? response.whole() : response;
    int from = response.whole() != null ? response.from() : 0;
    long counts = whole.get(CountsAndRatiosTexts.TRIGRAM_POSITIONS)
        .count(from, from + response.text().length(), reference);
    int size = (int) (counts >>> 32);
    int shared = (int) counts;
    if (size == 0) {
      return Verdict.notFollowed(() -> "the response has no trigrams (under 3 characters)");
    }
    double overlap = (double) shared / size;
    double p = percentage.value();
    boolean ok = p - 2 <= overlap * 100 && overlap * 100 <= p + 2;
    return Verdict.of(ok, () -> shared + " of " + size + " trigrams are in the reference text ("
        + String.format(Locale.ROOT, "%.2f", overlap * 100) + "%), expected " + percentage + "% ± 2");
  }

  /** Fixed: the overlap of word trigrams (the reference takes character trigrams). */
  private Verdict checkWords(TextView response) {
    Set<List<String>> ref = referenceWords;
    if (ref == null) referenceWords = ref = wordTrigrams(response, referenceText);
    Set<List<String>> mine = wordTrigrams(response, response.text());
    if (mine.isEmpty()) return Verdict.notFollowed(() -> "the response has no word trigrams (under 3 words)");
    int shared = 0;
    for (List<String> t : mine) {
      if (ref.contains(t)) shared++;
    }
    int sharedCount = shared;
    double overlap = (double) shared / mine.size();
    double p = percentage.value();
    boolean ok = p - 2 <= overlap * 100 && overlap * 100 <= p + 2;
    return Verdict.of(ok, () -> sharedCount + " of " + mine.size() + " word trigrams are in the reference text ("
        + String.format(Locale.ROOT, "%.2f", overlap * 100) + "%), expected " + percentage + "% ± 2");
  }

  /** The distinct trigrams of the lower-cased words of {@code text}, immutable (safe to share). */
  private static Set<List<String>> wordTrigrams(TextView view, String text) {
    List<String> words = new ArrayList<>();
    for (String token : WordsAndSentencesTexts.wordTokenize(view, text)) {
      if (WholeWords.isWordToken(token)) words.add(PyLower.lower(token));
    }
    Set<List<String>> out = new HashSet<>();
    for (int i = 2; i < words.size(); i++) out.add(List.of(words.get(i - 2), words.get(i - 1), words.get(i)));
    return Set.copyOf(out);
  }

  /**
   * A text's character trigrams by position: the id ({@link Trigrams#add}) of the trigram that
   * starts at each char, plus one (0 where none does). The distinct trigrams of a slice of the text are the
   * ids of the starts whose three code points lie in it, each counted once by a stamp: a slice
   * costs one pass over ints, not a set of its own.
   */
  static final class TrigramPositions {
    private final String text;
    private final int[] idAt;
    private final Trigrams trigrams;
    private final int[] seen;
    private int stamp;
    /**
     * The reference set asked about last and whether it holds each id: a row's instruction asks
     * for its strict and loose verdicts one after the other.
     */
    private Trigrams lastReference;
    private boolean[] inLastReference;

    private TrigramPositions(String text) {
      this.text = text;
      this.idAt = new int[text.length()];
      this.trigrams = new Trigrams(Math.min(text.length(), 1 << 16));
      forEach(text, (start, key) -> idAt[start] = trigrams.add(key) + 1);
      this.seen = new int[trigrams.size()];
    }

    /** The trigrams of {@code text}. */
    static TrigramPositions of(String text) {
      return new TrigramPositions(text);
    }

    /**
     * The number of distinct trigrams of {@code text[from, to)} (the high 32 bits) and how many of
     * them {@code reference} holds (the low 32 bits). The bounds split no surrogate pair.
     */
    long count(int from, int to, Trigrams reference) {
      // The last start whose trigram ends by `to`: three code points back from it.
      int last = to;
      for (int k = 0; k < 3; k++) {
        if (last <= from) return 0; // fewer than three code points
        last -= Character.charCount(text.codePointBefore(last));
      }
      if (reference != lastReference) {
        inLastReference = trigrams.heldBy(reference);
        lastReference = reference;
      }
      boolean[] in = inLastReference;
      int s = ++stamp;
      int distinct = 0;
      int shared = 0;
      for (int p = from; p <= last; p++) {
        int id = idAt[p] - 1;
        if (id < 0 || seen[id] == s) continue;
        seen[id] = s;
        distinct++;
        if (in[id]) shared++;
      }
      return ((long) distinct << 32) | shared;
    }
  }

  /** Receives each trigram of a text: the char index of its first code point and its key. */
  @FunctionalInterface
  private interface TrigramSink {
    void accept(int start, long key);
  }

  /** Each trigram of {@code text} in order ({@code nltk.ngrams} over its code points). */
  private static void forEach(String text, TrigramSink sink) {
    int startA = -1;
    int startB = -1;
    int a = -1;
    int b = -1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (a >= 0) sink.accept(startA, ((long) a << 42) | ((long) b << 21) | c);
      startA = startB;
      startB = i;
      a = b;
      b = c;
      i += Character.charCount(c);
    }
  }

  /**
   * A set of character trigrams, each packed into a long (three 21-bit code points), numbered in
   * the order they were added (their ids: 0 to {@code size() - 1}).
   */
  static final class Trigrams {
    private long[] slots; // key + 1; 0 marks an empty slot
    private int[] slotIds;
    private long[] keys; // by id
    private int size;

    private Trigrams(int expected) {
      int cap = 16;
      while (cap < expected * 2L && cap < (1 << 30)) cap <<= 1;
      slots = new long[cap];
      slotIds = new int[cap];
      keys = new long[Math.max(16, expected)];
    }

    /** The distinct trigrams of {@code text}. */
    static Trigrams of(String text) {
      Trigrams set = new Trigrams(Math.min(text.length(), 1 << 16));
      forEach(text, (start, key) -> set.add(key));
      return set;
    }

    int size() {
      return size;
    }

    /** How many of these trigrams {@code other} holds. */
    int countShared(Trigrams other) {
      int shared = 0;
      for (int id = 0; id < size; id++) {
        if (other.contains(keys[id])) shared++;
      }
      return shared;
    }

    /**
     * Whether {@code other} holds each of these trigrams, by id: looked up from the smaller set's
     * side (a reference text is usually much shorter than the response).
     */
    boolean[] heldBy(Trigrams other) {
      boolean[] held = new boolean[size];
      if (other.size < size) {
        for (int k = 0; k < other.size; k++) {
          int id = idOf(other.keys[k]);
          if (id >= 0) held[id] = true;
        }
      } else {
        for (int id = 0; id < size; id++) held[id] = other.contains(keys[id]);
      }
      return held;
    }

    boolean contains(long key) {
      return idOf(key) >= 0;
    }

    /** The id of {@code key}, or -1 if it is not in the set. */
    private int idOf(long key) {
      long stored = key + 1;
      int mask = slots.length - 1;
      for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
        long s = slots[i];
        if (s == stored) return slotIds[i];
        if (s == 0) return -1;
      }
    }

    /** Adds {@code key} if it is new; its id either way. */
    int add(long key) {
      if ((size + 1) * 2L > slots.length) grow();
      long stored = key + 1;
      int mask = slots.length - 1;
      for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
        long s = slots[i];
        if (s == stored) return slotIds[i];
        if (s == 0) {
          if (size == keys.length) keys = Arrays.copyOf(keys, size * 2);
          keys[size] = key;
          slots[i] = stored;
          slotIds[i] = size;
          return size++;
        }
      }
    }

    private void grow() {
      long[] oldSlots = slots;
      int[] oldIds = slotIds;
      slots = new long[oldSlots.length * 2];
      slotIds = new int[slots.length];
      int mask = slots.length - 1;
      for (int j = 0; j < oldSlots.length; j++) {
        if (oldSlots[j] == 0) continue;
        int i = hash(oldSlots[j] - 1) & mask;
        while (slots[i] != 0) i = (i + 1) & mask;
        slots[i] = oldSlots[j];
        slotIds[i] = oldIds[j];
      }
    }

    private static int hash(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 29) ^ (h >>> 43));
    }
  }
}
