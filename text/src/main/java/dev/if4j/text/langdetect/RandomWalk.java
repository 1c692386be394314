package dev.if4j.text.langdetect;

import dev.if4j.text.PyRandom;
import java.util.Arrays;

/**
 * langdetect's trials for one text ({@code Detector._detect_block}): each trial starts every
 * language at {@code 1/55}, draws a smoothing constant, then multiplies in the probabilities of
 * n-grams drawn at random, normalising after the first draw and after every fifth one, until a
 * language passes {@code 0.99999} or 1,001 draws are made.
 *
 * <p>The draws do not depend on the probabilities, so the five draws between two normalisations
 * are made first and their rows multiplied in by one pass over the languages: each language still
 * gets the same five products, one after the other, with the same roundings as Python's five
 * passes. Rows come from {@link NgramTable}'s dense rows, or are expanded here from its sparse
 * records on first draw.
 *
 * <p>Single use, single thread.
 */
final class RandomWalk {
  private static final int BLOCK = 5;

  private final NgramTable table;
  private final int[] codes;
  private final PyRandom random;
  private final int width;
  private final double[] prob;
  /** Where the rows of the current block's draws are: {@code rowArray[k][rowAt[k] + language]}. */
  private final double[][] rowArray = new double[BLOCK][];
  private final int[] rowAt = new int[BLOCK];
  /** The indexes into {@link #codes} drawn for the current block. */
  private final int[] drawn = new int[BLOCK];
  private SparseRows sparse;

  /** A walk over the n-gram codes {@code codes} (non-empty), drawing from {@code random}. */
  RandomWalk(NgramTable table, int[] codes, PyRandom random) {
    this.table = table;
    this.codes = codes;
    this.random = random;
    this.width = table.width();
    this.prob = new double[width];
  }

  /**
   * The averaged probabilities of the trials (see {@link LanguageDetector#probabilities}); with
   * {@code stopWhenDecided}, trials stop once the leader can no longer change.
   */
  double[] run(boolean stopWhenDecided) {
    double[] langprob = new double[width];
    int trials = LanguageDetector.N_TRIAL;
    for (int t = 0; t < trials; t++) {
      trial();
      for (int j = 0; j < width; j++) langprob[j] += prob[j] / trials;
      if (stopWhenDecided && t < trials - 1 && LanguageDetector.decided(langprob, trials - 1 - t)) break;
    }
    return langprob;
  }

  /** One trial, leaving its probabilities in {@link #prob}. */
  private void trial() {
    Arrays.fill(prob, 1.0 / width);
    double alpha = LanguageDetector.ALPHA_DEFAULT
        + random.gauss(0.0, 1.0) * LanguageDetector.ALPHA_WIDTH;
    double weight = alpha / LanguageDetector.BASE_FREQ;
    random.randbelow(codes.length, drawn, 1);
    draw(0);
    multiplyOne(weight);
    double max = normalize(prob);
    // i: the index of the last draw, as in Python's loop; normalisation follows draws 0, 5, 10...
    for (int i = 0; !(max > LanguageDetector.CONV_THRESHOLD || i >= LanguageDetector.ITERATION_LIMIT); ) {
      random.randbelow(codes.length, drawn, BLOCK);
      for (int k = 0; k < BLOCK; k++) draw(k);
      multiplyBlock(weight);
      i += BLOCK;
      max = normalize(prob);
    }
  }

  /**
   * {@code random.choice(ngrams)} with the block's {@code k}-th drawn index, noting where the
   * n-gram's dense row is.
   */
  private void draw(int k) {
    int code = codes[drawn[k]];
    if (code >= 0) {
      rowArray[k] = table.denseRows();
      rowAt[k] = code;
    } else {
      if (sparse == null) sparse = new SparseRows(table, width);
      // An earlier row of this block stays valid if the array grows: rows never change.
      rowAt[k] = sparse.rowOf(code);
      rowArray[k] = sparse.values();
    }
  }

  /** {@code _update_lang_prob} for draw 0 of the block: {@code prob[i] *= weight + p[i]}. */
  private void multiplyOne(double weight) {
    double[] p = prob;
    double[] a = rowArray[0];
    int ia = rowAt[0];
    for (int j = 0; j < p.length; j++) p[j] *= weight + a[ia + j];
  }

  /** {@code _update_lang_prob} for the block's five draws, in order, per language. */
  private void multiplyBlock(double weight) {
    double[] p = prob;
    double[] a = rowArray[0];
    double[] b = rowArray[1];
    double[] c = rowArray[2];
    double[] d = rowArray[3];
    double[] e = rowArray[4];
    int ia = rowAt[0];
    int ib = rowAt[1];
    int ic = rowAt[2];
    int id = rowAt[3];
    int ie = rowAt[4];
    for (int j = 0; j < p.length; j++) {
      double x = p[j] * (weight + a[ia + j]);
      x *= weight + b[ib + j];
      x *= weight + c[ic + j];
      x *= weight + d[id + j];
      p[j] = x * (weight + e[ie + j]);
    }
  }

  /**
   * {@code _normalize_prob}: divides by the plain left-to-right sum (Python 3.11's {@code sum()},
   * no compensation) and returns the new maximum. The sum must stay sequential to round as Python
   * does; the divisions get a simple loop of their own, which the JIT vectorises. The maximum is
   * taken before dividing: a correctly rounded division by a positive number never reverses an
   * order, so {@code max(p / sum) == max(p) / sum} exactly.
   */
  static double normalize(double[] prob) {
    // The sum is one chain of dependent additions and must stay one. The maximum is taken with
    // plain comparisons: Math.max's NaN and -0.0 handling (probabilities are never either) made
    // its chain longer than the sum's.
    double sum = 0.0;
    double max = 0.0;
    for (double p : prob) {
      sum += p;
      max = p > max ? p : max;
    }
    for (int j = 0; j < prob.length; j++) prob[j] = prob[j] / sum;
    return max / sum;
  }

  /** Dense copies of the sparse rows drawn so far, made on first draw. */
  private static final class SparseRows {
    private final NgramTable table;
    private final int width;
    /** Open addressing: the code (never 0: sparse codes are negative) and the row's offset. */
    private int[] keys = new int[64];
    private int[] offsets = new int[64];
    private int size;
    private double[] values;

    SparseRows(NgramTable table, int width) {
      this.table = table;
      this.width = width;
      this.values = new double[16 * width];
    }

    double[] values() {
      return values;
    }

    int rowOf(int code) {
      int mask = keys.length - 1;
      int i = slot(code, mask);
      while (true) {
        int k = keys[i];
        if (k == code) return offsets[i];
        if (k == 0) break;
        i = (i + 1) & mask;
      }
      int at = size * width;
      if (at + width > values.length) values = Arrays.copyOf(values, values.length * 2);
      table.expandSparse(code, values, at);
      keys[i] = code;
      offsets[i] = at;
      if (++size * 2 > keys.length) grow();
      return at;
    }

    /** Fibonacci hashing: the top bits of the product, as many as the table has index bits. */
    private static int slot(int key, int mask) {
      return (key * 0x9E3779B1) >>> Integer.numberOfLeadingZeros(mask);
    }

    private void grow() {
      int[] oldKeys = keys;
      int[] oldOffsets = offsets;
      keys = new int[oldKeys.length * 2];
      offsets = new int[keys.length];
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldKeys[j] == 0) continue;
        int i = slot(oldKeys[j], mask);
        while (keys[i] != 0) i = (i + 1) & mask;
        keys[i] = oldKeys[j];
        offsets[i] = oldOffsets[j];
      }
    }
  }
}
