package dev.if4j.text;

import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * A function of the BMP's chars, looked up rather than computed: the JDK's Unicode predicates and
 * case mappings walk several tables per call, for every char of a text. Latin-1's values are made
 * at once; every other block of 256 chars on the first lookup of one of its chars. A table of the
 * whole BMP, made on first use, cost a short run 2 ms of its main thread (65,536 chars, in the
 * interpreter), where its texts use a few blocks (English text with curly quotes: one).
 *
 * <p>Thread-safe: a block reaches other threads through a final field, so it is seen whole; two
 * threads may make the same block, and keep either.
 */
public final class BmpTable {
  private static final int BLOCK = 256;

  private final IntUnaryOperator function;
  private final char[] latin1;
  private final Block[] blocks = new Block[0x10000 / BLOCK];

  private record Block(char[] values) {}

  /** The table of {@code function}, which must map each BMP code point to a BMP code point. */
  public BmpTable(IntUnaryOperator function) {
    this.function = function;
    this.latin1 = valuesOf(0);
  }

  /** The table of a yes/no property, for {@link #test}. */
  public static BmpTable of(IntPredicate property) {
    return new BmpTable(c -> property.test(c) ? 1 : 0);
  }

  /** {@code (char) function.applyAsInt(c)}. */
  public char get(char c) {
    if (c < BLOCK) return latin1[c];
    Block block = blocks[c / BLOCK];
    if (block == null) block = make(c / BLOCK);
    return block.values[c % BLOCK];
  }

  /** The property of a table made by {@link #of}. */
  public boolean test(char c) {
    return get(c) != 0;
  }

  private Block make(int index) {
    Block block = new Block(valuesOf(index));
    blocks[index] = block;
    return block;
  }

  private char[] valuesOf(int index) {
    char[] values = new char[BLOCK];
    int first = index * BLOCK;
    for (int i = 0; i < BLOCK; i++) values[i] = (char) function.applyAsInt(first + i);
    return values;
  }
}
