package dev.if4j.text.langdetect;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The per-n-gram language probabilities ({@code word_lang_prob_map} in Python), built for the hot
 * path.
 *
 * <p>Keys: an n-gram is one to three code points, packed into a {@code long} as 21-bit fields of
 * {@code cp + 1} (so every field is non-zero and the length is implicit). Extraction can then look
 * n-grams up without building strings, in an open-addressing table of primitive longs; 1-grams of
 * the BMP, 2-grams of ASCII and 3-grams of ASCII letters and spaces, the most frequent lookups,
 * have direct tables (the 3-grams' in 630 KB).
 *
 * <p>Values: a lookup gives an n-gram's <em>code</em>, an int that says where its probabilities
 * are. The 87,598 n-grams have on average 2.1 non-zero probabilities out of 55: most are stored
 * sparsely, as a record in a flat {@code double[]} (the entry count, then (language index,
 * probability) pairs). But the n-grams a detection draws most often ({@code e}, {@code th}...)
 * are known to most languages; the few thousand with at least {@link #DENSE_MIN} languages get a
 * dense row (zeros included, about 2 MB in all), so that their update is one vectorised loop.
 * A detection expands the sparse records it draws into dense rows of its own.
 */
final class NgramTable {
  /** What a lookup returns for an n-gram that no profile has. */
  static final int ABSENT = Integer.MIN_VALUE;
  /** N-grams known to at least this many languages get a dense row. */
  static final int DENSE_MIN = 8;

  /** Packs one code point into an n-gram key (see the class comment). */
  static long append(long key, int cp) {
    return (key << 21) | (cp + 1);
  }

  /** Interleaved (key, code) pairs: a probe touches one cache line. Key 0 = empty. */
  private final long[] slots;
  private final int mask;
  private final int shift;
  /** The number of languages: the width of a dense row. */
  private final int width;
  /** Dense rows, back to back; code {@code c >= 0} is the row at {@code dense[c]}. */
  private final double[] dense;
  /**
   * Sparse records {@code [count, lang0, prob0, lang1, prob1, ...]}; code {@code c < 0} (other
   * than {@link #ABSENT}) is the record at {@code records[~c]}.
   */
  private final double[] records;
  private final int ngramCount;

  /**
   * Normalised ASCII text is letters and spaces only: their class in a 54-class alphabet is
   * space 0, A-Z 1 to 26, a-z 27 to 52; every other ASCII character is class 53.
   */
  private static final byte[] ASCII_CLASS = asciiClasses();
  private static final int CLASSES = 54;
  private static final int OTHER_ASCII = 53;

  /**
   * Direct codes of BMP 1-grams, of ASCII 2-grams and of ASCII 3-grams by class. 3-grams with a
   * class-53 character are {@link #ABSENT} there; {@link #asciiTrigramsExact} says whether that
   * is true of the profiles (it is of langdetect's, built from normalised text).
   */
  private final int[] unigrams = new int[1 << 16];
  private final int[] asciiBigrams = new int[1 << 14];
  private final int[] asciiTrigrams = new int[CLASSES * CLASSES * CLASSES];
  private final boolean asciiTrigramsExact;

  private NgramTable(long[] slots, int width, double[] dense, double[] records, int ngramCount) {
    this.slots = slots;
    int capacity = slots.length / 2;
    this.mask = capacity - 1;
    this.shift = 64 - Integer.numberOfTrailingZeros(capacity);
    this.width = width;
    this.dense = dense;
    this.records = records;
    this.ngramCount = ngramCount;
    this.asciiTrigramsExact = fillDirectTables();
  }

  /** A table read back from {@link #writeTo}: every array as it was, nothing derived again. */
  private NgramTable(SnapshotInput in) throws IOException {
    this.width = in.getInt();
    this.ngramCount = in.getInt();
    this.slots = longs(in);
    int capacity = slots.length / 2;
    if (capacity < 4 || Integer.bitCount(capacity) != 1 || ngramCount < 0 || ngramCount > capacity / 2
        || width < 1 || width > Byte.MAX_VALUE + 1) {
      throw new IllegalArgumentException("bad table shape");
    }
    this.mask = capacity - 1;
    this.shift = 64 - Integer.numberOfTrailingZeros(capacity);
    this.dense = doubles(in);
    this.records = doubles(in);
    in.getInts(unigrams);
    in.getInts(asciiBigrams);
    in.getInts(asciiTrigrams);
    this.asciiTrigramsExact = in.get() != 0;
    if (dense.length % width != 0) throw new IllegalArgumentException("bad dense rows");
  }

  /**
   * Writes the whole table, derived lookups included, for {@link #readFrom}: reading it back is
   * bulk copies, where building it means parsing 55 JSON files (most of a short run's start-up).
   */
  void writeTo(ByteBuffer out) {
    out.putInt(width).putInt(ngramCount);
    out.putInt(slots.length).asLongBuffer().put(slots);
    out.position(out.position() + 8 * slots.length);
    putDoubles(out, dense);
    putDoubles(out, records);
    putInts(out, unigrams);
    putInts(out, asciiBigrams);
    putInts(out, asciiTrigrams);
    out.put((byte) (asciiTrigramsExact ? 1 : 0));
  }

  /** How many bytes {@link #writeTo} writes. */
  int serializedSize() {
    return 4 + 4 + 4 + 8 * slots.length + 4 + 8 * dense.length + 4 + 8 * records.length
        + 4 * (unigrams.length + asciiBigrams.length + asciiTrigrams.length) + 1;
  }

  /** The table {@link #writeTo} wrote; {@link IllegalArgumentException} or a buffer exception when it is not one. */
  static NgramTable readFrom(SnapshotInput in) throws IOException {
    return new NgramTable(in);
  }

  private static void putDoubles(ByteBuffer out, double[] values) {
    out.putInt(values.length).asDoubleBuffer().put(values);
    out.position(out.position() + 8 * values.length);
  }

  private static void putInts(ByteBuffer out, int[] values) {
    out.asIntBuffer().put(values);
    out.position(out.position() + 4 * values.length);
  }

  private static long[] longs(SnapshotInput in) throws IOException {
    long[] values = new long[length(in, 8)];
    in.getLongs(values);
    return values;
  }

  private static double[] doubles(SnapshotInput in) throws IOException {
    double[] values = new double[length(in, 8)];
    in.getDoubles(values);
    return values;
  }

  /** An array's length, which must fit in what is left (a damaged file must not ask for gigabytes). */
  private static int length(SnapshotInput in, int bytesEach) throws IOException {
    int n = in.getInt();
    if (n < 0 || (long) n * bytesEach > in.remaining()) throw new IllegalArgumentException("bad array length");
    return n;
  }

  /** Fills the direct tables from the hash table; whether the ASCII 3-gram table is exact. */
  private boolean fillDirectTables() {
    for (int cp = 0; cp < unigrams.length; cp++) unigrams[cp] = find(append(0, cp));
    for (int ab = 0; ab < asciiBigrams.length; ab++) {
      asciiBigrams[ab] = find(append(append(0, ab >>> 7), ab & 0x7F));
    }
    Arrays.fill(asciiTrigrams, ABSENT);
    boolean exact = true;
    for (int i = 0; i < slots.length; i += 2) {
      long key = slots[i];
      // A 3-gram's key has its first field in bits 42 to 62; a field is the code point + 1.
      if (key >>> 42 == 0) continue;
      int a = (int) (key >>> 42) - 1;
      int b = (int) (key >>> 21 & 0x1FFFFF) - 1;
      int c = (int) (key & 0x1FFFFF) - 1;
      if ((a | b | c) >= 0x80) continue;
      if (ASCII_CLASS[a] == OTHER_ASCII || ASCII_CLASS[b] == OTHER_ASCII
          || ASCII_CLASS[c] == OTHER_ASCII) {
        exact = false;
      } else {
        asciiTrigrams[trigramIndex(a, b, c)] = (int) slots[i + 1];
      }
    }
    return exact;
  }

  private static byte[] asciiClasses() {
    byte[] classes = new byte[0x80];
    Arrays.fill(classes, (byte) OTHER_ASCII);
    classes[' '] = 0;
    for (int i = 0; i < 26; i++) {
      classes['A' + i] = (byte) (1 + i);
      classes['a' + i] = (byte) (27 + i);
    }
    return classes;
  }

  /** The index of the ASCII 3-gram {@code a b c} in {@link #asciiTrigrams}. */
  private static int trigramIndex(int a, int b, int c) {
    return (ASCII_CLASS[a] * CLASSES + ASCII_CLASS[b]) * CLASSES + ASCII_CLASS[c];
  }

  private static int slot(long key, int shift) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
  }

  /** The code of an n-gram key, or {@link #ABSENT} when no profile has it. */
  int find(long key) {
    int i = slot(key, shift);
    while (true) {
      long k = slots[2 * i];
      if (k == key) return (int) slots[2 * i + 1];
      if (k == 0) return ABSENT;
      i = (i + 1) & mask;
    }
  }

  // The three lookups of the n-gram scan. Each is kept tiny (the common case inline, the rest in
  // a method of its own) so that the JIT always inlines it: when it did not, the scan ran at
  // half speed in some runs.

  /** {@link #find} of the 1-gram {@code a}. */
  int find(int a) {
    return a < 1 << 16 ? unigrams[a] : find(append(0, a));
  }

  /** {@link #find} of the 2-gram {@code a b}. */
  int find(int a, int b) {
    return (a | b) < 0x80 ? asciiBigrams[(a << 7) | b] : findBeyondAscii(a, b);
  }

  /** {@link #find} of the 3-gram {@code a b c}. */
  int find(int a, int b, int c) {
    return (a | b | c) < 0x80 && asciiTrigramsExact
        ? asciiTrigrams[trigramIndex(a, b, c)]
        : findBeyondAscii(a, b, c);
  }

  private int findBeyondAscii(int a, int b) {
    return find(append(append(0, a), b));
  }

  private int findBeyondAscii(int a, int b, int c) {
    return find(append(append(append(0, a), b), c));
  }

  /** How many distinct n-grams the profiles have. */
  int ngramCount() {
    return ngramCount;
  }

  /** The number of languages: the width of a dense row. */
  int width() {
    return width;
  }

  /** The dense rows: code {@code c >= 0} is the row at {@code denseRows()[c]}. Not to be modified. */
  double[] denseRows() {
    return dense;
  }

  /**
   * Writes the sparse record of code {@code code < 0} as a dense row at {@code out[at]}: its
   * probabilities where it has them, zeros elsewhere.
   */
  void expandSparse(int code, double[] out, int at) {
    Arrays.fill(out, at, at + width, 0.0);
    int record = ~code;
    int n = (int) records[record];
    for (int e = 0; e < n; e++) {
      int entry = record + 1 + 2 * e;
      out[at + (int) records[entry]] = records[entry + 1];
    }
  }

  /**
   * True when some language before {@code language} (a lower index) has at least its probability
   * for every n-gram code of {@code codes} (see {@link LanguageDetector#detects}).
   */
  boolean outranked(int[] codes, int language) {
    return atLeastAsLikely(codes, language) != 0;
  }

  /**
   * The languages before {@code language} that have at least its probability for every n-gram code
   * of {@code codes}, as bits (bit {@code j}: language {@code j}; the first 64 languages only).
   * Stops as soon as none is left, usually within the first n-grams of a text in that language.
   */
  long atLeastAsLikely(int[] codes, int language) {
    long left = language >= 64 ? -1L : (1L << language) - 1;
    for (int i = 0; i < codes.length && left != 0; i++) {
      int code = codes[i];
      if (code >= 0) {
        double p = dense[code + language];
        if (p == 0.0) continue;
        for (long bits = left; bits != 0; bits &= bits - 1) {
          int j = Long.numberOfTrailingZeros(bits);
          if (dense[code + j] < p) left &= ~(1L << j);
        }
      } else {
        left &= sparseAtLeast(~code, language);
      }
    }
    return left;
  }

  /** The languages of sparse record {@code record} with at least {@code language}'s probability (all when it has none). */
  private long sparseAtLeast(int record, int language) {
    int n = (int) records[record];
    double p = 0.0;
    for (int e = 0; e < n; e++) {
      if ((int) records[record + 1 + 2 * e] == language) p = records[record + 2 + 2 * e];
    }
    if (p == 0.0) return -1L;
    long at = 0;
    for (int e = 0; e < n; e++) {
      int j = (int) records[record + 1 + 2 * e];
      if (j < 64 && records[record + 2 + 2 * e] >= p) at |= 1L << j;
    }
    return at;
  }

  /** The dense probability row of an n-gram key (zeros where a language lacks it), or null. */
  double[] probabilities(long key) {
    int code = find(key);
    if (code == ABSENT) return null;
    if (code >= 0) return Arrays.copyOfRange(dense, code, code + width);
    double[] out = new double[width];
    int record = ~code;
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

    /** The table, for languages {@code 0 .. width - 1}. */
    NgramTable build(int width) {
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
      // Codes, in row order: a dense row for a widely known n-gram, a sparse record otherwise.
      int denseRows = 0;
      int sparseLength = 0;
      for (int r = 0; r < size; r++) {
        int n = rowStart[r + 1] - rowStart[r];
        if (n >= DENSE_MIN) {
          denseRows++;
        } else {
          sparseLength += 1 + 2 * n;
        }
      }
      double[] dense = new double[denseRows * width];
      double[] records = new double[sparseLength];
      int[] code = new int[size];
      int denseAt = 0;
      int sparseAt = 0;
      for (int r = 0; r < size; r++) {
        int n = rowStart[r + 1] - rowStart[r];
        if (n >= DENSE_MIN) {
          code[r] = denseAt;
          for (int e = rowStart[r]; e < rowStart[r + 1]; e++) dense[denseAt + lang[e]] = prob[e];
          denseAt += width;
        } else {
          code[r] = ~sparseAt;
          records[sparseAt++] = n;
          for (int e = rowStart[r]; e < rowStart[r + 1]; e++) {
            records[sparseAt++] = lang[e];
            records[sparseAt++] = prob[e];
          }
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
        finalSlots[2 * i + 1] = code[rowOfSlot[j]];
      }
      return new NgramTable(finalSlots, width, dense, records, size);
    }
  }
}
