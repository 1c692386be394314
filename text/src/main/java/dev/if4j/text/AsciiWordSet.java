package dev.if4j.text;

import java.util.Collection;
import java.util.List;

/**
 * A list of distinct words made of ASCII letters, digits and '_', asked where a region of a text
 * is among them without cutting the region out: a stopword list finds the lower case of an ASCII
 * word run, IFBench's person names are found by position. Case-sensitive.
 *
 * <p>Immutable and thread-safe.
 */
public final class AsciiWordSet {
  private final int longest;
  /** Open addressing by {@link String#hashCode}: a region's hash finds its word without a copy. */
  private final String[] slots;
  private final int[] slotHashes;
  /** Per slot, the word's position in the list the set was made from. */
  private final int[] slotPositions;

  private AsciiWordSet(List<String> list) {
    int max = 0;
    for (String w : list) {
      if (w.isEmpty() || !w.chars().allMatch(AsciiWordSet::isAsciiWordChar)) {
        throw new IllegalArgumentException("not a word of ASCII letters, digits and '_': '" + w + "'");
      }
      max = Math.max(max, w.length());
    }
    longest = max;
    int capacity = Integer.highestOneBit(Math.max(list.size(), 4) * 4);
    slots = new String[capacity];
    slotHashes = new int[capacity];
    slotPositions = new int[capacity];
    for (int position = 0; position < list.size(); position++) {
      String w = list.get(position);
      int i = mix(w.hashCode()) & (capacity - 1);
      while (slots[i] != null && !slots[i].equals(w)) i = (i + 1) & (capacity - 1);
      if (slots[i] != null) continue; // a repeated word keeps its first position
      slots[i] = w;
      slotHashes[i] = w.hashCode();
      slotPositions[i] = position;
    }
  }

  private static int mix(int h) {
    return h ^ (h >>> 7) ^ (h >>> 16);
  }

  /** The set of {@code words} (each a non-empty run of ASCII letters, digits and '_'), positions kept. */
  public static AsciiWordSet of(Collection<String> words) {
    return new AsciiWordSet(List.copyOf(words));
  }

  /** Whether {@code c} is an ASCII letter. */
  public static boolean isAsciiLetter(int c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  }

  /** Whether {@code c} is an ASCII letter, digit or '_' (an ASCII {@code \w} character). */
  public static boolean isAsciiWordChar(int c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_';
  }

  /**
   * The position of {@code s[from, to)} in the list the set was made from (of its first
   * occurrence), or -1 if it is not in the set.
   */
  public int positionOf(CharSequence s, int from, int to) {
    return find(s, from, to, false);
  }

  /**
   * Whether {@code s[from, to)} with its ASCII capitals lower-cased is in the set. Other
   * characters are compared as they are: the caller lower-cases a region with non-ASCII
   * characters itself, as their lower case may be ASCII (the Kelvin sign is a k).
   */
  public boolean containsAsciiLowerCase(CharSequence s, int from, int to) {
    return find(s, from, to, true) >= 0;
  }

  /** The list position of the region (ASCII capitals lower-cased when {@code lower}), or -1. */
  private int find(CharSequence s, int from, int to, boolean lower) {
    int length = to - from;
    if (length <= 0 || length > longest) return -1;
    int h = 0;
    for (int k = from; k < to; k++) h = 31 * h + fold(s.charAt(k), lower);
    int mask = slots.length - 1;
    for (int i = mix(h) & mask; slots[i] != null; i = (i + 1) & mask) {
      if (slotHashes[i] == h && regionEquals(s, from, slots[i], length, lower)) return slotPositions[i];
    }
    return -1;
  }

  private static char fold(char c, boolean lower) {
    return lower && c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
  }

  private static boolean regionEquals(CharSequence s, int from, String w, int length, boolean lower) {
    if (w.length() != length) return false;
    for (int k = 0; k < length; k++) {
      if (fold(s.charAt(from + k), lower) != w.charAt(k)) return false;
    }
    return true;
  }
}
