package dev.if4j.text;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * CPython 3.11's {@code random.Random}: the same seed gives the same stream, draw for draw.
 *
 * <p>The reference draws from Python's Mersenne Twister when it fills a missing argument and
 * inside langdetect, so matching its verdicts needs the generator itself and every derived method
 * the reference calls, with the exact number of 32-bit outputs each one consumes. Integer seeding
 * follows {@code random.seed(int)}: the absolute value is split into little-endian 32-bit words and
 * fed to MT19937's {@code init_by_array} (zero is the one-word key {@code [0]}).
 *
 * <p><b>Not thread-safe</b>, like Python's: one instance per thread (or per task). Instances are
 * cheap (2.5 KB of state, a few microseconds to seed).
 *
 * <p>{@link #gauss} uses {@link Math#log}, {@link Math#cos} and {@link Math#sin}; CPython calls the C
 * library's. The two agree in all but about 0.2% of arguments, where they differ in the last bit,
 * so a {@code gauss} value can (rarely) differ from Python's by one ulp. Everything else here is
 * integer arithmetic or exactly rounded and matches bit for bit.
 */
public final class PyRandom {
  private static final int N = 624;
  private static final int M = 397;
  private static final int MATRIX_A = 0x9908b0df;
  private static final int UPPER_MASK = 0x80000000;
  private static final int LOWER_MASK = 0x7fffffff;
  /** {@code math.tau}: doubling is exact, so this is Python's constant bit for bit. */
  private static final double TWO_PI = 2.0 * Math.PI;

  private final int[] mt = new int[N];
  private int mti;
  private boolean hasGaussNext;
  private double gaussNext;
  /** Outputs handed out before the generator's own ({@link Recording#replay}); null when live. */
  private Recording recorded;
  private int recordedAt;

  /** {@code random.Random(seed)}. */
  public PyRandom(long seed) {
    seed(seed);
  }

  /** {@code random.Random(seed)} for an arbitrarily large integer seed. */
  public PyRandom(BigInteger seed) {
    seed(seed);
  }

  /** An independent generator in the same state as {@code other} (Python's {@code copy.copy}). */
  public PyRandom(PyRandom other) {
    System.arraycopy(other.mt, 0, mt, 0, N);
    mti = other.mti;
    recorded = other.recorded;
    recordedAt = other.recordedAt;
    hasGaussNext = other.hasGaussNext;
    gaussNext = other.gaussNext;
  }

  /** {@code seed(a)} for an integer: also forgets the cached second {@code gauss} value. */
  public void seed(long seed) {
    // abs() as an unsigned 64-bit value: -Long.MIN_VALUE wraps to itself, which read unsigned is
    // exactly 2**63, the right magnitude.
    long magnitude = seed < 0 ? -seed : seed;
    int high = (int) (magnitude >>> 32);
    int[] key = high != 0 ? new int[] {(int) magnitude, high} : new int[] {(int) magnitude};
    initByArray(key);
    hasGaussNext = false;
  }

  /** {@code seed(a)} for an arbitrarily large integer. */
  public void seed(BigInteger seed) {
    BigInteger magnitude = seed.abs();
    int bits = magnitude.bitLength();
    int words = bits == 0 ? 1 : (bits - 1) / 32 + 1;
    int[] key = new int[words];
    for (int i = 0; i < words; i++) {
      key[i] = magnitude.shiftRight(32 * i).intValue();
    }
    initByArray(key);
    hasGaussNext = false;
  }

  private void initGenrand(int s) {
    mt[0] = s;
    for (int i = 1; i < N; i++) {
      mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
    }
    mti = N;
  }

  private void initByArray(int[] key) {
    recorded = null; // a re-seeded replay forgets its recording
    initGenrand(19650218);
    int i = 1;
    int j = 0;
    for (int k = Math.max(N, key.length); k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (int k = N - 1; k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000; // guarantees a non-zero state
  }

  /** One raw MT19937 output: 32 random bits (read the {@code int} as unsigned). */
  public int nextUInt32() {
    if (recorded != null) {
      if (recordedAt < recorded.outputs.length) return recorded.outputs[recordedAt++];
      resumeAfter(recorded);
    }
    if (mti >= N) twist();
    int y = mt[mti++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y;
  }

  /** Takes over the state a recording's generator had after its recorded outputs. */
  private void resumeAfter(Recording r) {
    System.arraycopy(r.after.mt, 0, mt, 0, N);
    mti = r.after.mti;
    recorded = null;
  }

  /**
   * The next outputs of a generator, recorded once, so that generators starting from the same
   * state can replay them instead of recomputing them: langdetect starts every detection from
   * the same seed. Immutable and shareable between threads.
   */
  public static final class Recording {
    private final int[] outputs;
    /** The recorded generator's state after the outputs; never drawn from. */
    private final PyRandom after;
    private final boolean hasGaussNext;
    private final double gaussNext;

    /** Records the next {@code count} outputs of a copy of {@code start} (which is left as is). */
    public Recording(PyRandom start, int count) {
      PyRandom g = new PyRandom(start);
      hasGaussNext = g.hasGaussNext;
      gaussNext = g.gaussNext;
      outputs = new int[count];
      for (int i = 0; i < count; i++) outputs[i] = g.nextUInt32();
      after = g;
    }

    /**
     * A new generator in the recorded start state: it draws exactly what a copy of {@code start}
     * would, reading the recorded outputs first.
     */
    public PyRandom replay() {
      return new PyRandom(this);
    }
  }

  private PyRandom(Recording r) {
    recorded = r;
    hasGaussNext = r.hasGaussNext;
    gaussNext = r.gaussNext;
  }

  private void twist() {
    int kk = 0;
    int y;
    for (; kk < N - M; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
    }
    for (; kk < N - 1; kk++) {
      y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
      mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
    }
    y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
    mti = 0;
  }

  /** {@code random()}: a double in [0, 1) with 53 random bits, from two outputs. */
  public double random() {
    int a = nextUInt32() >>> 5;
    int b = nextUInt32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /**
   * {@code getrandbits(k)} for {@code 0 <= k <= 63}. Consumes {@code ceil(k / 32)} outputs; the
   * last (most significant) word keeps the top bits of its output, as CPython does.
   */
  public long getrandbits(int k) {
    if (k < 0 || k > 63) {
      throw new IllegalArgumentException("getrandbits(k) takes 0 <= k <= 63 here, got " + k);
    }
    if (k == 0) return 0L;
    if (k <= 32) return Integer.toUnsignedLong(nextUInt32()) >>> (32 - k);
    long low = Integer.toUnsignedLong(nextUInt32());
    long high = Integer.toUnsignedLong(nextUInt32()) >>> (64 - k);
    return (high << 32) | low;
  }

  /** {@code getrandbits(k)} for any {@code k >= 0}. */
  public BigInteger getrandbitsBig(int k) {
    if (k < 0) throw new IllegalArgumentException("number of bits must be non-negative");
    if (k <= 63) return BigInteger.valueOf(getrandbits(k));
    int words = (k - 1) / 32 + 1;
    byte[] bigEndian = new byte[words * 4 + 1]; // leading zero byte keeps it non-negative
    int remaining = k;
    for (int i = 0; i < words; i++, remaining -= 32) {
      int r = nextUInt32();
      if (remaining < 32) r >>>= (32 - remaining);
      int at = bigEndian.length - 4 * (i + 1);
      bigEndian[at] = (byte) (r >>> 24);
      bigEndian[at + 1] = (byte) (r >>> 16);
      bigEndian[at + 2] = (byte) (r >>> 8);
      bigEndian[at + 3] = (byte) r;
    }
    return new BigInteger(bigEndian);
  }

  /**
   * {@code _randbelow(n)}: uniform in [0, n) by rejection on {@code getrandbits(n.bit_length())}.
   */
  public long randbelow(long n) {
    if (n <= 0) throw new IllegalArgumentException("randbelow needs n > 0, got " + n);
    int k = 64 - Long.numberOfLeadingZeros(n);
    long r = getrandbits(k);
    while (r >= n) r = getrandbits(k);
    return r;
  }

  /**
   * {@code count} successive {@link #randbelow(int) randbelow(n)} draws into {@code out}. While
   * replaying a {@link Recording}, the outputs are read in a tight loop where a rejected output
   * costs no mispredicted branch (langdetect draws five at a time).
   */
  public void randbelow(int n, int[] out, int count) {
    if (n <= 0) throw new IllegalArgumentException("randbelow needs n > 0, got " + n);
    int shift = Integer.numberOfLeadingZeros(n);
    int m = 0;
    Recording r = recorded;
    if (r != null) {
      int[] outputs = r.outputs;
      int at = recordedAt;
      // Each output lands in out[m]; only an accepted one moves m on.
      while (m < count && at < outputs.length) {
        int x = outputs[at++] >>> shift;
        out[m] = x;
        m += x < n ? 1 : 0;
      }
      recordedAt = at;
    }
    for (; m < count; m++) out[m] = randbelow(n);
  }

  /**
   * {@code _randbelow(n)} for an {@code int} bound: the same draws as {@link #randbelow(long)}
   * in {@code int} arithmetic ({@code k <= 31}: one output per try, its top {@code k} bits).
   * langdetect draws a few hundred of these per text.
   */
  public int randbelow(int n) {
    if (n <= 0) throw new IllegalArgumentException("randbelow needs n > 0, got " + n);
    int shift = Integer.numberOfLeadingZeros(n); // 32 - n.bit_length()
    int r = nextUInt32() >>> shift;
    while (r >= n) r = nextUInt32() >>> shift;
    return r;
  }

  /** {@code randrange(stop)}. */
  public long randrange(long stop) {
    if (stop > 0) return randbelow(stop);
    throw new IllegalArgumentException("empty range for randrange()");
  }

  /** {@code randrange(start, stop)}. */
  public long randrange(long start, long stop) {
    long width = Math.subtractExact(stop, start);
    if (width > 0) return start + randbelow(width);
    throw new IllegalArgumentException(
        "empty range for randrange() (" + start + ", " + stop + ", " + width + ")");
  }

  /** {@code randrange(start, stop, step)}. */
  public long randrange(long start, long stop, long step) {
    long width = Math.subtractExact(stop, start);
    if (step == 1) return randrange(start, stop);
    long n;
    if (step > 0) {
      n = Math.floorDiv(width + step - 1, step);
    } else if (step < 0) {
      n = Math.floorDiv(width + step + 1, step);
    } else {
      throw new IllegalArgumentException("zero step for randrange()");
    }
    if (n <= 0) throw new IllegalArgumentException("empty range for randrange()");
    return start + step * randbelow(n);
  }

  /** {@code randint(a, b)}: inclusive on both ends. */
  public int randint(int a, int b) {
    return (int) randrange(a, (long) b + 1);
  }

  /** {@code randint(a, b)} for {@code long} bounds. */
  public long randint(long a, long b) {
    return randrange(a, Math.addExact(b, 1));
  }

  /** {@code uniform(a, b)}: {@code a + (b - a) * random()}. */
  public double uniform(double a, double b) {
    return a + (b - a) * random();
  }

  /** {@code choice(seq)}. */
  public <T> T choice(List<T> seq) {
    if (seq.isEmpty()) throw new IndexOutOfBoundsException("Cannot choose from an empty sequence");
    return seq.get(randbelow(seq.size()));
  }

  /** {@code choices(population, k=k)} without weights: {@code floor(random() * n)} per pick. */
  public <T> List<T> choices(List<T> population, int k) {
    double n = population.size();
    List<T> out = new ArrayList<>(Math.max(k, 0));
    for (int i = 0; i < k; i++) {
      out.add(population.get((int) Math.floor(random() * n)));
    }
    return out;
  }

  /** {@code shuffle(x)} in place (Fisher-Yates from the end, as CPython). */
  public void shuffle(List<?> x) {
    for (int i = x.size() - 1; i >= 1; i--) {
      int j = randbelow(i + 1);
      Collections.swap(x, i, j);
    }
  }

  /**
   * {@code sample(population, k)}. CPython picks one of two algorithms by comparing the population
   * size with the memory a set of {@code k} picks would take; they consume the stream differently,
   * so the same rule is needed here: a shrinking pool when {@code n <= setsize}, otherwise
   * rejection of repeated indexes.
   */
  public <T> List<T> sample(List<T> population, int k) {
    Objects.requireNonNull(population);
    int n = population.size();
    if (k < 0 || k > n) {
      throw new IllegalArgumentException("Sample larger than population or is negative");
    }
    List<T> result = new ArrayList<>(k);
    if (n <= sampleSetSize(k)) {
      List<T> pool = new ArrayList<>(population);
      for (int i = 0; i < k; i++) {
        int j = randbelow(n - i);
        result.add(pool.get(j));
        pool.set(j, pool.get(n - i - 1)); // the unpicked tail element fills the hole
      }
    } else {
      Set<Integer> selected = new HashSet<>();
      for (int i = 0; i < k; i++) {
        int j = randbelow(n);
        while (selected.contains(j)) j = randbelow(n);
        selected.add(j);
        result.add(population.get(j));
      }
    }
    return result;
  }

  /**
   * CPython's {@code setsize}: {@code 21}, plus {@code 4 ** ceil(log(3k, 4))} when {@code k > 5}.
   * The float logarithm is replaced by the smallest power of 4 at least {@code 3k}: {@code 3k} is
   * never a power of 4, and for {@code int} k it is never close enough to one (relative gap
   * {@code >= 4**-17}) for the float expression to round onto the wrong side, so both agree.
   */
  static long sampleSetSize(int k) {
    long setsize = 21;
    if (k > 5) {
      long target = 3L * k;
      long power = 1;
      while (power < target) power *= 4;
      setsize += power;
    }
    return setsize;
  }

  /**
   * {@code gauss(mu, sigma)}: Box-Muller, two values per pair of {@code random()} calls; the second
   * is cached for the next call until {@link #seed} is called again.
   */
  public double gauss(double mu, double sigma) {
    double z;
    if (hasGaussNext) {
      z = gaussNext;
      hasGaussNext = false;
    } else {
      double x2pi = random() * TWO_PI;
      double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - random()));
      z = Math.cos(x2pi) * g2rad;
      gaussNext = Math.sin(x2pi) * g2rad;
      hasGaussNext = true;
    }
    return mu + z * sigma;
  }
}
