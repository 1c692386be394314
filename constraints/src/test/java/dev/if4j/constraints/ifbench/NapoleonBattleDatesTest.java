package dev.if4j.constraints.ifbench;

import static dev.if4j.constraints.ifbench.CustomAndRepeatTesting.build;
import static dev.if4j.constraints.ifbench.CustomAndRepeatTesting.follows;
import static dev.if4j.constraints.ifbench.CustomAndRepeatTesting.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.if4j.constraints.Constraint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected verdicts checked against the reference's DateFormatListChecker. */
class NapoleonBattleDatesTest {
  private final Constraint c = build(NapoleonBattleDates.TYPE);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1796-04-12, 1805-12-02, 1815-06-18 | true",
      "1796-04-12,1805-12-02 | true",
      "1796-04-12, 1805-12-02, | false",
      "1796-04-12\\n1805-12-02 | false",
      "1768-04-12 | false",
      "1822-04-12 | false",
      "1821-13-01 | false",
      "1800-02-29 | true",
      "1800-02-30 | false",
      "1800-04-31 | false",
      "1800-00-00 | true",
      "1800-00-99 | true",
      "\u0661\u0668\u0660\u0660-\u0660\u0661-\u0660\u0661 | true",
      "1800-1-01 | false",
      "Dates: 1800-01-01 | false",
  })
  void everyItemIsADateInNapoleonsLifetime(String text, boolean expected) {
    assertThat(follows(c, text.replace("\\n", "\n"))).isEqualTo(expected);
  }

  @Test
  void explainsTheFirstBadItem() {
    assertThat(verdict(c, "1800-01-01, 1800-04-31").reason())
        .isEqualTo("item 2 (\"1800-04-31\") has a day past the end of its month");
  }
}
