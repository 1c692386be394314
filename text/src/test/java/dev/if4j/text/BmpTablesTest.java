package dev.if4j.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/** {@link BmpTable}: the function's answer for every BMP char, in any order, from any thread. */
class BmpTablesTest {
  private static final IntPredicate UPPER = Character::isUpperCase;
  private static final IntUnaryOperator KEY = c -> Character.isSurrogate((char) c) ? c : IgnoreCase.key(c);

  @Test
  void everyCharAnswersAsTheFunctionDoes() {
    BmpTable bits = BmpTable.of(UPPER);
    BmpTable chars = new BmpTable(KEY);
    for (int c = 0; c < 0x10000; c++) {
      assertThat(bits.test((char) c)).as("U+%04X", c).isEqualTo(UPPER.test(c));
      assertThat((int) chars.get((char) c)).as("U+%04X", c).isEqualTo(KEY.applyAsInt(c));
    }
  }

  @Test
  void blocksAreMadeOnlyWhenAskedFor() {
    int[] asked = new int[1];
    BmpTable bits = BmpTable.of(c -> {
      asked[0]++;
      return c == 0x2019;
    });
    assertThat(asked[0]).isEqualTo(256); // Latin-1 at once
    assertThat(bits.test('a')).isFalse();
    assertThat(bits.test('\u2019')).isTrue();
    assertThat(bits.test('\u2018')).isFalse();
    assertThat(asked[0]).isEqualTo(512); // and the one block of the curly quotes
  }

  @Test
  void threadsLookingUpAtOnceGetTheFunctionsAnswers() throws Exception {
    for (int round = 0; round < 20; round++) {
      BmpTable bits = BmpTable.of(UPPER);
      BmpTable chars = new BmpTable(KEY);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<Integer>> wrong = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          long seed = round * 4L + t;
          wrong.add(pool.submit(() -> {
            Random random = new Random(seed);
            int bad = 0;
            for (int i = 0; i < 20_000; i++) {
              char c = (char) random.nextInt(0x10000);
              if (bits.test(c) != UPPER.test(c) || chars.get(c) != KEY.applyAsInt(c)) bad++;
            }
            return bad;
          }));
        }
        for (Future<Integer> f : wrong) assertThat(f.get()).isZero();
      } finally {
        pool.shutdown();
      }
    }
  }
}
