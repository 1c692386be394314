package dev.if4j.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every expected value below was printed by CPython 3.11 ({@code /usr/bin/python3}) running the
 * same sequence of calls on {@code random.Random(seed)}:
 *
 * <pre>
 * r.random() x3; r.getrandbits(k) for k in 1, 7, 32, 33, 63; r.getrandbits(100);
 * r.randint(1, 10) x5; r.randrange(0, 100, 7); r.randrange(50, -50, -3); r.randrange(17);
 * r.choice(range(1000)); r.sample(range(10), 3); r.sample(range(1000), 5);
 * r.shuffle(list(range(10))); r.gauss(0.0, 1.0) x3; r.uniform(-3.5, 9.25); r.choices(range(7), k=5)
 * </pre>
 */
class PyRandomTest {
  record Expected(
      String label,
      Supplier<PyRandom> make,
      double[] randoms,
      long[] bits,
      String bits100,
      int[] randints,
      long[] randranges,
      int choice,
      List<Integer> samplePool,
      List<Integer> sampleSet,
      List<Integer> shuffled,
      double[] gauss,
      double uniform,
      List<Integer> choices) {}

  static Stream<Arguments> seeds() {
    return Stream.of(
        new Expected("0", () -> new PyRandom(0),
            new double[] {0x1.b0580f98a7dbep-1, 0x1.84129978f9c1ap-1, 0x1.aeaa51052e978p-2},
            new long[] {0, 123, 2195908194L, 2087043557L, 7229265987085887411L},
            "631274152732079063015764344160",
            new int[] {6, 10, 4, 9, 3}, new long[] {28, 26, 3}, 633,
            List.of(4, 8, 2), List.of(317, 101, 747, 75, 920),
            List.of(0, 9, 4, 8, 6, 3, 2, 1, 7, 5),
            new double[] {-0x1.22d5676a5098cp+0, 0x1.b5f91928de6f1p-2, 0x1.08efc6fe680aep+1},
            0x1.05b9ca9eb7541p+3, List.of(0, 5, 4, 5, 4)),
        new Expected("1", () -> new PyRandom(1),
            new double[] {0x1.132d8f91b7584p-3, 0x1.b1e2d5b3584f8p-1, 0x1.870d778409f13p-1},
            new long[] {0, 15, 2127877499L, 3268308804L, 6009884435798102113L},
            "95862496233066760651592857238",
            new int[] {8, 1, 7, 7, 10}, new long[] {84, 50, 14}, 272,
            List.of(3, 1, 5), List.of(31, 22, 26, 665, 554),
            List.of(4, 2, 8, 1, 9, 5, 7, 3, 6, 0),
            new double[] {-0x1.bdd19701ca99fp-1, -0x1.33872f9401853p-2, -0x1.80410b45ce577p-1},
            0x1.14840763c7638p+3, List.of(6, 2, 6, 6, 0)),
        new Expected("42", () -> new PyRandom(42),
            new double[] {0x1.4762f307200c5p-1, 0x1.99c6b5eeb2060p-6, 0x1.19a1491f589dcp-2},
            new long[] {0, 17, 3163119785L, 4735180711L, 8228904076685633203L},
            "522152611743920550222071931956",
            new int[] {1, 1, 2, 4, 4}, new long[] {56, 47, 6}, 733,
            List.of(8, 6, 3), List.of(459, 603, 284, 828, 890),
            List.of(5, 9, 3, 4, 1, 7, 8, 6, 2, 0),
            new double[] {0x1.81a364b2f89f7p-2, 0x1.fc57553a57d87p-3, 0x1.908d23b455170p-1},
            0x1.b29dde266e93ep+2, List.of(5, 3, 6, 2, 3)),
        new Expected("2**40", () -> new PyRandom(1L << 40),
            new double[] {0x1.a881d8b4d9a60p-4, 0x1.5753194433dafp-1, 0x1.b4e4e38637f14p-2},
            new long[] {0, 51, 2690737890L, 2407100149L, 6241861650635777408L},
            "439691272930129157858540838899",
            new int[] {7, 5, 1, 7, 8}, new long[] {35, 44, 6}, 899,
            List.of(6, 3, 0), List.of(600, 727, 407, 426, 464),
            List.of(1, 5, 6, 0, 2, 4, 9, 7, 3, 8),
            new double[] {-0x1.50f5da6a2f537p+1, 0x1.f7b1ea15e0b35p-1, -0x1.0088c2d262175p+0},
            -0x1.38840a26724bep+1, List.of(6, 1, 1, 3, 1)),
        new Expected("-5", () -> new PyRandom(-5),
            new double[] {0x1.3eecf89059360p-1, 0x1.7bcb8116f23eep-1, 0x1.97239c6c3047fp-1},
            new long[] {1, 107, 3177840169L, 7095422110L, 267525986066673957L},
            "1249900209075102608749221711359",
            new int[] {4, 1, 3, 2, 6}, new long[] {49, 5, 12}, 556,
            List.of(1, 3, 0), List.of(748, 221, 417, 286, 186),
            List.of(9, 8, 0, 3, 5, 4, 7, 1, 2, 6),
            new double[] {0x1.033b940b9852fp+1, 0x1.720d371b8365dp-6, 0x1.678d3050c0064p-3},
            0x1.20d3eb83756bfp+3, List.of(6, 2, 6, 3, 4)),
        new Expected("-2**63", () -> new PyRandom(Long.MIN_VALUE),
            new double[] {0x1.1b5fa2193586fp-1, 0x1.e198384d65bb9p-1, 0x1.ef9ab7f81e664p-3},
            new long[] {1, 64, 364023093L, 5828657854L, 4640674334687014472L},
            "843874850934594051756259520741",
            new int[] {4, 4, 1, 2, 6}, new long[] {56, 20, 5}, 257,
            List.of(9, 6, 5), List.of(343, 432, 910, 708, 115),
            List.of(3, 9, 7, 6, 1, 8, 2, 0, 4, 5),
            new double[] {-0x1.0629786fc82cap-1, 0x1.a5d71823e7927p-2, 0x1.a5a160173dc88p-2},
            0x1.7fecc45c32d90p+0, List.of(1, 2, 6, 5, 0)),
        new Expected("2**64+1", () -> new PyRandom(BigInteger.TWO.pow(64).add(BigInteger.ONE)),
            new double[] {0x1.a0cdc9b6cf9f0p-4, 0x1.731a51dbd35d1p-1, 0x1.00be92f33db62p-2},
            new long[] {1, 85, 115634134L, 2127161655L, 4968289611577812153L},
            "648013636277379213506236449851",
            new int[] {7, 9, 8, 3, 3}, new long[] {42, 32, 14}, 690,
            List.of(7, 6, 1), List.of(319, 694, 435, 993, 725),
            List.of(4, 1, 3, 5, 6, 0, 2, 9, 7, 8),
            new double[] {-0x1.441864793d7b1p-3, 0x1.1be6611221c2ap-1, -0x1.7e82e9928884ap-3},
            0x1.4ab697247227ep+1, List.of(2, 5, 3, 6, 3))
    ).map(e -> Arguments.of(e.label(), e));
  }

