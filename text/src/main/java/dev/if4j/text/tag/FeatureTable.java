package dev.if4j.text.tag;

/**
 * An open-addressing map from feature string to row number, looked up by any {@link CharSequence}.
 *
 * <p>The tagger builds each of its fourteen feature strings per token in one reused {@link
 * StringBuilder}; looking that builder up directly saves allocating a {@code String} per feature.
 * The hash is {@link String#hashCode()}'s polynomial, so a stored key's cached hash and a builder's
 * computed hash agree. Filled once while loading, then only read: safe to share between threads
 * once published through a final field.
 */
final class FeatureTable {
  private String[] keys;
  private int[] hashes;
  private int[] rows;
  private int size;
  private int mask;

  FeatureTable(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new String[cap];
    hashes = new int[cap];
    rows = new int[cap];
    mask = cap - 1;
  }

  int size() {
    return size;
  }

  /** Maps {@code key} to {@code row}; returns the row it replaced, or -1. */
  int put(String key, int row) {
    if ((size + 1) * 2 > keys.length) grow();
    int h = key.hashCode();
    int i = spread(h) & mask;
    while (keys[i] != null) {
      if (hashes[i] == h && keys[i].equals(key)) {
        int old = rows[i];
        rows[i] = row;
        return old;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    hashes[i] = h;
    rows[i] = row;
    size++;
    return -1;
  }

  /** The row of the feature spelled by {@code key}, or -1. */
  int get(CharSequence key) {
    int h = 0;
    for (int k = 0, n = key.length(); k < n; k++) h = 31 * h + key.charAt(k);
    int i = spread(h) & mask;
    String probe;
    while ((probe = keys[i]) != null) {
      if (hashes[i] == h && probe.contentEquals(key)) return rows[i];
      i = (i + 1) & mask;
    }
    return -1;
  }

  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 15);
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldRows = rows;
    int cap = keys.length << 1;
    keys = new String[cap];
    hashes = new int[cap];
    rows = new int[cap];
    mask = cap - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) put(oldKeys[i], oldRows[i]);
    }
  }

  @Override
  public String toString() {
    return "FeatureTable[" + size + " features]";
  }
}
