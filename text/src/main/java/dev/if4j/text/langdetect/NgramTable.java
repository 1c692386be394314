package dev.if4j.text.langdetect;

import java.util.Arrays;

/**
 * The per-n-gram language probabilities ({@code word_lang_prob_map} in Python), built for the hot
 * path.
 *
 * <p>Keys: an n-gram is one to three code points, packed into a {@code long} as 21-bit fields of
 * {@code cp + 1} (so every field is non-zero and the length is implicit). Extraction can then look
 * n-grams up without building strings, in an open-addressing table of primitive longs; 1-grams of
 * the BMP and 2-grams of ASCII, the most frequent lookups, have direct tables.
 *
 * <p>Values: the 87,598 n-grams have on average 2.1 non-zero probabilities out of 55, so each is
 * stored sparsely, as one record in a flat {@code double[]}: the entry count, then (language index,
 * probability) pairs. An n-gram is identified by its record's offset, so the random draws of the
 * detection loop each touch one place in memory (about 3 MB in all, against 38 MB for dense rows).
 * A zero entry would contribute a factor of exactly {@code weight + 0.0 == weight}, so leaving
 * zeros out changes no arithmetic.
 */
final class NgramTable {
  /** Packs one code point into an n-gram key (see the class comment). */
  static long append(long key, int cp) {
    return (key << 21) | (cp + 1);
  }

  /** Interleaved (key, record offset) pairs: a probe touches one cache line. Key 0 = empty. */
  private final long[] slots;
  private final int mask;
  private final int shift;
  /** Records: {@code [count, lang0, prob0, lang1, prob1, ...]} per n-gram. */
  private final double[] records;
  private final int ngramCount;

  /** Direct record offsets of BMP 1-grams and of ASCII 2-grams (-1 = none). */
  private final int[] unigrams = new int[1 << 16];
  private final int[] asciiBigrams = new int[1 << 14];

  private NgramTable(long[] slots, double[] records, int ngramCount) {
    this.slots = slots;
    int capacity = slots.length / 2;
    this.mask = capacity - 1;
    this.shift = 64 - Integer.numberOfTrailingZeros(capacity);
    this.records = records;
    this.ngramCount = ngramCount;
    for (int cp = 0; cp < unigrams.length; cp++) unigrams[cp] = find(append(0, cp));
    for (int ab = 0; ab < asciiBigrams.length; ab++) {
      asciiBigrams[ab] = find(append(append(0, ab >>> 7), ab & 0x7F));
    }
  }

