package dev.if4j.eval.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The table's figures are {@code %.4f}'s, written without the formatter. */
class SummaryTableTest {
  private static String formatted(long followed, long total) {
    return String.format(Locale.ROOT, "%.4f", total == 0 ? 0.0 : (double) followed / total);
  }

  @Test
  void everyQuotientOfABenchmarksSizeRoundsAsPercentFourF() {
    for (long total = 0; total <= 1_200; total++) {
      for (long followed = 0; followed <= total; followed++) {
        if (!SummaryTable.fourDecimals(followed, total).equals(formatted(followed, total))) {
          assertThat(SummaryTable.fourDecimals(followed, total)).as(followed + "/" + total)
              .isEqualTo(formatted(followed, total));
        }
      }
    }
  }

  @Test
  void quotientsOfLargerTotalsToo() {
    Random random = new Random(17);
    for (int i = 0; i < 200_000; i++) {
      long total = 1 + random.nextInt(999_999);
      long followed = random.nextLong(total + 1);
      assertThat(SummaryTable.fourDecimals(followed, total)).as(followed + "/" + total)
          .isEqualTo(formatted(followed, total));
    }
    // Ties at the fifth decimal round up, as %.4f does: 1/32 = 0.03125, 3/160 = 0.01875.
    assertThat(SummaryTable.fourDecimals(1, 32)).isEqualTo("0.0313");
    assertThat(SummaryTable.fourDecimals(3, 160)).isEqualTo("0.0188");
    assertThat(SummaryTable.fourDecimals(7, 7)).isEqualTo("1.0000");
  }
}
