package dev.if4j.text;

import java.util.function.IntPredicate;

/**
 * A yes/no property of every BMP char, looked up rather than computed: the JDK's Unicode
 * predicates walk several tables per call, for every char of a text. Latin-1's bits are made at
 * once; every other block of 256 chars on the first lookup of one of its chars. A table of the whole
 * BMP, made on first use, cost a short run 2 ms of its main thread (65,536 chars, in the
 * interpreter), where its texts use a few blocks (English text with curly quotes: one).
 *
 * <p>Thread-safe: a block reaches other threads through a final field, so it is seen whole; two
 * threads may make the same block, and keep either.
 */
public final class BmpBits {
  private static final int BLOCK = 256;

  private final IntPredicate property;
  private final long[] latin1;
  private final Block[] blocks = new Block[0x10000 / BLOCK];

  private record Block(long[] bits) {}

  /** The table of {@code property}, asked of BMP code points only ({@code 0..0xFFFF}). */
  public BmpBits(IntPredicate property) {
    this.property = property;
    this.latin1 = bitsOf(0);
  }

  /** {@code property.test(c)}. */
  public boolean test(char c) {
    if (c < BLOCK) return (latin1[c >>> 6] >>> c & 1) != 0;
    Block block = blocks[c / BLOCK];
    if (block == null) block = make(c / BLOCK);
    return (block.bits[(c >>> 6) & 3] >>> c & 1) != 0;
  }

  private Block make(int index) {
    Block block = new Block(bitsOf(index));
    blocks[index] = block;
    return block;
  }

  private long[] bitsOf(int index) {
    long[] bits = new long[BLOCK / 64];
    int first = index * BLOCK;
    for (int i = 0; i < BLOCK; i++) {
      if (property.test(first + i)) bits[i >>> 6] |= 1L << i;
    }
    return bits;
  }
}