  private static int slot(long key, int shift) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
  }

  /** The record of an n-gram key, or -1 when no profile has it. */
  int find(long key) {
    int i = slot(key, shift);
    while (true) {
      long k = slots[2 * i];
      if (k == key) return (int) slots[2 * i + 1];
      if (k == 0) return -1;
      i = (i + 1) & mask;
    }
  }

  /** {@link #find} of the 1-gram {@code a}. */
  int find(int a) {
    return a < unigrams.length ? unigrams[a] : find(append(0, a));
  }

  /** {@link #find} of the 2-gram {@code a b}. */
  int find(int a, int b) {
    return (a | b) < 0x80 ? asciiBigrams[(a << 7) | b] : find(append(append(0, a), b));
  }

  /** {@link #find} of the 3-gram {@code a b c}. */
  int find(int a, int b, int c) {
    return find(append(append(append(0, a), b), c));
  }

  /** How many distinct n-grams the profiles have. */
  int ngramCount() {
    return ngramCount;
  }

  /**
   * {@code prob[i] *= weight + p[i]} for the languages listed in {@code active[0..activeCount)}
   * (the others are exactly 0, and stay 0 whatever they are multiplied by), for the n-gram whose
   * record is at {@code record}. Most languages lack most n-grams ({@code p[i] == 0}: the factor
   * is exactly {@code weight}), so every probability is first multiplied by {@code weight} in one
   * simple loop, and the few languages that have the n-gram are then recomputed from their saved
   * old values: each result is the single product Python computes. {@code saved} is scratch space
   * of at least the number of languages.
   */
  void multiply(
      int record, double[] prob, double weight, int[] active, int activeCount, double[] saved) {
    double[] r = records;
    int n = (int) r[record];
    for (int e = 0; e < n; e++) saved[e] = prob[(int) r[record + 1 + 2 * e]];
    if (activeCount == prob.length) {
      for (int i = 0; i < prob.length; i++) prob[i] *= weight;
    } else {
      for (int k = 0; k < activeCount; k++) prob[active[k]] *= weight;
    }
    for (int e = 0; e < n; e++) {
      int at = record + 1 + 2 * e;
      prob[(int) r[at]] = saved[e] * (weight + r[at + 1]);
    }
  }

  /** The dense probability row of an n-gram key (zeros where a language lacks it), or null. */
  double[] probabilities(long key, int languages) {
    int record = find(key);
    if (record < 0) return null;
    double[] out = new double[languages];
    int n = (int) records[record];
    for (int e = 0; e < n; e++) {
      out[(int) records[record + 1 + 2 * e]] = records[record + 2 + 2 * e];
    }
    return out;
  }

  /** Collects (n-gram, language, probability) triples, then freezes them into a table. */
  static final class Builder {
    private long[] keys = new long[1 << 17];
    private int[] rowOfSlot = new int[1 << 17];
    private int size;
    private int[] entryRow = new int[1 << 16];
    private byte[] entryLang = new byte[1 << 16];
    private double[] entryProb = new double[1 << 16];
    private int entries;

    /** Sets the probability of {@code lang} for the n-gram {@code key}; a repeat overwrites. */
    void put(long key, int lang, double prob) {
      if (lang < 0 || lang > Byte.MAX_VALUE) throw new IllegalArgumentException("too many languages");
      int row = rowFor(key);
      if (entries == entryRow.length) {
        int n = entries * 2;
        entryRow = Arrays.copyOf(entryRow, n);
        entryLang = Arrays.copyOf(entryLang, n);
        entryProb = Arrays.copyOf(entryProb, n);
      }
      entryRow[entries] = row;
      entryLang[entries] = (byte) lang;
      entryProb[entries] = prob;
      entries++;
    }

    private int rowFor(long key) {
      if ((size + 1) * 2 > keys.length) grow();
      int shift = 64 - Integer.numberOfTrailingZeros(keys.length);
      int mask = keys.length - 1;
      int i = slot(key, shift);
      while (keys[i] != 0) {
        if (keys[i] == key) return rowOfSlot[i];
        i = (i + 1) & mask;
      }
      keys[i] = key;
      rowOfSlot[i] = size;
      return size++;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldRows = rowOfSlot;
      keys = new long[oldKeys.length * 2];
      rowOfSlot = new int[keys.length];
      int shift = 64 - Integer.numberOfTrailingZeros(keys.length);
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldKeys[j] == 0) continue;
        int i = slot(oldKeys[j], shift);
        while (keys[i] != 0) i = (i + 1) & mask;
        keys[i] = oldKeys[j];
        rowOfSlot[i] = oldRows[j];
      }
    }

    NgramTable build() {
      // Counting sort of the entries by row, stable, so each row lists languages in load order;
      // a later entry for the same (row, language) replaces the earlier one, like Python's
      // assignment into the row list.
      int[] count = new int[size + 1];
      for (int e = 0; e < entries; e++) count[entryRow[e] + 1]++;
      for (int r = 0; r < size; r++) count[r + 1] += count[r];
      int[] next = Arrays.copyOf(count, size);
      byte[] lang = new byte[entries];
      double[] prob = new double[entries];
      for (int e = 0; e < entries; e++) {
        int at = next[entryRow[e]]++;
        lang[at] = entryLang[e];
        prob[at] = entryProb[e];
      }
      // Drop repeats and zero probabilities (a zero is the same as no entry).
      int[] rowStart = new int[size + 1];
      int w = 0;
      for (int r = 0; r < size; r++) {
        rowStart[r] = w;
        int rowBegin = w;
        for (int e = count[r]; e < count[r + 1]; e++) {
          int existing = -1;
          for (int x = rowBegin; x < w; x++) {
            if (lang[x] == lang[e]) existing = x;
          }
          if (existing >= 0) {
            prob[existing] = prob[e];
          } else {
            lang[w] = lang[e];
            prob[w] = prob[e];
            w++;
          }
        }
        int kept = rowBegin;
        for (int x = rowBegin; x < w; x++) {
          if (prob[x] != 0.0) {
            lang[kept] = lang[x];
            prob[kept] = prob[x];
            kept++;
          }
        }
        w = kept;
      }
      rowStart[size] = w;
      // Flat records, in row order.
      double[] records = new double[size + 2 * w];
      int[] offset = new int[size];
      int at = 0;
      for (int r = 0; r < size; r++) {
        offset[r] = at;
        records[at++] = rowStart[r + 1] - rowStart[r];
        for (int e = rowStart[r]; e < rowStart[r + 1]; e++) {
          records[at++] = lang[e];
          records[at++] = prob[e];
        }
      }
      // Final lookup table sized for a load factor of at most 1/2.
      int capacity = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
      long[] finalSlots = new long[2 * capacity];
      int shift = 64 - Integer.numberOfTrailingZeros(capacity);
      for (int j = 0; j < keys.length; j++) {
        if (keys[j] == 0) continue;
        int i = slot(keys[j], shift);
        while (finalSlots[2 * i] != 0) i = (i + 1) & (capacity - 1);
        finalSlots[2 * i] = keys[j];
        finalSlots[2 * i + 1] = offset[rowOfSlot[j]];
      }
      return new NgramTable(finalSlots, records, size);
    }
  }
}