  private static List<Integer> range(int n) {
    return IntStream.range(0, n).boxed().toList();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void replaysCpythonStreamForIntegerSeeds(String label, Expected e) {
    PyRandom r = e.make().get();
    for (double expected : e.randoms()) assertThat(r.random()).isEqualTo(expected);
    int[] widths = {1, 7, 32, 33, 63};
    for (int i = 0; i < widths.length; i++) {
      assertThat(r.getrandbits(widths[i])).as("getrandbits(%d)", widths[i]).isEqualTo(e.bits()[i]);
    }
    assertThat(r.getrandbitsBig(100)).isEqualTo(new BigInteger(e.bits100()));
    for (int expected : e.randints()) assertThat(r.randint(1, 10)).isEqualTo(expected);
    assertThat(r.randrange(0, 100, 7)).isEqualTo(e.randranges()[0]);
    assertThat(r.randrange(50, -50, -3)).isEqualTo(e.randranges()[1]);
    assertThat(r.randrange(17)).isEqualTo(e.randranges()[2]);
    assertThat(r.choice(range(1000))).isEqualTo(e.choice());
    assertThat(r.sample(range(10), 3)).isEqualTo(e.samplePool());
    assertThat(r.sample(range(1000), 5)).isEqualTo(e.sampleSet());
    List<Integer> list = new ArrayList<>(range(10));
    r.shuffle(list);
    assertThat(list).isEqualTo(e.shuffled());
    for (double expected : e.gauss()) assertThat(r.gauss(0.0, 1.0)).isEqualTo(expected);
    assertThat(r.uniform(-3.5, 9.25)).isEqualTo(e.uniform());
    assertThat(r.choices(range(7), 5)).isEqualTo(e.choices());
  }

  @Test
  void sampleSwitchesAlgorithmAtCpythonSetSize() {
    // k = 6: setsize = 21 + 4**ceil(log4(18)) = 85. n = 85 uses the pool, n = 86 the set; the two
    // agree on the first three picks and then part ways (values from CPython, seed 7).
    assertThat(new PyRandom(7).sample(range(85), 6)).containsExactly(41, 19, 50, 6, 9, 68);
    assertThat(new PyRandom(7).sample(range(86), 6)).containsExactly(41, 19, 50, 83, 6, 9);
    // k <= 5: setsize = 21.
    assertThat(new PyRandom(7).sample(range(21), 5)).containsExactly(10, 4, 12, 1, 2);
    assertThat(new PyRandom(7).sample(range(22), 5)).containsExactly(10, 4, 12, 20, 1);
    assertThat(PyRandom.sampleSetSize(5)).isEqualTo(21);
    assertThat(PyRandom.sampleSetSize(6)).isEqualTo(85);
    assertThat(PyRandom.sampleSetSize(21)).isEqualTo(85); // 3k = 63 < 64
    assertThat(PyRandom.sampleSetSize(22)).isEqualTo(277); // 3k = 66 > 64
  }

  @Test
  void gaussCachesSecondValueUntilReseeded() {
    PyRandom r = new PyRandom(3);
    double first = r.gauss(0.0, 1.0);
    assertThat(first).isEqualTo(0x1.83ec9371cbee0p-4);
    assertThat(r.gauss(0.0, 1.0)).isEqualTo(0x1.4001990bf4dc8p+0); // the cached sine half
    r.gauss(0.0, 1.0); // leaves a cached value behind
    r.seed(3);
    assertThat(r.gauss(0.0, 1.0)).isEqualTo(first);
  }

  @Test
  void seedZeroAndItsBigIntegerFormAgree() {
    PyRandom a = new PyRandom(0);
    PyRandom b = new PyRandom(BigInteger.ZERO);
    PyRandom c = new PyRandom(BigInteger.valueOf(-42));
    PyRandom d = new PyRandom(42);
    for (int i = 0; i < 700; i++) {
      assertThat(a.nextUInt32()).isEqualTo(b.nextUInt32());
      assertThat(c.nextUInt32()).isEqualTo(d.nextUInt32());
    }
  }

  @Test
  void rejectsWhatPythonRejects() {
    PyRandom r = new PyRandom(0);
    assertThatThrownBy(() -> r.choice(List.of())).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> r.sample(range(3), 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> r.randrange(5, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> r.randrange(0, 10, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> r.randbelow(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recordingReplaysTheStreamAndGoesOnPastIt() {
    PyRandom start = new PyRandom(42);
    start.gauss(0.0, 1.0); // leaves a cached second gauss value in the recorded state
    PyRandom.Recording recording = new PyRandom.Recording(start, 10);
    PyRandom expected = new PyRandom(start);
    PyRandom replay = recording.replay();
    assertThat(replay.gauss(0.0, 1.0)).isEqualTo(expected.gauss(0.0, 1.0));
    for (int i = 0; i < 2000; i++) assertThat(replay.nextUInt32()).isEqualTo(expected.nextUInt32());
    // A copy taken mid-replay replays independently; re-seeding drops the recording.
    PyRandom other = recording.replay();
    other.nextUInt32();
    PyRandom copy = new PyRandom(other);
    assertThat(copy.randbelow(1000)).isEqualTo(other.randbelow(1000));
    other.seed(7);
    assertThat(other.nextUInt32()).isEqualTo(new PyRandom(7).nextUInt32());
  }

  @Test
  void intAndLongRandbelowDrawAlike() {
    PyRandom a = new PyRandom(11);
    PyRandom b = new PyRandom(11);
    int[] bounds = {1, 2, 3, 7, 1000, 2255, 1 << 30, (1 << 30) + 1, Integer.MAX_VALUE};
    for (int i = 0; i < 3000; i++) {
      int n = bounds[i % bounds.length];
      assertThat((long) a.randbelow(n)).isEqualTo(b.randbelow((long) n));
    }
  }

  @Test
  void batchRandbelowDrawsAsSingleCallsDo() {
    // From a short recording, so that batches run across its end into live generation.
    PyRandom.Recording recording = new PyRandom.Recording(new PyRandom(3), 50);
    PyRandom batch = recording.replay();
    PyRandom single = recording.replay();
    int[] out = new int[5];
    for (int round = 0; round < 40; round++) {
      int n = round % 2 == 0 ? 2255 : 33; // rejection-heavy and light bounds
      batch.randbelow(n, out, 5);
      for (int k = 0; k < 5; k++) assertThat(out[k]).isEqualTo(single.randbelow(n));
    }
    assertThat(batch.nextUInt32()).isEqualTo(single.nextUInt32());
  }
}
