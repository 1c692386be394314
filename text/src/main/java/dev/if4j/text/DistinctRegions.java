package dev.if4j.text;

/**
 * Counts the distinct substrings among regions of one text without cutting them out: {@code
 * len(set(text[a:b] for a, b in regions))} with no string made per region. Each region is kept as
 * its bounds and found again by a hash of its characters, then compared character by character.
 *
 * <p>Not thread-safe; made for one count.
 */
public final class DistinctRegions {
  private final CharSequence text;
  /** Per slot: region start + 1 (0 marks an empty slot), its end, and its hash. */
  private int[] starts;
  private int[] ends;
  private int[] hashes;
  private int size;

  /** For regions of {@code text}; {@code expected} is how many distinct ones there may be. */
  public DistinctRegions(CharSequence text, int expected) {
    this.text = text;
    int capacity = 16;
    while (capacity < expected * 2L && capacity < (1 << 30)) capacity <<= 1;
    starts = new int[capacity];
    ends = new int[capacity];
    hashes = new int[capacity];
  }

  /** Adds {@code text[from, to)}; whether it was not there yet. */
  public boolean add(int from, int to) {
    if ((size + 1) * 2L > starts.length) grow();
    int h = hash(from, to);
    int mask = starts.length - 1;
    for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
      if (starts[i] == 0) {
        starts[i] = from + 1;
        ends[i] = to;
        hashes[i] = h;
        size++;
        return true;
      }
      if (hashes[i] == h && sameChars(starts[i] - 1, ends[i], from, to)) return false;
    }
  }

  /** How many distinct substrings were added. */
  public int size() {
    return size;
  }

  private int hash(int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) h = 31 * h + text.charAt(i);
    return h;
  }

  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private boolean sameChars(int a, int aEnd, int b, int bEnd) {
    if (aEnd - a != bEnd - b) return false;
    for (; a < aEnd; a++, b++) {
      if (text.charAt(a) != text.charAt(b)) return false;
    }
    return true;
  }

  private void grow() {
    int[] oldStarts = starts;
    int[] oldEnds = ends;
    int[] oldHashes = hashes;
    starts = new int[oldStarts.length * 2];
    ends = new int[starts.length];
    hashes = new int[starts.length];
    int mask = starts.length - 1;
    for (int j = 0; j < oldStarts.length; j++) {
      if (oldStarts[j] == 0) continue;
      int i = mix(oldHashes[j]) & mask;
      while (starts[i] != 0) i = (i + 1) & mask;
      starts[i] = oldStarts[j];
      ends[i] = oldEnds[j];
      hashes[i] = oldHashes[j];
    }
  }
}
