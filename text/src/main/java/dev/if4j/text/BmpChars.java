package dev.if4j.text;

import java.util.function.IntUnaryOperator;

/**
 * A mapping of every BMP char to a BMP char, looked up rather than computed, made as {@link
 * BmpBits} makes its table: Latin-1 at once, every other block of 256 chars on the first lookup
 * of one of its chars. Thread-safe in the same way.
 */
public final class BmpChars {
  private static final int BLOCK = 256;

  private final IntUnaryOperator mapping;
  private final char[] latin1;
  private final Block[] blocks = new Block[0x10000 / BLOCK];

  private record Block(char[] chars) {}

  /** The table of {@code mapping}, which must map each BMP code point to a BMP code point. */
  public BmpChars(IntUnaryOperator mapping) {
    this.mapping = mapping;
    this.latin1 = charsOf(0);
  }

  /** {@code (char) mapping.applyAsInt(c)}. */
  public char apply(char c) {
    if (c < BLOCK) return latin1[c];
    Block block = blocks[c / BLOCK];
    if (block == null) block = make(c / BLOCK);
    return block.chars[c % BLOCK];
  }

  private Block make(int index) {
    Block block = new Block(charsOf(index));
    blocks[index] = block;
    return block;
  }

  private char[] charsOf(int index) {
    char[] chars = new char[BLOCK];
    int first = index * BLOCK;
    for (int i = 0; i < BLOCK; i++) chars[i] = (char) mapping.applyAsInt(first + i);
    return chars;
  }
}
