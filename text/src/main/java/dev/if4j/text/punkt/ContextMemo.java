package dev.if4j.text.punkt;

import java.util.Arrays;

/**
 * Punkt's answers for the candidate contexts it has judged, by their text: whether a context (the
 * word before a candidate end, the end, the token after) holds a sentence break depends on its
 * characters only, and a response's loose variants (the response less a line or its '*') share
 * nearly all of them. Given to {@link PunktSentenceTokenizer#tokenize(String, ContextMemo)} for a
 * response and its variants, it decides each shared context once.
 *
 * <p>A context is found again by a hash of its characters and then compared character by
 * character, so a collision costs a comparison, never a wrong answer. Holds one entry per distinct
 * context seen: linear in the texts given. Confined to one thread, as the response it serves.
 */
public final class ContextMemo {
  private static final int EMPTY = -1;

  private int[] table = new int[64];
  private String[] texts = new String[32];
  private int[] starts = new int[32];
  private int[] lengths = new int[32];
  private long[] hashes = new long[32];
  private boolean[] breaks = new boolean[32];
  private int size;

  public ContextMemo() {
    Arrays.fill(table, EMPTY);
  }

  /** The slot of {@code text[from, to)} in {@link #table}: its entry, or the empty slot for it. */
  int slot(String text, int from, int to, long hash) {
    int mask = table.length - 1;
    int len = to - from;
    for (int i = (int) (hash ^ hash >>> 32) & mask; ; i = (i + 1) & mask) {
      int e = table[i];
      if (e == EMPTY) return i;
      if (hashes[e] == hash && lengths[e] == len && text.regionMatches(from, texts[e], starts[e], len)) return i;
    }
  }

  /** The answer in {@code slot}: 1 for a break, 0 for none, -1 when none is kept yet. */
  int answer(int slot) {
    int e = table[slot];
    return e == EMPTY ? -1 : breaks[e] ? 1 : 0;
  }

  /** Keeps the answer for {@code text[from, to)} in the empty {@code slot} {@link #slot} gave. */
  void keep(int slot, String text, int from, int to, long hash, boolean isBreak) {
    if (size == texts.length) {
      int n = size * 2;
      texts = Arrays.copyOf(texts, n);
      starts = Arrays.copyOf(starts, n);
      lengths = Arrays.copyOf(lengths, n);
      hashes = Arrays.copyOf(hashes, n);
      breaks = Arrays.copyOf(breaks, n);
    }
    texts[size] = text;
    starts[size] = from;
    lengths[size] = to - from;
    hashes[size] = hash;
    breaks[size] = isBreak;
    table[slot] = size++;
    if (size * 2 > table.length) rehash();
  }

  private void rehash() {
    table = new int[table.length * 2];
    Arrays.fill(table, EMPTY);
    int mask = table.length - 1;
    for (int e = 0; e < size; e++) {
      int i = (int) (hashes[e] ^ hashes[e] >>> 32) & mask;
      while (table[i] != EMPTY) i = (i + 1) & mask;
      table[i] = e;
    }
  }

  /** A 64-bit hash of {@code text[from, to)}. */
  static long hash(String text, int from, int to) {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = from; i < to; i++) h = (h ^ text.charAt(i)) * 0xBF58476D1CE4E5B9L;
    return h ^ (h >>> 31);
  }
}
