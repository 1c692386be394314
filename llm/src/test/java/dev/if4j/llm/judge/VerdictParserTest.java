package dev.if4j.llm.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerdictParserTest {
  @Test
  void theFirstDoubleBracketedIntegerWins() {
    assertThat(VerdictParser.verdict("[[1]] The response follows.")).isEqualTo(1);
    assertThat(VerdictParser.verdict("Reasoning... [[0]] but maybe [[1]]")).isEqualTo(0);
    assertThat(VerdictParser.verdict("score: [[10]]")).isEqualTo(10);
    assertThat(VerdictParser.verdict("[[007]]")).isEqualTo(7);
  }

  @Test
  void noVerdictIsZero() {
    assertThat(VerdictParser.verdict("")).isZero();
    assertThat(VerdictParser.verdict("yes, [1], [[ 1 ]], [[-1]], [[1.0]], [[one]]")).isZero();
    assertThat(VerdictParser.find("[[1]")).isEqualTo(-1);
    assertThat(VerdictParser.find("[[")).isEqualTo(-1);
  }

  @Test
  void aSearchRestartsAtEveryOpeningPair() {
    assertThat(VerdictParser.verdict("[[[1]]")).isEqualTo(1);
    assertThat(VerdictParser.verdict("[[x]] then [[0]]")).isEqualTo(0);
    assertThat(VerdictParser.verdict("[[1x]] [[1]]")).isEqualTo(1);
  }

  @Test
  void unicodeDecimalDigitsCountAsPythonsBackslashDDoes() {
    assertThat(VerdictParser.verdict("[[\uFF11]]")).isEqualTo(1); // full-width 1
    assertThat(VerdictParser.verdict("[[\u0661]]")).isEqualTo(1); // Arabic-Indic 1
    assertThat(VerdictParser.verdict("[[\uD835\uDFCF]]")).isEqualTo(1); // mathematical bold 1, outside the BMP
    assertThat(VerdictParser.find("[[\u00B9]]")).isEqualTo(-1); // superscript one is not a decimal digit
  }

  @Test
  void hugeNumbersSaturate() {
    assertThat(VerdictParser.verdict("[[99999999999999999999999]]")).isEqualTo(Long.MAX_VALUE);
  }
}
